import { chartAttentionTime, rankAttentionKeys } from "../../src/charts/attention-time";
import { attentionOverTime, type AttentionResult } from "../../src/features/time/index";
import { fakeProfile } from "../features/time/fake-profile";
import { deepFreeze } from "./fixtures";

// alpha: 2022-03-10 (Lavrov 2), 2022-03-12 (Lavrov 1, Kuleba 1); beta: 2022-03-11 (Kuleba 3, war 1); day periods
const result: AttentionResult = deepFreeze(attentionOverTime([
  fakeProfile({ id: "a1", outlet: "alpha", date: "2022-03-10", actors: { Lavrov: 2 } }),
  fakeProfile({ id: "a2", outlet: "alpha", date: "2022-03-12", actors: { Lavrov: 1, Kuleba: 1 } }),
  fakeProfile({ id: "b1", outlet: "beta", date: "2022-03-11", actors: { Kuleba: 3 }, labels: [["conflict", "war", 1]] }),
])!);
type Trace = { name: string; x: string[]; y: (number | null)[]; text: string[]; xaxis: string; showlegend: boolean };

describe("chartAttentionTime", () => {
  const spec = chartAttentionTime(result, { outletLabels: { alpha: "Alpha Daily", beta: "Beta News" } });
  const traces = spec.figure.data as unknown as Trace[];

  it("draws one panel per key, most mentioned first, a line per outlet that mentions it", () => {
    // Kuleba 4, Lavrov 3, conflict 1 (labels are left out by default)
    expect(rankAttentionKeys(result.rows, ["actor", "concept", "frame"]).map((k) => [k.key, k.mentions])).toEqual([["Kuleba", 4], ["Lavrov", 3], ["conflict", 1]]);
    expect(traces.map((t) => `${t.xaxis} ${t.name}`)).toEqual(["x Alpha Daily", "x Beta News", "x2 Alpha Daily", "x3 Beta News"]);
    expect(traces.map((t) => t.showlegend)).toEqual([true, true, false, false]);
    expect(spec.name).toBe("attention-over-time");
  });

  it("plots mentions per article at each period's start, a gap where the outlet has no article, and n in every hover", () => {
    const lavrov = traces[2];
    expect(lavrov.x).toEqual(["2022-03-10", "2022-03-11", "2022-03-12"]);
    expect(lavrov.y).toEqual([2, null, 1]);
    expect(lavrov.text[0]).toBe("<b>Alpha Daily</b>, 2022-03-10<br>Lavrov (actor): 2 mentions in 1 article (n = 1), 2.00 per article");
    expect(lavrov.text[1]).toContain("no dated article this period");
    expect((spec.figure.layout.xaxis as { type: string }).type).toBe("date");
  });

  it("writes the numbers it draws beside it", () => {
    expect(spec.data.columns).toEqual(["outlet", "label", "period", "start", "kind", "key", "concept", "mentions", "articles", "mentions_per_article"]);
    expect(spec.data.rows[0]).toEqual(["alpha", "Alpha Daily", "2022-03-10", "2022-03-10", "actor", "Kuleba", null, 0, 1, 0]);
    expect(spec.data.rows.length).toBe(3 + 1 + 3 + 1);
  });

  it("bounds keys and outlets, and says what it left out", () => {
    const many = attentionOverTime(Array.from({ length: 12 }, (_, i) => fakeProfile({
      id: `p${i}`, outlet: `o${String(i).padStart(2, "0")}`, date: "2022-03-10",
      actors: Object.fromEntries(Array.from({ length: 9 }, (__, k) => [`A${k}`, k + 1])),
    })))!;
    const s = chartAttentionTime(many, { outletArticles: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`o${String(i).padStart(2, "0")}`, i])) });
    const t = s.figure.data as unknown as Trace[];
    expect(new Set(t.map((x) => x.xaxis)).size).toBe(6);
    expect(new Set(t.map((x) => x.name)).size).toBe(8);
    expect(t[0].name).toBe("o04"); // the 8 outlets with most articles: o04 … o11
    const notes = JSON.stringify(s.figure.layout.annotations);
    expect(notes).toContain("the 6 most mentioned of 9");
    expect(notes).toContain("4 more are left out");
    // panels follow the keys with most mentions: A8 (9 a piece), then A7 …
    expect(notes).toContain("A8 (actor)");
    expect(notes).not.toContain("A2 (actor)");
  });

  it("refuses bad options and a result of another kind", () => {
    expect(() => chartAttentionTime(result, { keys: 0 })).toThrow("invalid keys: 0 (use a whole number ≥ 1)");
    expect(() => chartAttentionTime(result, { outletsPerPanel: 0 })).toThrow(/invalid outletsPerPanel: 0/);
    expect(() => chartAttentionTime(result, { kinds: ["person" as never] })).toThrow('invalid kinds: "person"');
    expect(() => chartAttentionTime({ ...result, kind: "x" } as never)).toThrow(/attention-over-time/);
    expect(() => chartAttentionTime(result, { kinds: ["frame"] })).toThrow("chartAttentionTime: no frame mentions to draw");
  });
});
