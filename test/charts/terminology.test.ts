import { chartDistinctiveScatter, chartDistinctiveScatters, chartDistinctiveTerms, chartLabelChoice, chartLabelChoices, NEUTRAL_GREY, OKABE_ITO, splitRange } from "../../src/charts/index";
import { distinctive, LABELS, labelChoice } from "./fixtures";

const o = { outletLabels: LABELS };

describe("chartLabelChoice", () => {
  const spec = chartLabelChoice(labelChoice, "capital", o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("stacks one trace per used label to 100%, with n per outlet and an empty row for an outlet that never names the concept", () => {
    expect(spec.name).toBe("label-choice-capital");
    expect(spec.figure.layout.barmode).toBe("stack");
    expect(spec.figure.data.map((t) => t.name)).toEqual(["Kyiv", "Kiev"]); // Kyjiw is used by nobody
    expect(spec.figure.data[0].x).toEqual([0.75, 0, null]);
    expect((spec.figure.layout.yaxis as { ticktext: string[] }).ticktext[2]).toMatch(/Gamma Wire \(n\u00a0=\u00a00\)/);
    expect(JSON.stringify(spec.figure.layout.annotations)).toMatch(/no uses/);
    expect(spec.data.rows).toHaveLength(9);
  });
  it("gives each label a hatch as well as a colour (greyscale), drawn as vector paths in the bars and the legend", () => {
    const shapes = spec.figure.layout.shapes as { type: string; xref: string; path?: string }[];
    expect(shapes.filter((x) => x.type === "path" && x.xref === "x")).toHaveLength(1); // Kiev's segments, one path
    expect(shapes.filter((x) => x.type === "path" && x.xref === "paper")).toHaveLength(1); // its legend swatch
    expect(shapes.filter((x) => x.type === "rect" && x.xref === "paper")).toHaveLength(2); // two swatches
    expect(spec.figure.data.every((t) => (t.marker as { pattern?: unknown }).pattern === undefined)).toBe(true);
  });
  it("names the concepts it knows when asked for another", () => {
    expect(() => chartLabelChoice(labelChoice, "nope")).toThrow(/its concepts: capital/);
    expect(chartLabelChoices(labelChoice).map((s) => s.name)).toEqual(["label-choice-capital"]);
  });
});

describe("chartDistinctiveTerms", () => {
  const spec = chartDistinctiveTerms(distinctive, { ...o, top: 2 });
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("has one panel per outlet with the top k of each side, the outlet's colour right and grey left", () => {
    const bars = spec.figure.data.filter((t) => t.type === "bar");
    expect(bars).toHaveLength(3);
    expect(bars[0].x).toEqual([2.5, 2.1, -2.2]);
    expect((bars[0].marker as { color: string[] }).color).toEqual([OKABE_ITO[0], OKABE_ITO[0], NEUTRAL_GREY]);
    expect(bars.map((b) => b.xaxis)).toEqual(["x", "x2", "x3"]);
  });
  it("widens each panel's range so that the words fit beside the zero line", () => {
    const { range, scale } = splitRange(200, -2, 3, 50, 40);
    expect(-range[0] * scale).toBeGreaterThanOrEqual(50 + 8 - 1e-6);
    expect(range[1] * scale).toBeGreaterThanOrEqual(3 * scale - 1e-6);
    expect((range[1] - range[0]) * scale).toBeCloseTo(200, 6);
  });
});

describe("chartDistinctiveScatter", () => {
  const spec = chartDistinctiveScatter(distinctive, { ...o, target: "alpha" });
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("colours terms past ±1.96 and labels the extremes without overlap", () => {
    const byName = Object.fromEntries(spec.figure.data.map((t) => [String(t.name).split(" (")[0], t]));
    expect(byName["more in Alpha Daily"].y).toEqual([2.5, 2.1]);
    expect(byName["more in the other outlets"].y).toEqual([-2.2]);
    const labels = (spec.figure.layout.annotations as { text: string; xref: string }[]).filter((a) => a.xref === "x").map((a) => a.text);
    expect(labels).toEqual(expect.arrayContaining(["kiev", "war"]));
    expect(spec.name).toBe("distinctive-scatter-alpha");
    expect(chartDistinctiveScatters(distinctive).map((s) => s.name)).toEqual(["distinctive-scatter-alpha", "distinctive-scatter-beta", "distinctive-scatter-gamma"]);
  });
});
