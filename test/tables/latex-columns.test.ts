import { flattenRows } from "../../src/tables/flatten";
import { latexCell, latexColumns } from "../../src/tables/latex-columns";
import { deepFreeze, RESULT } from "./fixtures";

describe("latexColumns", () => {
  const table = flattenRows(RESULT);

  it("right-aligns numbers at 3 digits (whole-number columns whole) and left-aligns text", () => {
    const cols = latexColumns(table);
    expect(cols.map((c) => `${c.name}:${c.align}`)).toEqual(["outlet:l", "label:l", "articleIds:l", "n:r", "mean.estimate:r", "mean.lower:r", "mean.upper:r", "ok:l", "note:l", "extra:r"]);
    expect(cols.find((c) => c.name === "mean.lower")!.cells).toEqual(["0.000", "--", "$-$2.000"]);
    expect(cols.find((c) => c.name === "n")!.cells).toEqual(["3", "10", "0"]);
    expect(cols.find((c) => c.name === "ok")!.cells).toEqual(["true", "false", "--"]);
  });

  it("merges X.estimate/X.lower/X.upper into one interval column", () => {
    const cols = latexColumns(table, { intervals: true, precision: 2 });
    expect(cols.map((c) => c.name)).toEqual(["outlet", "label", "articleIds", "n", "mean", "ok", "note", "extra"]);
    expect(cols[4]).toEqual({ name: "mean", align: "r", cells: ["0.12 [0.00, 0.50]", "--", "$-$1.50 [$-$2.00, $-$1.00]"] });
  });

  it("merges named triples, showing the estimate alone when a bound is null", () => {
    const t = deepFreeze({ columns: ["pair", "value", "lower", "upper", "p"], rows: [["a-b", 0.25, 0.1, 0.4, 0.01], ["a-c", 0.5, null, null, null]] });
    const cols = latexColumns(t, { intervals: { value: ["value", "lower", "upper"] }, missing: "n/a", columnPrecision: { p: 2 } });
    expect(cols.map((c) => [c.name, ...c.cells])).toEqual([["pair", "a-b", "a-c"], ["value", "0.250 [0.100, 0.400]", "0.500"], ["p", "0.01", "n/a"]]);
  });

  it("picks and orders columns, and wraps columns given a width", () => {
    const cols = latexColumns(table, { columns: ["n", "outlet"], widths: { outlet: "3cm" } });
    expect(cols.map((c) => [c.name, c.align])).toEqual([["n", "r"], ["outlet", "p{3cm}"]]);
  });

  it("says what is wrong with bad options", () => {
    expect(() => latexColumns(table, { columns: ["nope"] })).toThrow('invalid columns: no column "nope" (columns: outlet, label, articleIds, n, mean.estimate');
    expect(() => latexColumns(table, { columns: [] })).toThrow("invalid columns: [] (name at least one column)");
    expect(() => latexColumns(table, { intervals: { m: ["mean.estimate", "mean.low", "mean.upper"] } })).toThrow('invalid intervals: "m" names column "mean.low"');
    expect(() => latexColumns(table, { intervals: { n: ["mean.estimate", "mean.lower", "mean.upper"] } })).toThrow('the merged column "n" has the name of another column');
    expect(() => latexColumns(table, { widths: { outlet: "3 cm" } })).toThrow('invalid widths["outlet"]: "3 cm"');
    expect(() => latexColumns(table, { widths: { nope: "3cm" } })).toThrow('invalid widths: no column "nope"');
  });
});

describe("latexCell", () => {
  it("writes numbers with a real minus, infinities as math, text escaped", () => {
    expect([latexCell(-0.5, 2), latexCell(-Infinity), latexCell(Infinity, 1), latexCell(NaN, 3), latexCell(-0.0001, 3), latexCell(true), latexCell("a_b")])
      .toEqual(["$-$0.50", "$-\\infty$", "$\\infty$", "NaN", "0.000", "true", "a\\_b"]);
  });
});
