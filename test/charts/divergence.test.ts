import { chartDivergence, chartDivergences, chartOutletMap, completeSubmatrix, DIVERGING, SEQUENTIAL } from "../../src/charts/index";
import { divergence, LABELS } from "./fixtures";

const o = { outletLabels: LABELS };

describe("chartDivergence", () => {
  it("matches its snapshots", () => {
    expect(chartDivergence(divergence, "terms", o)).toMatchSnapshot();
    expect(chartDivergence(divergence, "sentiment", o)).toMatchSnapshot();
  });
  it("draws a symmetric family as a symmetric matrix with a blank diagonal and blank undefined pairs", () => {
    const t = chartDivergence(divergence, "terms", o).figure.data[0] as { z: (number | null)[][]; colorscale: unknown; zmin: number };
    expect(t.z).toEqual([[null, 0.4, 0.5], [0.4, null, null], [0.5, null, null]]);
    expect(t.colorscale).toEqual(SEQUENTIAL.map(([p, c]) => [p, c]));
    expect(t.zmin).toBe(0);
  });
  it("draws sentiment antisymmetric (row − column) on a diverging scale centred at 0, with the interval turned for the lower triangle", () => {
    const t = chartDivergence(divergence, "sentiment", o).figure.data[0] as { z: (number | null)[][]; colorscale: unknown; zmid: number; customdata: string[][] };
    expect(t.z[0][1]).toBe(0.15);
    expect(t.z[1][0]).toBe(-0.15);
    expect(t.zmid).toBe(0);
    expect(t.colorscale).toEqual(DIVERGING.map(([p, c]) => [p, c]));
    expect(t.customdata[1][0]).toMatch(/−0\.150, 95% interval \[−0\.250, −0\.050\]/);
  });
  it("gives one chart per family present, and names the families when asked for a missing one", () => {
    expect(chartDivergences(divergence).map((s) => s.name)).toEqual(["divergence-terms", "divergence-sentiment", "divergence-combined"]);
    expect(() => chartDivergence(divergence, "voice")).toThrow(/families present: terms, sentiment, combined/);
  });
});

describe("chartOutletMap", () => {
  const spec = chartOutletMap(divergence, o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("places outlets whose combined distances lie on a line (0, 0.3, 0.5) on dimension 1, to scale", () => {
    const x = spec.data.rows.map((r) => r[2] as number), y = spec.data.rows.map((r) => r[3] as number);
    expect(Math.abs(x[1] - x[0])).toBeCloseTo(0.3, 10);
    expect(Math.abs(x[2] - x[0])).toBeCloseTo(0.5, 10);
    y.forEach((v) => expect(v).toBeCloseTo(0, 10));
    expect(spec.data.rows[0][6]).toBeCloseTo(1, 10); // all variance on dimension 1
  });
  it("keeps equal scales on both axes", () => {
    const L = spec.figure.layout as { xaxis: { range: number[] }; yaxis: { range: number[] }; margin: { l: number; r: number; t: number; b: number } };
    const pxX = (spec.width - L.margin.l - L.margin.r) / (L.xaxis.range[1] - L.xaxis.range[0]);
    const pxY = (spec.height - L.margin.t - L.margin.b) / (L.yaxis.range[1] - L.yaxis.range[0]);
    expect(pxX).toBeCloseTo(pxY, 6);
  });
  it("leaves out an outlet with an undefined distance and says so", () => {
    const m = chartOutletMap(divergence, { ...o, family: "terms" });
    expect(m.data.rows.map((r) => r[0])).toEqual(["alpha", "beta"]);
    expect(JSON.stringify(m.figure.layout.annotations)).toMatch(/Left out \(a distance is undefined\): Gamma Wire/);
    expect(completeSubmatrix(["a", "b", "c"], [[0, 1, null], [1, 0, 2], [null, 2, 0]]).dropped).toEqual(["c"]);
  });
});
