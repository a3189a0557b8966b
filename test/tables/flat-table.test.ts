import { flatTable, isFlatTable, LIST_SEPARATOR } from "../../src/tables/flat-table";

describe("flatTable", () => {
  it("builds a frozen copy", () => {
    const rows = [["a", 1]];
    const t = flatTable(["s", "n"], rows);
    expect(t).toEqual({ columns: ["s", "n"], rows: [["a", 1]] });
    expect(Object.isFrozen(t.rows[0])).toBe(true);
    rows[0][1] = 2;
    expect(t.rows[0][1]).toBe(1);
  });

  it("rejects ragged rows and repeated columns", () => {
    expect(() => flatTable(["a", "b"], [["x"]])).toThrow("row 0 has 1 cells but the table has 2 columns");
    expect(() => flatTable(["a", "a"], [])).toThrow('column "a" appears twice');
  });

  it("tells tables from results", () => {
    expect(isFlatTable({ columns: [], rows: [] })).toBe(true);
    expect(isFlatTable({ kind: "x", rows: [] })).toBe(false);
    expect(isFlatTable(null)).toBe(false);
    expect(LIST_SEPARATOR).toBe(";");
  });
});
