import { loadCorpus } from "../../src/corpus/index";
import { compare } from "../../src/features/compare";
import { ARTICLE_LIST_DOC_END } from "../../src/features/column-docs-types";
import { loadLexicon } from "../../src/lexicon/index";
import { CATALOGUE } from "../../src/report/catalogue";
import { COLUMN_DOCS } from "../../src/tables/column-docs";
import { COLUMN_SCHEMA, columnKind, articleListColumns } from "../../src/tables/column-schema";
import { columnTypes } from "../../src/tables/column-types";
import { exportTable } from "../../src/tables/export-table";
import { flattenRows } from "../../src/tables/flatten";
import { writtenColumns } from "../../src/tables/written-columns";
import { BUNDLED } from "../helpers";

interface AnyResult { kind: string; rows: readonly unknown[] }

function findResults(x: unknown, seen = new Set<unknown>()): AnyResult[] {
  if (typeof x !== "object" || x === null || seen.has(x)) return [];
  seen.add(x);
  const r = x as Partial<AnyResult>;
  if (typeof r.kind === "string" && Array.isArray(r.rows)) return [r as AnyResult];
  return Object.values(x).flatMap((v) => findResults(v, seen));
}

describe("issue 12: tables used outlet ids where charts used labels; the schema behind the codebook, link tables and Parquet", () => {
  it("declares every documented column of every catalogue kind, in the docs' order", () => {
    const kinds = CATALOGUE.map((e) => e.kind);
    expect(kinds.filter((k) => !COLUMN_SCHEMA[k])).toEqual([]);
    for (const k of kinds) expect({ k, columns: Object.keys(COLUMN_SCHEMA[k].columns) }).toEqual({ k, columns: Object.keys(COLUMN_DOCS[k]) });
  });

  it("marks a column as an article list exactly when its doc was made by idsDoc", () => {
    for (const [kind, schema] of Object.entries(COLUMN_SCHEMA)) {
      for (const [column, k] of Object.entries(schema.columns)) {
        expect({ kind, column, articles: k === "articles" }).toEqual({ kind, column, articles: (COLUMN_DOCS[kind]?.[column] ?? "").endsWith(ARTICLE_LIST_DOC_END) });
      }
    }
    expect(articleListColumns("divergence")).toEqual(["articlesA", "articlesB"]);
  });

  it("falls back to the doc marker and the column name for a kind without a schema", () => {
    expect(columnKind("no-such-kind", "outletB")).toBe("outlet");
    expect(columnKind("no-such-kind", "outlets")).toBeUndefined();
    expect(columnKind("divergence", "outletB")).toBe("outlet");
    expect(columnKind("distinctive-terms", "target")).toBe("outlet");
    expect(columnKind("sentiment-toward", "target")).toBe("text");
  });

  describe("on the bundled corpus", () => {
    let results: AnyResult[];
    beforeAll(async () => {
      const corpus = await loadCorpus(BUNDLED);
      const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
      const byKind = new Map<string, AnyResult>();
      for (const r of findResults(compare(corpus, lexicon, { iterations: 20, divergence: { permutations: 9 } }))) if (!byKind.has(r.kind) || byKind.get(r.kind)!.rows.length === 0) byKind.set(r.kind, r);
      results = [...byKind.values()].filter((r) => COLUMN_SCHEMA[r.kind]);
    }, 120_000);

    it("finds most catalogue kinds with rows", () => {
      expect(results.filter((r) => r.rows.length > 0).length).toBeGreaterThanOrEqual(15);
    });

    it("every cell fits its declared kind (integer columns hold whole numbers, text columns text …)", () => {
      const fits: Record<string, readonly string[]> = { integer: ["integer", "empty"], number: ["integer", "real", "empty"], boolean: ["boolean", "empty"], text: ["string", "empty"], outlet: ["string", "empty"], list: ["string", "empty"], json: ["string", "empty"], articles: ["string", "empty"] };
      for (const r of results) {
        const flat = flattenRows(r);
        const types = columnTypes(flat);
        flat.columns.forEach((c, i) => {
          const declared = COLUMN_SCHEMA[r.kind].columns[c];
          expect({ kind: r.kind, c, declared, fits: fits[declared]?.includes(types[i]) }).toEqual({ kind: r.kind, c, declared, fits: true });
        });
      }
    });

    it("writes exactly the columns writtenColumns documents (labels beside outlets, row first, lists gone)", () => {
      const labels = { "anadolu-agency": "Anadolu" };
      for (const r of results) {
        const t = exportTable(r, { outletLabels: labels });
        const w = writtenColumns(r.kind)!;
        expect({ kind: r.kind, columns: t.table.columns }).toEqual({ kind: r.kind, columns: w.table.map((c) => c.name) });
        expect({ kind: r.kind, links: t.links?.columns ?? [] }).toEqual({ kind: r.kind, links: w.links.map((c) => c.name) });
        for (const [i, c] of t.table.columns.entries()) if (c.endsWith("Label")) for (const row of t.table.rows) {
          const id = row[i - 1];
          expect(row[i]).toBe(typeof id === "string" && id in labels ? labels[id as keyof typeof labels] : id);
        }
      }
    });
  });
});
