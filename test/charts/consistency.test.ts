/** One colour (and symbol) per outlet across every chart of a study. */
import * as charts from "../../src/charts/index";
import * as f from "./fixtures";

const o = { outletLabels: f.LABELS, outlets: f.OUTLETS };

/** outlet label → marker colour of the traces named after outlets. */
function colours(spec: charts.ChartSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of spec.figure.data) {
    const m = t.marker as { color?: unknown } | undefined;
    if (typeof t.name === "string" && Object.values(f.LABELS).includes(t.name as never) && typeof m?.color === "string") out[t.name] = m.color;
  }
  return out;
}

describe("outlet colours", () => {
  it("are the same in every chart that draws outlets as marks", () => {
    const specs = [
      charts.chartSentimentByOutlet(f.sentimentOutlets, o), charts.chartSentimentArc(f.sentimentArc, o), charts.chartSentimentArc(f.sentimentArc, { ...o, layout: "overlay" }),
      charts.chartActorSalience(f.salience, o), charts.chartFirstMention(f.positions, "Lavrov", o), charts.chartClaimMatrix(f.claims, { ...o, minOutlets: 1 }), charts.chartOutletMap(f.divergence, o),
    ];
    const expected = { "Alpha Daily": charts.OKABE_ITO[0], "Beta News": charts.OKABE_ITO[1], "Gamma Wire": charts.OKABE_ITO[2] };
    for (const s of specs) expect(colours(s)).toEqual(expected);
  });
  it("follow a user mapping everywhere", () => {
    const mine = { ...o, outletColors: { beta: "#000000" } };
    expect(colours(charts.chartSentimentByOutlet(f.sentimentOutlets, mine))["Beta News"]).toBe("#000000");
    expect(colours(charts.chartActorSalience(f.salience, mine))["Beta News"]).toBe("#000000");
  });
});

describe("every chart", () => {
  const all = (): charts.ChartSpec[] => [
    charts.chartSentimentByOutlet(f.sentimentOutlets, o), charts.chartSentimentToward(f.sentimentToward, o), charts.chartSentimentArc(f.sentimentArc, o),
    charts.chartLabelChoice(f.labelChoice, "capital", o), charts.chartDistinctiveTerms(f.distinctive, o), charts.chartDistinctiveScatter(f.distinctive, o),
    charts.chartFrameAttention(f.frameAttention, o), charts.chartFirstMention(f.positions, "Lavrov", o), charts.chartActorSalience(f.salience, o),
    charts.chartVoiceBySpeaker(f.voiceSpeakers, o), charts.chartDirectIndirect(f.voiceOutlets, o), charts.chartVerbStance(f.voiceOutlets, o),
    charts.chartClaimMatrix(f.claims, o), charts.chartOmissions(f.omissions, o), ...charts.chartDivergences(f.divergence, o), charts.chartOutletMap(f.divergence, o),
  ];
  it("is pure data: JSON round-trips it unchanged, and the same input gives the same figure", () => {
    const a = all(), b = all();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a).toEqual(b);
  });
  it("has a file-safe unique name, whole-pixel size matching its layout, a title, and data rows as wide as their columns", () => {
    const specs = all();
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
    for (const s of specs) {
      expect(s.name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(Number.isInteger(s.width) && Number.isInteger(s.height)).toBe(true);
      expect([s.figure.layout.width, s.figure.layout.height]).toEqual([s.width, s.height]);
      expect(s.figure.layout.meta).toEqual({ title: expect.any(String) });
      for (const r of s.data.rows) expect(r).toHaveLength(s.data.columns.length);
      for (const t of s.figure.data) expect(["scatter", "bar", "heatmap"]).toContain(t.type);
    }
  });
  it("uses the theme's size and font, and a null title removes the title", () => {
    const theme = charts.paperTheme({ width: "one-column", font: "serif" });
    const s = charts.chartFrameAttention(f.frameAttention, { theme, title: null });
    expect(s.width).toBe(336);
    expect((s.figure.layout.font as { family: string }).family).toMatch(/Times/);
    expect(s.figure.layout.meta).toBeUndefined();
  });
});
