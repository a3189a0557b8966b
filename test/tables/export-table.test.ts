import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../src/tables/csv";
import { exportTable, LINK_COLUMNS } from "../../src/tables/export-table";
import { writtenColumns } from "../../src/tables/written-columns";

const frozen = <T>(x: T): T => JSON.parse(JSON.stringify(x), (_, v) => (typeof v === "object" && v !== null ? Object.freeze(v) : v));

describe("issue 12: CSV cells held every article id joined by ';' (distinctive-terms.csv 27 MB)", () => {
  it("moves each article-id list into a long link table and numbers the rows", () => {
    const result = frozen({
      kind: "label-divergence",
      rows: [
        { event: "e1", concept: "c", voice: "own", outletA: "bbc", outletB: "tass", jsd: 0.5, totalA: 2, totalB: 1, articleIdsA: ["b1", "b2"], articleIdsB: ["t1"] },
        { event: "e2", concept: "c", voice: "own", outletA: "bbc", outletB: "rt", jsd: null, totalA: 0, totalB: 3, articleIdsA: [], articleIdsB: ["r1", "b1"] },
      ],
    });
    const t = exportTable(result, { outletLabels: { bbc: "BBC News", tass: "TASS", rt: "RT" } });
    expect(t.table.columns).toEqual(["row", "event", "concept", "voice", "outletA", "outletALabel", "outletB", "outletBLabel", "jsd", "totalA", "totalB"]);
    expect(t.table.rows).toEqual([
      [1, "e1", "c", "own", "bbc", "BBC News", "tass", "TASS", 0.5, 2, 1],
      [2, "e2", "c", "own", "bbc", "BBC News", "rt", "RT", null, 0, 3],
    ]);
    expect(t.types).toEqual(["integer", "text", "text", "text", "text", "text", "text", "text", "number", "integer", "integer"]);
    expect(t.links?.columns).toEqual(["row", "column", "articleId"]);
    expect(t.links?.rows).toEqual([[1, "articleIdsA", "b1"], [1, "articleIdsA", "b2"], [1, "articleIdsB", "t1"], [2, "articleIdsB", "r1"], [2, "articleIdsB", "b1"]]);
    expect(toCsv(t.links!)).toBe("row,column,articleId\n1,articleIdsA,b1\n1,articleIdsA,b2\n1,articleIdsB,t1\n2,articleIdsB,r1\n2,articleIdsB,b1\n");
  });

  it("keeps a kind without article lists as it was (no row column, no link table) and labels its outlets", () => {
    const t = exportTable({ kind: "sentiment-articles", rows: [{ outlet: "bbc", event: "e", articleId: "b1", sentences: 3, mean: 0.25, negative: 0, neutral: 1, positive: 0 }] }, { outletLabels: { bbc: "BBC" } });
    expect(t.links).toBeNull();
    expect(t.table.columns.slice(0, 3)).toEqual(["outlet", "outletLabel", "event"]);
    expect(t.table.rows[0].slice(0, 4)).toEqual(["bbc", "BBC", "e", "b1"]);
  });

  it("labels target and reference of distinctive terms; an id that is no outlet ((rest)) is its own label", () => {
    const t = exportTable({ kind: "distinctive-terms", rows: [{ target: "bbc", reference: "(rest)", term: "x", n: 1, articleIds: ["b1"], referenceArticles: 0, referenceArticleIds: [] }] }, { outletLabels: { bbc: "BBC" } });
    expect(t.table.columns.slice(0, 5)).toEqual(["row", "target", "targetLabel", "reference", "referenceLabel"]);
    expect(t.table.rows[0].slice(0, 5)).toEqual([1, "bbc", "BBC", "(rest)", "(rest)"]);
  });

  it("gives an empty result the documented header without the lists, and an empty link table", () => {
    const t = exportTable({ kind: "divergence", rows: [] });
    expect(t.table.columns).toEqual(writtenColumns("divergence")!.table.map((c) => c.name));
    expect(t.table.columns).not.toContain("articlesA");
    expect(t.links).toEqual({ columns: LINK_COLUMNS, rows: [] });
  });

  it("says which row and column hold something that is not a list of ids", () => {
    expect(() => exportTable({ kind: "sentiment-outlets", rows: [{ outlet: "a", articleIds: "a1;a2" }] })).toThrow('column "articleIds" of row 0 holds string');
    expect(() => exportTable({ kind: "sentiment-outlets", rows: [{ outlet: "a", articleIds: ["a1", null] }] })).toThrow("null among its article ids");
  });

  // ids with the characters that broke the joined cells: separators, quotes, line breaks, formula starts
  const hostileId = fc.string({ unit: fc.constantFrom("a", "b", ";", ",", '"', "'", "\n", "\r", ":", " ", "=", "-", "é", "\u0000"), minLength: 1, maxLength: 6 });
  const idList = fc.uniqueArray(hostileId, { maxLength: 6 });
  const row = fc.record({ outletA: fc.constantFrom("a", "b,c", "=x"), outletB: fc.constantFrom("d", 'e"f'), jsd: fc.option(fc.double({ noNaN: true }), { nil: null }), articleIdsA: idList, articleIdsB: idList });

  it("property: every id appears once per row and list, and grouping the CSV link table gives back every list in order", () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
      const result = frozen({ kind: "label-divergence", rows });
      const t = exportTable(result, { outletLabels: { a: "A" } });
      expect(t.table.rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
      const read = parse(toCsv(t.links!, { formulaGuard: false }), { columns: true }) as { row: string; column: string; articleId: string }[];
      const back = rows.map(() => ({ articleIdsA: [] as string[], articleIdsB: [] as string[] }));
      for (const l of read) back[Number(l.row) - 1][l.column as "articleIdsA" | "articleIdsB"].push(l.articleId);
      expect(back).toEqual(rows.map((r) => ({ articleIdsA: r.articleIdsA, articleIdsB: r.articleIdsB })));
      expect(read.length).toBe(rows.reduce((n, r) => n + r.articleIdsA.length + r.articleIdsB.length, 0));
    }), { numRuns: 300 });
  });

  it("property: the same result gives the same bytes, and the input is not changed", () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
      const result = frozen({ kind: "label-divergence", rows });
      const a = exportTable(result), b = exportTable(result);
      expect(toCsv(a.table) + toCsv(a.links!)).toBe(toCsv(b.table) + toCsv(b.links!));
    }), { numRuns: 100 });
  });
});
