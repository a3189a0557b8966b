import fc from "fast-check";
import type { KwicSample } from "../../src/kwic/types";
import { plotlyBundle } from "../../src/render/plotly-bundle";
import type { FigureSpec } from "../../src/render/types";
import { REPORT_CLIENT } from "../../src/report/report-client";
import type { ReportEvents } from "../../src/report/report-events";
import { REPORT_BOUNDS, reportHtml, type ReportInput } from "../../src/report/report-html";
import { pageKwic } from "../../src/report/report-kwic";
import { shareStrings, unshareStrings } from "../../src/report/report-share";
import { kwicKindOf, tableBlob, tableLinks } from "../../src/report/report-table";

const spec = (name: string, extra: Record<string, unknown> = {}): FigureSpec => ({ name, width: 400, height: 300, figure: { data: [{ type: "bar", x: ["a"], y: [1], name: "</script>", ...extra }], layout: { title: { text: "T" } } } });
const base: ReportInput = {
  title: "Report <1>", facts: ["corpus: x"],
  sections: [
    { id: "sent", title: "Sentiment", intro: "How to read it & why.", figures: [spec("a"), spec("b")], tables: [{ caption: "Tab", table: { columns: ["o", "v"], rows: [["tass", 0.12345]] }, csv: "tables/sentiment-outlets.csv", total: 1 }] },
    { id: "div", title: "Divergence", intro: "Pairs.", figures: [], tables: [] },
  ],
  warnings: ["w1"],
};
const html = reportHtml(base);

/** The JSON blobs of a page, by id, parsed as the page's script parses them. */
function blobs(page: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const m of page.matchAll(/<script type="application\/json" id="([^"]+)">([\s\S]*?)<\/script>/g)) out.set(m[1], JSON.parse(m[2]));
  return out;
}

describe("reportHtml: a page to explore", () => {
  it("inlines plotly once, its own script once, and fetches nothing", () => {
    const bundle = plotlyBundle();
    expect(html.split(bundle.slice(0, 200)).length - 1).toBe(1);
    expect(html.split(REPORT_CLIENT.slice(0, 100)).length - 1).toBe(1);
    expect(html.replace(bundle, "")).not.toMatch(/src="http|href="http/);
  });
  it("has a contents column and collapsible sections, the first one open", () => {
    expect(html).toContain('<nav id="fd-toc"');
    expect(html).toContain('<a href="#sent">Sentiment</a><a href="#div">Divergence</a><a href="#warnings">Warnings</a>');
    const opened = [...html.matchAll(/<details class="section" id="([^"]+)"( open)?>/g)].map((m) => [m[1], Boolean(m[2])]);
    expect(opened).toEqual([["sent", true], ["div", false], ["warnings", false]]);
  });
  it("carries each chart and each table as a JSON blob the script renders", () => {
    const b = blobs(html);
    expect((b.get("fig-1-data") as { data: { name: string }[] }).data[0].name).toBe("</script>");
    expect(b.has("fig-2-data")).toBe(true);
    const t = b.get("t-1-data") as ReturnType<typeof tableBlob>;
    expect(t.rows).toEqual([["tass", 0.12345]]);
    expect(t.total).toBe(1);
    expect(t.links).toEqual([{ href: "tables/sentiment-outlets.csv", text: "tables/sentiment-outlets.csv" }]);
    expect(html).toContain('data-table="t-1"');
  });
  it("escapes text and keeps data from closing a script", () => {
    expect(html).toContain("<title>Report &lt;1&gt;</title>");
    expect(html).toContain("How to read it &amp; why.");
    expect(html).toContain("\\u003c/script>");
    expect(html.match(/<\/script>/g)!.length).toBe(html.match(/<script/g)!.length);
  });
  it("is deterministic", () => {
    expect(reportHtml(base)).toBe(html);
  });
});

describe("issue 12: report.html of 21.5 MB and 76,000 px, every table embedded whole", () => {
  const long = "x".repeat(5_000);
  const rows = Array.from({ length: 2_000 }, (_, i) => [`outlet ${i} ${long}`, i, i / 7]);
  const bigFigure = (i: number) => spec(`big-${i}`, { customdata: Array.from({ length: 8_000 }, (_, j) => `${i}-${j} unique hover text of some length<br>and a note shared by every cell of every chart`) });
  const samples: KwicSample[] = Array.from({ length: 300 }, (_, k) => ({
    kind: "term", key: `term${k}`, total: 10_000,
    outlets: Array.from({ length: 100 }, (_, o) => ({ outlet: `o${o}`, total: 100, lines: Array.from({ length: 10 }, (_, l) => ({ articleId: `a${l}`, outlet: `o${o}`, left: long, match: `term${k}`, right: long })) })),
  }));
  const events: ReportEvents = {
    totalEvents: 1, events: [{ id: "e1", articles: 3 }],
    tables: [{ caption: "c", columns: ["x"], numeric: [false], digits: 3, kwic: {}, links: [], rows: { e1: [["y"]] }, totals: { e1: 1 } }],
  };
  const huge: ReportInput = {
    title: "huge", facts: [long], warnings: Array.from({ length: 100_000 }, (_, i) => `warning ${i} ${long}`), skipped: Array.from({ length: 100_000 }, () => long),
    sections: Array.from({ length: 12 }, (_, s) => ({
      id: `s${s}`, title: `S${s}`, intro: "i",
      figures: Array.from({ length: 6 }, (_, f) => bigFigure(s * 6 + f)),
      tables: Array.from({ length: 4 }, () => ({ caption: "huge table", table: { columns: ["outlet", "n", "x"], rows }, csv: "tables/t.csv" })),
    })),
    kwic: samples, events,
  };
  let page = "";
  beforeAll(() => { page = reportHtml(huge); });

  it("stays under 20 MB however much it is given", () => {
    expect(Buffer.byteLength(page)).toBeLessThan(20_000_000);
  });
  it("names the charts it leaves out rather than dropping them silently", () => {
    expect(page).toContain("Chart “big-71” is not drawn here");
  });
  it("embeds a bounded number of rows and says how many the whole table has", () => {
    const t = blobs(page).get("t-1-data") as ReturnType<typeof tableBlob>;
    expect(t.total).toBe(2_000);
    expect(t.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(t.rows).length).toBeLessThanOrEqual(REPORT_BOUNDS.table);
    expect((t.rows[0][0] as string).length).toBe(1_000);
  });
  it("shares the note every hover text repeats", () => {
    const strings = blobs(page).get("fd-strings") as string[];
    expect(strings).toContain("and a note shared by every cell of every chart");
  });
});

