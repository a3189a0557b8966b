import { chartSentimentArc, chartSentimentByOutlet, chartSentimentToward, OKABE_ITO, paperTheme } from "../../src/charts/index";
import { LABELS, sentimentArc, sentimentOutlets, sentimentToward } from "./fixtures";

const o = { outletLabels: LABELS };

describe("chartSentimentByOutlet", () => {
  const spec = chartSentimentByOutlet(sentimentOutlets, o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("draws one trace per outlet, outlets in id order, in the fixed colours", () => {
    expect(spec.figure.data.map((t) => t.y)).toEqual([["alpha"], ["beta"], ["gamma"]]);
    expect(spec.figure.data.map((t) => (t.marker as { color: string }).color)).toEqual(OKABE_ITO.slice(0, 3));
  });
  it("puts the bootstrap interval in error_x as distances from the estimate", () => {
    const e = spec.figure.data[0].error_x as { array: number[]; arrayminus: number[]; symmetric: boolean };
    expect(e.symmetric).toBe(false);
    expect(e.array[0]).toBeCloseTo(0.2 - 0.1, 12);
    expect(e.arrayminus[0]).toBeCloseTo(0.1 - 0.02, 12);
  });
  it("says the interval level and n in the hover, and carries the numbers as data", () => {
    expect(spec.figure.data[0].text).toEqual([expect.stringContaining("95% interval [0.020, 0.200]")]);
    expect(String((spec.figure.data[0].text as string[])[0])).toMatch(/40 sentences in 2 articles/);
    expect(spec.data.columns).toEqual(["outlet", "label", "articles", "sentences", "mean", "lower", "upper", "level"]);
    expect(spec.data.rows[1]).toEqual(["beta", "Beta News", 1, 20, -0.05, -0.15, 0.04, 0.95]);
  });
  it("sorts by estimate on request and refuses another kind of result", () => {
    expect(chartSentimentByOutlet(sentimentOutlets, { sort: "estimate" }).figure.data.map((t) => (t.y as string[])[0])).toEqual(["alpha", "gamma", "beta"]);
    expect(() => chartSentimentByOutlet(sentimentArc as never)).toThrow(/needs a "sentiment-outlets" result, got a "sentiment-arc" result/);
    expect(() => chartSentimentByOutlet(sentimentOutlets, { sort: "size" as "outlet" })).toThrow(/invalid sort/);
  });
  it("sizes the figure from the theme", () => {
    const one = chartSentimentByOutlet(sentimentOutlets, { theme: paperTheme({ width: "one-column" }) });
    expect(one.width).toBe(336);
    expect(one.figure.layout.width).toBe(336);
    expect(one.figure.layout.height).toBe(one.height);
    expect(Number.isInteger(one.height)).toBe(true);
  });
});

describe("chartSentimentToward", () => {
  const spec = chartSentimentToward(sentimentToward, o);
  const z = spec.figure.data[0].z as (number | null)[][];
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("keeps a never-named cell null (blank), centres a symmetric diverging scale at 0", () => {
    const t = spec.figure.data[0] as { y: string[]; x: string[]; zmid: number; zmin: number; zmax: number; text: string[][]; customdata: string[][] };
    expect(t.y).toEqual(["Lavrov", "Kuleba"]); // most mentions first
    expect(t.x).toEqual(["alpha", "beta", "gamma"]);
    expect(z[1][1]).toBeNull();
    expect(t.text[1][1]).toBe("");
    expect(t.customdata[1][1]).toMatch(/never named/);
    // issue 11 finding 9: the cells are mention tone (half the sentence tone in the fixture) with their n
    expect(z[0][0]).toBe(0.15);
    expect(t.text[0][0]).toBe("0.15<br>n=9");
    expect(t.customdata[0][0]).toMatch(/mention tone 0\.150.*n = 9 mentions in 1 article<br>sentence tone around it 0\.300 \(8 sentences\)/);
    expect([t.zmid, t.zmin, t.zmax]).toEqual([0, -0.15, 0.15]);
  });
});

describe("chartSentimentArc", () => {
  it("matches its snapshots (facets and overlay)", () => {
    expect(chartSentimentArc(sentimentArc, o)).toMatchSnapshot();
    expect(chartSentimentArc(sentimentArc, { ...o, layout: "overlay" })).toMatchSnapshot();
  });
  it("leaves a gap for an empty bin, and draws error bars or bands", () => {
    const overlay = chartSentimentArc(sentimentArc, { layout: "overlay" });
    const beta = overlay.figure.data.find((t) => t.name === "beta")!;
    expect(beta.y).toEqual([0.05, null]);
    expect((beta.error_y as { array: (number | null)[] }).array[1]).toBeNull();
    const facets = chartSentimentArc(sentimentArc);
    expect(facets.figure.data.filter((t) => t.fill === "toself")).toHaveLength(3);
    expect(facets.figure.layout.xaxis3).toBeDefined();
  });
});
