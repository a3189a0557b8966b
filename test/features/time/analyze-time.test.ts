import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";

const tmp = () => mkdtempSync(join(tmpdir(), "fd-time-"));
const LEXICON = `name: t
version: 1
actors:
  Lavrov: [Lavrov]
  Kuleba: [Kuleba]
frames:
  military: [troops]
`;

async function analyze(articles: object[], ...flags: string[]): Promise<{ out: string; code: number; err: string }> {
  const dir = tmp(), corpus = join(dir, "c.jsonl"), lexicon = join(dir, "lexicon.yaml"), out = join(dir, "out");
  writeFileSync(corpus, articles.map((x) => JSON.stringify(x)).join("\n"));
  writeFileSync(lexicon, LEXICON);
  let err = "";
  const code = await main(["analyze", corpus, "--lexicon", lexicon, "--no-figures", "--iterations", "20", "--out", out, ...flags], () => undefined, (s) => { err += s; });
  return { out, code, err };
}

/** A CSV of plain cells (no quoted commas) as objects. */
function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}

describe("issue 12: dates are loaded but never used (framediff analyze writes attention over time)", () => {
  it("writes tables/attention-over-time.csv by ISO week across a year boundary, a report section, and warns about the undated article", async () => {
    // 2020-12-31 .. 2021-03-01 is 61 days: weeks. 2020-12-31 is in 2020-W53, 2021-01-04 starts 2021-W01.
    const { out, code, err } = await analyze([
      { id: "t1", outlet: "tass", date: "2020-12-31", text: "Lavrov met Kuleba. Lavrov spoke for an hour about the talks." },
      { id: "t2", outlet: "tass", date: "2021-01-04", text: "Troops moved east. Lavrov said the talks were over." },
      { id: "t3", outlet: "tass", date: "2021-01-19", text: "Lavrov was not at the meeting in the city today." },
      { id: "y1", outlet: "yahoo", date: "2021-03-01", text: "Kuleba asked for help. Troops were seen near the border." },
      { id: "y2", outlet: "yahoo", text: "Kuleba spoke again about the talks in the city." },
    ]);
    expect(code).toBe(0);
    expect(err).not.toMatch(/error/i);
    const rows = readCsv(join(out, "tables", "attention-over-time.csv"));
    // the table writer may add columns of its own (a row number, outlet labels)
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["outlet", "period", "start", "end", "kind", "key", "concept", "mentions", "articles", "mentionsPerArticle", "articlesMentioning"]));
    const lavrov = rows.filter((r) => r.outlet === "tass" && r.key === "Lavrov").map((r) => [r.period, r.mentions, r.articles, r.mentionsPerArticle]);
    expect(lavrov).toEqual([["2020-W53", "2", "1", "2"], ["2021-W01", "1", "1", "1"], ["2021-W02", "0", "0", ""], ["2021-W03", "1", "1", "1"]]);
    expect(rows.filter((r) => r.outlet === "yahoo").map((r) => [r.period, r.key, r.mentions])).toEqual([["2021-W09", "Kuleba", "1"], ["2021-W09", "military", "1"]]);
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run.warnings).toContainEqual(expect.objectContaining({ code: "undated-articles", message: expect.stringContaining("1 of 5 articles have no date (yahoo 1; e.g. y2)") }));
    expect(run.files).toContain("tables/attention-over-time.csv");
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain("Attention over time");
  }, 120_000);

  it("--period month counts by calendar month whatever the span, recorded in run.json; a bad period is a usage error", async () => {
    const { out, code } = await analyze([
      { id: "t1", outlet: "tass", date: "2021-01-04", text: "Lavrov met Kuleba." },
      { id: "t2", outlet: "tass", date: "2021-01-19", text: "Lavrov spoke again." },
      { id: "t3", outlet: "tass", date: "2021-02-02", text: "Lavrov left." },
      { id: "y1", outlet: "yahoo", date: "2021-01-05", text: "Kuleba asked for help." },
    ], "--period", "month");
    expect(code).toBe(0);
    const lavrov = readCsv(join(out, "tables", "attention-over-time.csv")).filter((r) => r.key === "Lavrov").map((r) => [r.period, r.mentions, r.articles]);
    expect(lavrov).toEqual([["2021-01", "2", "2"], ["2021-02", "1", "1"]]); // a 29-day span would be counted by day under auto
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).parameters.period).toBe("month");
    const bad = await analyze([{ id: "t1", outlet: "tass", text: "Lavrov." }], "--period", "fortnight");
    expect(bad.code).toBe(2);
    expect(bad.err.split("\n")[0]).toMatch(/invalid --period "fortnight" \(use auto, day, week or month\)/);
  }, 120_000);

  it("skips attention over time with the reason when no article has a date", async () => {
    const { out, code } = await analyze([
      { id: "t1", outlet: "tass", text: "Lavrov met Kuleba in the city." },
      { id: "y1", outlet: "yahoo", text: "Kuleba asked for help in the city." },
    ]);
    expect(code).toBe(0);
    expect(existsSync(join(out, "tables", "attention-over-time.csv"))).toBe(false);
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run.warnings).toContainEqual(expect.objectContaining({ code: "no-dates" }));
  }, 120_000);
});