describe("shareStrings", () => {
  it("stores a repeated piece once and gives back the same values", () => {
    fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.array(fc.string({ minLength: 24 }), { minLength: 1, maxLength: 3 }), (values, pieces) => {
      const withRepeats = [...values, pieces.join("<br>"), pieces.join("<br>"), { a: [pieces[0]] }];
      const shared = shareStrings(withRepeats);
      expect(unshareStrings(shared.values, shared.strings)).toEqual(JSON.parse(JSON.stringify(withRepeats)));
      for (const p of pieces) if (!p.includes("<br>")) expect(shared.strings).toContain(p);
    }));
  });
  it("leaves short or single strings alone", () => {
    expect(shareStrings([["short", "short", "a single long string of 30+ chars"]])).toEqual({ values: [["short", "short", "a single long string of 30+ chars"]], strings: [] });
  });
});

describe("tables and KWIC in the page", () => {
  it("links the Parquet beside a CSV only when the run wrote it", () => {
    expect(tableLinks("tables/d.csv", new Set(["tables/d.csv", "tables/d.parquet"])).map((l) => l.href)).toEqual(["tables/d.csv", "tables/d.parquet"]);
    expect(tableLinks("tables/d.csv", new Set(["tables/d.csv"])).map((l) => l.href)).toEqual(["tables/d.csv"]);
    expect(tableLinks("tables/d.csv", new Set())).toEqual([]);
  });
  it("marks term, label and actor columns for the KWIC panel", () => {
    expect(["term", "form A", "label", "speaker", "actor", "outlet"].map(kwicKindOf)).toEqual(["term", "term", "label", "actor", "actor", null]);
  });
  it("keeps the outlets with most occurrences, a few lines each, with the totals", () => {
    const line = (o: string, i: number) => ({ articleId: `${o}${i}`, outlet: o, left: "l", match: "Kyiv", right: "r", start: 1, end: 5 });
    const s: KwicSample = { kind: "term", key: "kyiv", total: 13, outlets: [
      { outlet: "a", total: 2, lines: [line("a", 1), line("a", 2)] },
      { outlet: "b", total: 8, lines: Array.from({ length: 8 }, (_, i) => line("b", i)) },
      { outlet: "c", total: 3, lines: [line("c", 1)] },
    ] };
    const [p] = pageKwic([s], { linesPerOutlet: 5, outletsPerKey: 2 });
    expect(p.outlets.map((o) => [o.outlet, o.total, o.lines.length])).toEqual([["b", 8, 5], ["c", 3, 1]]);
    expect(p.outletTotal).toBe(3);
    expect(p.outlets[0].lines[0]).not.toHaveProperty("start");
    expect(pageKwic([s, s], { maxBytes: JSON.stringify(p).length + 400 })).toHaveLength(1);
  });
  it("carries the samples and the labels of their outlets only", () => {
    const s: KwicSample = { kind: "actor", key: "Lavrov", total: 1, outlets: [{ outlet: "tass", total: 1, lines: [{ articleId: "x", outlet: "tass", left: "<b>", match: "Lavrov", right: "said", url: "https://e.org/?a=1&b=\"2\"" }] }] };
    const b = blobs(reportHtml({ ...base, kwic: [s], outletLabels: { tass: "TASS", other: "Other" } }));
    expect(b.get("fd-outlets")).toEqual({ tass: "TASS" });
    expect((b.get("fd-kwic-samples") as KwicSample[])[0].outlets[0].lines[0].left).toBe("<b>");
  });
  it("carries the labels of the outlets its tables show, so a table's filter finds an outlet by its label; no others", () => {
    const b = blobs(reportHtml({ ...base, outletLabels: { tass: "TASS", other: "Other", "0.12345": "not an outlet cell" } }));
    expect(b.get("fd-outlets")).toEqual({ tass: "TASS" });
    expect(blobs(reportHtml({ ...base, outletLabels: { tass: "tass" } })).get("fd-outlets")).toEqual({}); // a label that is its id adds nothing
  });
});
