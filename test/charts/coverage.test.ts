import { chartClaimMatrix, chartOmissions, OKABE_ITO } from "../../src/charts/index";
import { claims, LABELS, omissions } from "./fixtures";

const o = { outletLabels: LABELS };

describe("chartClaimMatrix", () => {
  const spec = chartClaimMatrix(claims, { ...o, minOutlets: 1 });
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("sorts claims by how many outlets carry them, then by claim number (c10 after c1)", () => {
    const ticks = (spec.figure.layout.yaxis as { ticktext: string[] }).ticktext;
    expect(ticks.map((t) => t.split(":")[0])).toEqual(["c3", "c1", "c10", "c2"]);
  });
  it("marks carried cells in the outlet's colour, with the outlet's own sentence in the hover, and absent cells in grey", () => {
    const beta = spec.figure.data.find((t) => t.name === "Beta News")!;
    expect((beta.marker as { color: string }).color).toBe(OKABE_ITO[1]);
    expect(beta.y).toEqual([0, 1, 2]);
    expect((beta.customdata as string[])[1]).toMatch(/No ceasefire was agreed\./);
    const absent = spec.figure.data[0];
    expect(absent.name).toBe("not carried");
    expect((absent.x as string[]).length).toBe(3 * 4 - (3 + 2 + 2 + 1));
  });
  it("leaves out claims of one outlet by default and says how many", () => {
    const s = chartClaimMatrix(claims, o);
    expect((s.figure.layout.yaxis as { ticktext: string[] }).ticktext).toHaveLength(3);
    expect(JSON.stringify(s.figure.layout.annotations)).toMatch(/1 claim not shown/);
    expect(s.data.rows.filter((r) => r[0] === "c2")).toHaveLength(0);
  });
});

describe("chartOmissions", () => {
  const spec = chartOmissions(omissions, o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("counts omitted claims per outlet, keeping outlets with none at 0", () => {
    expect(spec.figure.data).toHaveLength(1);
    expect(spec.figure.data[0].y).toEqual(["alpha", "beta", "gamma"]);
    expect(spec.figure.data[0].x).toEqual([1, 0, 1]);
  });
});
