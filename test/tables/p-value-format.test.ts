import { toCsv } from "../../src/tables/csv";
import { latexColumns } from "../../src/tables/latex-columns";
import { formatPValue } from "../../src/tables/number-format";
import { isPValueColumn } from "../../src/tables/precision";

describe("issue 11 finding 10: a p-value that underflows prints \"< 1e-300\", not 0", () => {
  it("formatPValue: underflow, fixed digits, ordinary values", () => {
    expect(formatPValue(0)).toBe("< 1e-300");
    expect(formatPValue(5e-324)).toBe("< 1e-300"); // the smallest double: still an underflow
    expect(formatPValue(2e-300)).toBe("2e-300");
    expect(formatPValue(0.00004, 3)).toBe("< 0.001");
    expect(formatPValue(0.0006, 3)).toBe("0.001");
    expect(formatPValue(0.0123, 3)).toBe("0.012");
    expect(formatPValue(1)).toBe("1");
    expect(formatPValue(NaN)).toBe("NaN");
  });
  it("p columns are known by name", () => {
    expect(["p", "pHolm", "pBH", "p_value", "p.adj"].map(isPValueColumn)).toEqual([true, true, true, true, true]);
    expect(["permutations", "pooled", "share", "G2", "lower"].map(isPValueColumn)).toEqual([false, false, false, false, false]);
  });
  it("CSV and LaTeX write the p columns so, and leave other columns' zeros alone", () => {
    const table = { columns: ["term", "G2", "p", "pHolm"], rows: [["war", 1500.5, 0, 0], ["peace", 0, 0.25, 0.5]] };
    expect(toCsv(table)).toBe("term,G2,p,pHolm\nwar,1500.5,< 1e-300,< 1e-300\npeace,0,0.25,0.5\n");
    expect(toCsv(table, { precision: 3 })).toBe("term,G2,p,pHolm\nwar,1500.500,< 1e-300,< 1e-300\npeace,0.000,0.250,0.500\n");
    const cols = latexColumns(table);
    expect(cols.find((c) => c.name === "p")!.cells).toEqual(["$<$ 1e-300", "0.250"]);
    expect(cols.find((c) => c.name === "G2")!.cells).toEqual(["1500.500", "0.000"]);
  });
});
