import type { Comparison } from "../../src/features/compare";
import { reportEvents } from "../../src/report/report-events";
import { byDescending, interleaveByFamily, rankRows } from "../../src/report/report-rank";

const div = (family: string, scope: string, event: string | null, a: string, b: string, value: number | null) => ({ family, scope, event, outletA: a, outletB: b, value, p: null, test: "not tested" });
const art = (outlet: string, event: string, articleId: string, mean: number) => ({ outlet, event, articleId, sentences: 2, mean });

/** A comparison with only what the event selector reads, values chosen by hand. */
const c = {
  articles: [
    { id: "a1", outlet: "tass", event: "e1" }, { id: "a2", outlet: "yahoo", event: "e1" }, { id: "a3", outlet: "tass", event: "e1" },
    { id: "a4", outlet: "tass", event: "e2" }, { id: "a5", outlet: "yahoo", event: "e2" },
  ],
  divergence: { rows: [
    div("terms", "pooled", null, "tass", "yahoo", 0.4), div("sentiment", "pooled", null, "tass", "yahoo", -0.1),
    div("terms", "event", "e1", "tass", "yahoo", 0.5), div("sentiment", "event", "e1", "tass", "yahoo", 0.2),
    div("terms", "event", "e2", "tass", "yahoo", 0.3), div("terms", "over-events", null, "tass", "yahoo", 0.4),
  ] },
  sentiment: {
    outlets: { rows: [{ outlet: "tass", mean: { estimate: 0.25 } }, { outlet: "yahoo", mean: { estimate: -0.5 } }] },
    articles: { rows: [art("tass", "e1", "a1", 0.1), art("yahoo", "e1", "a2", -0.3), art("tass", "e1", "a3", 0.4), art("tass", "e2", "a4", 0.25), art("yahoo", "e2", "a5", -0.7)] },
  },
  coverage: { claims: { rows: [{ claim: "c1", event: "e2", nOutlets: 2, outlets: ["tass", "yahoo"], text: "Talks <ended>." }] } },
  voice: { speakers: { rows: [{ event: "(all)", outlet: "tass", speaker: "Lavrov", quotes: 1, words: 5, share: 1 }] } },
} as unknown as Comparison;

describe("issue 12: within-event results only in a CSV, events shown as ids", () => {
  const r = reportEvents(c, { titles: { e2: "Talks in Antalya" } })!;

  it("lists events most articles first, with their titles where the corpus gives them", () => {
    expect(r.events).toEqual([{ id: "e1", articles: 3 }, { id: "e2", title: "Talks in Antalya", articles: 2 }]);
    expect(r.totalEvents).toBe(2);
  });
  it("puts each pair's divergence within the event beside its pooled value", () => {
    const t = r.tables.find((x) => x.caption.startsWith("Pairwise divergence"))!;
    expect(t.columns.slice(0, 5)).toEqual(["family", "outlet A", "outlet B", "value in event", "pooled value"]);
    expect(t.rows.e1.map((row) => row.slice(0, 5))).toEqual([["terms", "tass", "yahoo", 0.5, 0.4], ["sentiment", "tass", "yahoo", 0.2, -0.1]]);
    expect(t.rows.e2.map((row) => row.slice(0, 5))).toEqual([["terms", "tass", "yahoo", 0.3, 0.4]]);
    expect(t.totals).toEqual({ e1: 2, e2: 1 });
  });
  it("puts each article's sentiment beside its outlet's pooled mean, outlets with most articles first", () => {
    const t = r.tables.find((x) => x.caption.startsWith("Article sentiment"))!;
    expect(t.rows.e1).toEqual([["tass", "a1", 2, 0.1, 0.25], ["tass", "a3", 2, 0.4, 0.25], ["yahoo", "a2", 2, -0.3, -0.5]]);
  });
  it("keeps the event's claims, and no speaker table when voice was pooled", () => {
    expect(r.tables.find((x) => x.caption.startsWith("Claims"))!.rows).toEqual({ e1: [], e2: [["c1", 2, "tass, yahoo", "Talks <ended>."]] });
    expect(r.tables.some((x) => x.caption.startsWith("Quoted speakers"))).toBe(false);
  });
  it("cuts rows per event, and lists only the events that fit in the byte bound", () => {
    expect(reportEvents(c, { rowsPerEvent: 1 })!.tables[0].rows.e1).toHaveLength(1);
    const small = reportEvents(c, { maxBytes: 200 })!;
    expect(small.events.map((e) => e.id)).toEqual(["e1"]);
    expect(small.totalEvents).toBe(2);
  });
  it("is null for a corpus without events", () => {
    expect(reportEvents({ ...c, articles: [{ id: "a", outlet: "x" }] } as unknown as Comparison)).toBeNull();
  });
});

describe("the top rows of a report table", () => {
  it("interleaves divergence families, largest |value| first, null last", () => {
    const rows = [{ f: "a", v: 0.1 }, { f: "a", v: null }, { f: "a", v: -0.9 }, { f: "b", v: 0.5 }];
    expect(interleaveByFamily(rows, (r) => r.f, (r) => r.v)).toEqual([{ f: "a", v: -0.9 }, { f: "b", v: 0.5 }, { f: "a", v: 0.1 }, { f: "a", v: null }]);
  });
  it("sorts descending stably, and leaves unknown tables in their order", () => {
    const keyed = [{ k: null, id: "d" }, { k: 1, id: "a" }, { k: 2, id: "b" }, { k: 1, id: "c" }];
    expect(byDescending(keyed, (x) => x.k).map((x) => x.id).join()).toBe("b,a,c,d");
    const rows = [{ n: 1 }, { n: 2 }];
    expect(rankRows("quote-table", rows, (r, k) => (r as Record<string, unknown>)[k])).toBe(rows);
    expect(rankRows("coverage-claims", rows, (r, k) => (r as Record<string, unknown>)[k])).toEqual([{ n: 2 }, { n: 1 }]);
  });
});
