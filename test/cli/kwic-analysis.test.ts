import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/cli/analyze";
import { mapShard } from "../../src/cli/map-shard";
import { reduceStore } from "../../src/cli/reduce";
import { duck, sqlString } from "../../src/store/duckdb";
import { writtenColumns } from "../../src/tables/written-columns";
import { loadCorpus } from "../../src/corpus/index";
import { kwic } from "../../src/kwic/kwic";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import { writeMatchedCorpus } from "../../bench/bench-machine";
import { BUNDLED } from "../helpers";

const quiet = { write: () => undefined };
const tmp = () => mkdtempSync(join(tmpdir(), "fd-kwic-an-"));

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += ch;
  }
  return rows;
}

describe("issue 12: words in context in analyze (tables/kwic.csv and the report's samples)", () => {
  const out = tmp();
  let csv: string[][];
  beforeAll(async () => {
    await analyze(BUNDLED, { out, noFigures: true, iterations: 100, csvGuard: false, store: false }, quiet);
    csv = parseCsv(readFileSync(join(out, "tables", "kwic.csv"), "utf8"));
  }, 120_000);

  it("writes the columns the codebook describes (the outlet's label beside its id), actors then labels then terms, each key's lines by outlet, article and position", async () => {
    expect(csv[0]).toEqual(writtenColumns("kwic")!.table.map((c) => c.name));
    expect(csv[0].slice(2, 4)).toEqual(["outlet", "outletLabel"]);
    const labels = new Map((await loadCorpus(BUNDLED)).outlets.map((o) => [o.id, o.label]));
    for (const r of csv.slice(1)) expect(r[3]).toBe(labels.get(r[2]));
    const kinds = csv.slice(1).map((r) => r[0]);
    expect(kinds.indexOf("label")).toBeGreaterThan(kinds.lastIndexOf("actor"));
    expect(kinds.indexOf("term")).toBeGreaterThan(kinds.lastIndexOf("label"));
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).files).toContain("tables/kwic.csv");
  });

  it("holds for one actor exactly what kwic() gives for it", async () => {
    const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
    const api = await kwic(BUNDLED, { lexicon, actor: "Sergey Lavrov" }, { window: 8 });
    const lines = api.outlets.flatMap((o) => o.lines.map((l) => [l.outlet, l.articleId, l.left, l.match, l.right]));
    const rows = csv.filter((r) => r[0] === "actor" && r[1] === "Sergey Lavrov").map((r) => [r[2], r[5], r[9], r[10], r[11]]);
    expect(lines.length).toBeGreaterThan(20);
    expect(rows).toEqual(lines);
  });

  it("writes kwic.parquet with the same rows as kwic.csv (every column text; the CSV here is unguarded)", async () => {
    const c = await duck();
    const rows = (await c.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(join(out, "tables", "kwic.parquet"))})`)).getRows();
    expect(rows.map((r) => r.map((v) => (v === null ? "" : String(v))))).toEqual(csv.slice(1));
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).files).toContain("tables/kwic.parquet");
  });

  it("gives terms from the distinctive-terms results their lines", () => {
    const terms = new Set(csv.filter((r) => r[0] === "term").map((r) => r[1]));
    const shown = new Set<string>();
    for (const table of ["distinctive-terms", "distinctive-terms-paired"]) {
      const [head, ...rows] = parseCsv(readFileSync(join(out, "tables", `${table}.csv`), "utf8"));
      for (const r of rows) shown.add(r[head.indexOf("term")]);
    }
    expect(terms.size).toBeGreaterThan(10);
    for (const t of terms) expect(shown.has(t)).toBe(true);
  });
});

describe("issue 12: the concordance is the same for any article order", () => {
  it("writes a byte-identical kwic.csv for a shuffled corpus", async () => {
    const dir = tmp();
    const a = join(dir, "a.jsonl"), b = join(dir, "b.jsonl");
    writeMatchedCorpus(a, 12, 80);
    const lines = readFileSync(a, "utf8").split("\n").filter(Boolean);
    writeFileSync(b, lines.reverse().join("\n") + "\n");
    const lexicon = join(BUNDLED, "lexicon.yaml");
    await analyze(a, { out: join(dir, "oa"), noFigures: true, iterations: 50, lexicon, jobs: 1, store: false }, quiet);
    await analyze(b, { out: join(dir, "ob"), noFigures: true, iterations: 50, lexicon, jobs: 1, store: false }, quiet);
    const ka = readFileSync(join(dir, "oa", "tables", "kwic.csv"));
    expect(ka.toString("utf8").split("\n").length).toBeGreaterThan(20);
    expect(readFileSync(join(dir, "ob", "tables", "kwic.csv")).equals(ka)).toBe(true);
  }, 120_000);
});

describe("issue 12: reduce without the corpus skips words in context with a warning", () => {
  it("warns kwic-skipped and writes no kwic.csv when the corpus is gone", async () => {
    const dir = tmp();
    const corpus = join(dir, "c.jsonl");
    writeMatchedCorpus(corpus, 6, 60);
    await mapShard(corpus, { store: join(dir, "store"), shard: { index: 0, count: 1 }, jobs: 1 }, quiet);
    rmSync(corpus);
    const r = await reduceStore(join(dir, "store"), { out: join(dir, "out"), noFigures: true, iterations: 50 }, quiet);
    expect(r.warnings.map((w) => w.code)).toContain("kwic-skipped");
    expect(r.files).not.toContain("tables/kwic.csv");
  }, 120_000);
});
