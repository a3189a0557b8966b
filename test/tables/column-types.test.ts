import { columnTypes, isNumeric } from "../../src/tables/column-types";
import { flattenRows } from "../../src/tables/flatten";
import { RESULT } from "./fixtures";

describe("columnTypes", () => {
  it("types each column from its non-null cells", () => {
    expect(columnTypes(flattenRows(RESULT))).toEqual(["string", "string", "string", "integer", "real", "real", "real", "boolean", "string", "integer"]);
  });

  it("calls integer-and-real real, other mixes mixed, all-null and row-less empty", () => {
    const t = { columns: ["a", "b", "c", "d"], rows: [[1, 1, null, NaN], [0.5, "x", null, 2]] };
    expect(columnTypes(t)).toEqual(["real", "mixed", "empty", "real"]);
    expect(columnTypes({ columns: ["a"], rows: [] })).toEqual(["empty"]);
    expect([isNumeric("integer"), isNumeric("real"), isNumeric("mixed"), isNumeric("empty")]).toEqual([true, true, false, false]);
  });
});
