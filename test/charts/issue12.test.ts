import fc from "fast-check";
import * as charts from "../../src/charts/index";
import { poolLabelRows } from "../../src/charts/label-choice";
import { topOutlets } from "../../src/charts/outlet-limit";
import type { DivergenceRow } from "../../src/features/divergence/divergence";
import { featureResult } from "../../src/features/result";
import type { LabelChoiceRow } from "../../src/features/terminology/labels";
import * as f from "./fixtures";

const ids = (n: number, p = "o") => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(4, "0")}`);
type Trace = { text?: unknown; texttemplate?: unknown; x: string[]; customdata: string[][] };
type Axis = { tickvals: string[]; ticktext: string[] };
const notes = (s: charts.ChartSpec) => ((s.figure.layout.annotations as { text: string }[]) ?? []).map((a) => a.text.replace(/<br>/g, " ")).join(" ");

/** Tone toward three actors in `n` outlets (the fixture's rows, outlet ids renamed). */
function towardMany(n: number) {
  const rows = ids(n).flatMap((o, i) => f.sentimentToward.rows.filter((r) => r.outlet === "alpha").map((r) => ({ ...r, outlet: o, mentionTone: r.mentionTone && { ...r.mentionTone, estimate: ((i * 37) % 11) / 20 - 0.25 } })));
  return featureResult("sentiment-toward", f.sentimentToward.params, rows);
}

describe("issue 12: 49×49 heatmaps printed overlapping numbers (1,000 outlets)", () => {
  const spec = charts.chartSentimentToward(towardMany(1000), { maxOutlets: 1000 });
  const t = spec.figure.data[0] as Trace;
  const L = spec.figure.layout as { xaxis: Axis; yaxis: Axis; margin: { t: number; b: number; l: number; r: number } };
  it("draws every outlet but prints no cell text", () => {
    expect(t.x).toHaveLength(1000);
    expect(t.text).toBeUndefined();
    expect(t.texttemplate).toBeUndefined();
  });
  it("labels at most one outlet per line of text, says it thinned them, and keeps its height bounded", () => {
    const plotW = spec.width - L.margin.l - L.margin.r;
    const plotH = spec.height - L.margin.t - L.margin.b;
    const slot = (spec.figure.layout.font as { size: number }).size * 1.4;
    expect(L.xaxis.tickvals.length).toBeGreaterThan(0);
    expect(L.xaxis.tickvals.length).toBeLessThanOrEqual(Math.floor(plotW / slot) + 1);
    expect(L.xaxis.tickvals.length).toBeLessThan(1000);
    expect(plotH).toBeLessThanOrEqual(charts.HEATMAP_MAX_HEIGHT);
    expect(notes(spec)).toMatch(/Every \d+(st|nd|rd|th) of the outlets is labelled; hover names each cell\./);
  });
  it("keeps cell text at 20 outlets and drops it at 21 (the bound)", () => {
    expect((charts.chartSentimentToward(towardMany(20)).figure.data[0] as Trace).text).toBeDefined();
    expect((charts.chartSentimentToward(towardMany(21)).figure.data[0] as Trace).text).toBeUndefined();
  });
  it("thins ticks to every k-th, k = ⌈n·slot/length⌉", () => {
    expect(charts.thinTicks(["a", "b", "c", "d", "e"], ["A", "B", "C", "D", "E"], 20, 10)).toEqual({ tickvals: ["a", "d"], ticktext: ["A", "D"], every: 3 });
    expect(charts.thinTicks(["a", "b"], ["A", "B"], 20, 10).every).toBe(1);
  });
});

/** Pooled `terms` divergence of 2×15 outlets whose ids interleave the two clusters (cluster A near 0, cluster B near 1). */
function twoClusters() {
  const all = ids(30);
  const pos = all.map((_, i) => (i % 2 === 0 ? 0 : 1) + (i % 7) * 0.01);
  const rows: DivergenceRow[] = [];
  for (let i = 0; i < 30; i++) for (let j = i + 1; j < 30; j++) {
    rows.push({ family: "terms", scope: "pooled", event: null, outletA: all[i], outletB: all[j], value: Math.abs(pos[i] - pos[j]), lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null, note: null, articlesA: null, articlesB: null, nA: 2, nB: 1, events: null });
  }
  return { all, result: featureResult("divergence", f.divergence.params, rows) };
}

describe("issue 12: heatmaps of many outlets in id order hide their structure", () => {
  it("clustered order puts each of two built clusters in one contiguous block, and the note says so", () => {
    const { all, result } = twoClusters();
    const spec = charts.chartDivergence(result, "terms", { maxOutlets: 100 });
    const order = (spec.figure.data[0] as Trace).x;
    expect([...order].sort()).toEqual(all);
    const cluster = order.map((o) => all.indexOf(o) % 2);
    expect(cluster.slice(0, 15).every((c) => c === cluster[0])).toBe(true);
    expect(cluster.slice(15).every((c) => c !== cluster[0])).toBe(true);
    expect(notes(spec)).toMatch(/clustered order/);
    expect(charts.chartDivergence(result, "terms", { maxOutlets: 100, order: "id" }).figure.data[0]).toMatchObject({ x: all });
  });
  it("seriate is deterministic, orders a line by position, and ties by id", () => {
    expect(charts.seriate(["a", "b", "c"], [[0, 9, 1], [9, 0, 8], [1, 8, 0]])).toEqual(["a", "c", "b"]);
    expect(charts.seriate(["z", "y", "x"], [[0, 1, 1], [1, 0, 1], [1, 1, 0]])).toEqual(["x", "y", "z"]);
    expect(() => charts.clusteredOrder("random", 3, 20)).toThrow('invalid order: random (use "auto", "id" or "clustered")');
  });
});

describe("issue 12: left-out outlets were cut, not folded, where counts pool", () => {
  const row = (outlet: string, label: string, count: number, total: number): LabelChoiceRow => ({ event: "(all)", concept: "capital", outlet, label, count, total, share: total ? count / total : null, voice: "own", articleIds: count ? [`${outlet}-1`] : [] });
  it("“other outlets” holds the sum of the left-out outlets' counts (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 3, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (counts, max) => {
      const outlets = ids(counts.length);
      const rows = outlets.flatMap((o, i) => [row(o, "Kyiv", counts[i][0], counts[i][0] + counts[i][1]), row(o, "Kiev", counts[i][1], counts[i][0] + counts[i][1])]);
      const articles = Object.fromEntries(outlets.map((o, i) => [o, (i * 7) % 5]));
      const cut = charts.foldOutlets({ rows }, { maxOutlets: max, outletArticles: articles }, (r) => r.outlet, (r) => r.label, poolLabelRows);
      const shown = new Set(topOutlets(outlets, articles, max));
      const other = cut.result.rows.filter((r) => r.outlet === charts.OTHER_OUTLETS);
      if (counts.length <= max) { expect(other).toEqual([]); return; }
      expect(cut.folded).toBe(counts.length - max);
      for (const [k, label] of (["Kyiv", "Kiev"] as const).entries()) {
        const o = other.find((r) => r.label === label)!;
        let sum = 0, total = 0;
        outlets.forEach((id, i) => { if (!shown.has(id)) { sum += counts[i][k]; total += counts[i][0] + counts[i][1]; } });
        expect(o.count).toBe(sum);
        expect(o.total).toBe(total);
        expect(o.share).toBe(total ? sum / total : null);
      }
      expect(cut.result.rows.filter((r) => r.outlet !== charts.OTHER_OUTLETS).every((r) => shown.has(r.outlet))).toBe(true);
    }));
  });
  it("the label-choice chart draws the pooled bar last, in grey, and says how many outlets it pools", () => {
    const outlets = ids(5);
    const rows = outlets.flatMap((o, i) => [row(o, "Kyiv", i, 10), row(o, "Kiev", 10 - i, 10), row(o, "Kyjiw", 0, 10)]);
    const spec = charts.chartLabelChoice(featureResult("label-choice", f.labelChoice.params, rows), "capital", { maxOutlets: 3, outletArticles: { o0000: 1, o0001: 5, o0002: 4, o0003: 3, o0004: 2 } });
    expect(spec.data.rows.map((r) => r[3])).toEqual(["o0001", "o0001", "o0001", "o0002", "o0002", "o0002", "o0003", "o0003", "o0003", charts.OTHER_OUTLETS, charts.OTHER_OUTLETS, charts.OTHER_OUTLETS]);
    expect(spec.data.rows.filter((r) => r[3] === charts.OTHER_OUTLETS).map((r) => [r[5], r[6], r[7]])).toEqual([["Kyiv", 0 + 4, 20], ["Kiev", 10 + 6, 20], ["Kyjiw", 0, 20]]);
    expect(notes(spec)).toMatch(/the other 2 are pooled as “other outlets” \(their counts summed/);
  });
});

describe("issue 12: ~8 colours cycled over 49 outlets", () => {
  it("gives 49 outlets 49 different colour-and-symbol pairs, and the first 128 all differ", () => {
    const s = charts.outletStyles(ids(49));
    expect(new Set([...s.values()].map((x) => `${x.color}|${x.symbol}`)).size).toBe(49);
    const pairs = new Set(Array.from({ length: charts.DISTINCT_OUTLET_IDENTITIES }, (_, i) => { const p = charts.outletIdentity(i); return `${p.color}|${p.symbol}`; }));
    expect(pairs.size).toBe(128);
  });
  it("draws an outlet with the same colour and symbol in two different charts, whichever outlets each shows", () => {
    const all = ids(49);
    const articles = Object.fromEntries(all.map((o, i) => [o, 100 - i]));
    const sent = featureResult("sentiment-outlets", f.sentimentOutlets.params, all.map((o) => ({ ...f.sentimentOutlets.rows[0], outlet: o })));
    // salience has only the odd outlets: a chart of other outlets must not shift anyone's identity
    const sal = featureResult("actor-salience", {}, all.filter((_, i) => i % 2 === 1).map((o) => ({ ...f.salience.rows[1], outlet: o })));
    const o = { outlets: all, outletArticles: articles, maxOutlets: 49 };
    const look = (spec: charts.ChartSpec) => new Map(spec.figure.data.filter((t) => typeof t.name === "string" && all.includes(t.name as string)).map((t) => [t.name as string, JSON.stringify([(t.marker as { color: string }).color, (t.marker as { symbol: string }).symbol])]));
    const a = look(charts.chartSentimentByOutlet(sent, o)), b = look(charts.chartActorSalience(sal, o));
    expect(b.size).toBe(24);
    for (const [id, style] of b) expect(a.get(id)).toBe(style);
    // cut to the top 10 by articles, identities stay
    const c = look(charts.chartSentimentByOutlet(sent, { ...o, maxOutlets: 10 }));
    expect(c.size).toBe(10);
    for (const [id, style] of c) expect(a.get(id)).toBe(style);
  });
});

describe("issue 12: heatmaps without n per cell", () => {
  it("gives n in each cell's hover and says what n is in the caption", () => {
    const tone = charts.chartSentimentToward(f.sentimentToward, { outletLabels: f.LABELS });
    expect((tone.figure.data[0] as Trace).customdata[0][0]).toMatch(/<b>Lavrov<\/b> in Alpha Daily.*n = 9 mentions in 1 article/); // fixture: mentions = sentences (8) + 1
    expect(notes(tone)).toMatch(/n = mentions behind each cell's mean/);
    const div = charts.chartDivergence(f.divergence, "terms", { outletLabels: f.LABELS });
    expect((div.figure.data[0] as Trace).customdata[0][1]).toMatch(/n = 1 article vs 1/);
    expect(notes(div)).toMatch(/n behind each cell \(hover\): the articles of both outlets/);
    const fa = charts.chartFrameAttention(f.frameAttention);
    expect((fa.figure.data[0] as Trace).customdata[0][0]).toMatch(/of n = 10 sentences/);
    expect(notes(fa)).toMatch(/n = the outlet's sentences behind each share/);
  });
});

describe("issue 12: distinctive-term bars mixed |z| < 1.96 with significant terms unmarked", () => {
  it("draws |z| ≥ 1.96 solid and |z| < 1.96 pale, exactly at the boundary", () => {
    const zs = [1.96, -1.96, 1.9599999, -1.9599999, 0, 3];
    expect(zs.map(charts.significant)).toEqual([true, true, false, false, false, true]);
    const m = charts.significanceMarker(zs.map((z) => ({ z })), () => "#0072B2") as { color: string[]; line: { width: number[] } };
    expect(m.color).toEqual(["#0072B2", "#0072B2", "rgba(0, 114, 178, 0.35)", "rgba(0, 114, 178, 0.35)", "rgba(0, 114, 178, 0.35)", "#0072B2"]);
    expect(m.line.width).toEqual([0, 0, 0.75, 0.75, 0.75, 0]);
  });
  it("says the threshold in the caption and in the hover of a non-significant bar", () => {
    const spec = charts.chartDistinctiveTerms(f.distinctive, { top: 2 });
    expect(notes(spec)).toMatch(/not significant \(\|z\| < 1\.96/);
    const beta = spec.figure.data.filter((t) => t.type === "bar")[1] as { customdata: string[] };
    expect(beta.customdata.filter((c) => c.includes("not significant"))).toHaveLength(2); // invasion 1.2, operation −1.9
  });
});
