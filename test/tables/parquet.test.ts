import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { duck, sqlString } from "../../src/store/duckdb";
import { writeTableParquet } from "../../src/store/write-table";
import { toCsv } from "../../src/tables/csv";
import { exportTable } from "../../src/tables/export-table";
import { BUNDLED } from "../helpers";

const dir = mkdtempSync(join(tmpdir(), "framediff-parquet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(path: string): Promise<{ types: string[]; rows: unknown[][] }> {
  const c = await duck();
  const types = (await c.runAndReadAll(`SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet(${sqlString(path)}))`)).getRows().map((r) => String(r[0]));
  const rows = (await c.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(path)})`)).getRows().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v)));
  return { types, rows };
}

/** A CSV cell as the value it stands for, given the Parquet column's type (the CSV is written without the formula guard). */
function fromCsv(s: string | null, type: string): unknown {
  if (s === null) return null;
  if (type === "BIGINT" || type === "DOUBLE") return s === "Inf" ? Infinity : s === "-Inf" ? -Infinity : Number(s);
  if (type === "BOOLEAN") return s === "true";
  return s;
}

describe("issue 12: no Parquet: every table also as Parquet", () => {
  let n = 0;
  const hostile = fc.string({ unit: fc.constantFrom("a", ";", ",", '"', "\n", "=", "é", "'"), maxLength: 5 });
  const row = fc.record({
    outlet: fc.constantFrom("bbc", "t,a\"ss", "=rt"),
    articleIds: fc.uniqueArray(hostile, { maxLength: 4 }),
    articles: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }),
    sentences: fc.integer({ min: 0, max: 1000 }),
    "mean": fc.record({ estimate: fc.option(fc.double(), { nil: null }), lower: fc.double({ noNaN: true }), upper: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
    resample: hostile,
  });

  it("property: read back through DuckDB, the Parquet table and the CSV hold the same values, typed", async () => {
    await fc.assert(fc.asyncProperty(fc.array(row, { maxLength: 6 }), async (rows) => {
      const t = exportTable({ kind: "sentiment-outlets", rows }, { outletLabels: { bbc: "BBC" } });
      const path = join(dir, `p${n++}.parquet`);
      await writeTableParquet(path, t.table, t.types);
      const back = await readBack(path);
      expect(back.types.slice(0, 6)).toEqual(["BIGINT", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "DOUBLE"]);
      const csv = toCsv(t.table, { formulaGuard: false });
      // an empty unquoted field is null; a quoted "" is the empty string
      const text = parse(csv, { columns: false, cast: (v: string, ctx: { quoting: boolean }) => (v === "" && !ctx.quoting ? null : v) }) as (string | null)[][];
      const cells = text.slice(1).map((r) => r.map((s, i) => fromCsv(s, back.types[i])));
      expect(back.rows.map((r) => r.map((v) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v)))).toEqual(cells.map((r) => r.map((v) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v))));
      if (t.links) {
        const lpath = join(dir, `l${n++}.parquet`);
        await writeTableParquet(lpath, t.links, ["integer", "text", "text"]);
        expect((await readBack(lpath)).rows).toEqual(t.links.rows);
      }
    }), { numRuns: 40 });
  }, 120_000);

  it("writes the same bytes for the same table, and an empty table with its typed header", async () => {
    const t = exportTable({ kind: "divergence", rows: [] });
    await writeTableParquet(join(dir, "e1.parquet"), t.table, t.types);
    expect((await readBack(join(dir, "e1.parquet"))).rows).toEqual([]);
    expect((await readBack(join(dir, "e1.parquet"))).types).toEqual(t.types.map((x) => ({ integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN", text: "VARCHAR" })[x]));
    const rows = Array.from({ length: 5000 }, (_, i) => ({ outlet: `o${i % 7}`, articleIds: [`a${i}`, `b${i}`], articles: i, sentences: i * 3, mean: { estimate: i / 7, lower: -i, upper: i }, resample: "articles" }));
    const full = exportTable({ kind: "sentiment-outlets", rows });
    await writeTableParquet(join(dir, "s1.parquet"), full.table, full.types);
    await writeTableParquet(join(dir, "s2.parquet"), full.table, full.types);
    expect(readFileSync(join(dir, "s1.parquet")).equals(readFileSync(join(dir, "s2.parquet")))).toBe(true);
  });

  it("refuses a cell that does not fit its column, naming column and row", async () => {
    await expect(writeTableParquet(join(dir, "bad.parquet"), { columns: ["n"], rows: [[1], [1.5]] }, ["integer"])).rejects.toThrow('column "n" of row 1 holds 1.5, not a integer');
    expect(readdirSync(dir).filter((f) => f.startsWith(".bad"))).toEqual([]);
  });

  it("analyze writes Parquet, link tables and CODEBOOK.md; --no-parquet writes CSV only", async () => {
    const out = (args: string[]) => main(["analyze", BUNDLED, "--no-figures", "--no-store", "--jobs", "1", "--iterations", "20", "--quiet", ...args], () => {}, () => {});
    expect(await out(["--out", join(dir, "a")])).toBe(0);
    const files = readdirSync(join(dir, "a", "tables"));
    expect(files).toEqual(expect.arrayContaining(["CODEBOOK.md", "divergence.csv", "divergence.parquet", "divergence.articles.csv", "divergence.articles.parquet", "quote-table.parquet"]));
    expect(files.filter((f) => f.endsWith(".csv") && !f.startsWith("kwic")).map((f) => f.replace(/\.csv$/, ".parquet")).filter((f) => !files.includes(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, "a", "run.json"), "utf8")).files).toEqual(expect.arrayContaining(["tables/divergence.parquet", "tables/CODEBOOK.md"]));
    expect(await out(["--out", join(dir, "b"), "--no-parquet"])).toBe(0);
    expect(readdirSync(join(dir, "b", "tables")).filter((f) => f.endsWith(".parquet"))).toEqual([]);
    for (const f of readdirSync(join(dir, "b", "tables"))) expect({ f, same: readFileSync(join(dir, "a", "tables", f)).equals(readFileSync(join(dir, "b", "tables", f))) }).toEqual({ f, same: true });
  }, 180_000);
});
