import { toDataFrame } from "../../src/tables/dataframe";
import { documentedColumns } from "../../src/tables/column-docs";
import { flattenRows } from "../../src/tables/flatten";
import { deepFreeze, RESULT, COLUMNS, ROWS } from "./fixtures";

describe("toDataFrame", () => {
  it("holds the flattened table: shape, columns, values, nulls", () => {
    const df = toDataFrame(RESULT);
    expect(df.shape).toEqual([3, 10]);
    expect(df.columns).toEqual(COLUMNS);
    expect(df.values).toEqual(ROWS);
    expect(df.column("mean.estimate").values).toEqual([0.12345, null, -1.5]);
    expect(df.column("articleIds").values).toEqual(["a1;a2", "", "a3"]);
  });

  it("sets dtypes from the cells, a boolean column with a null included", () => {
    expect(toDataFrame(RESULT).dtypes).toEqual(["string", "string", "string", "int32", "float32", "float32", "float32", "boolean", "string", "int32"]);
  });

  it("keeps full double precision under a float32 label and counts null as missing", () => {
    const df = toDataFrame(deepFreeze({ columns: ["x"], rows: [[0.1 + 0.2], [null], [1e-300]] }));
    expect(df.column("x").values).toEqual([0.1 + 0.2, null, 1e-300]);
    expect(df.isNa().values).toEqual([[false], [true], [false]]);
  });

  it("writes a mixed column as text, types an all-null column float32 and big whole numbers float32", () => {
    const df = toDataFrame(deepFreeze({ columns: ["m", "e", "big"], rows: [["a", null, 3e9], [2.5, null, 1], [true, null, null]] }));
    expect(df.dtypes).toEqual(["string", "float32", "float32"]);
    expect(df.column("m").values).toEqual(["a", "2.5", "true"]);
  });

  it("gives an empty frame with the documented columns for a result with no rows", () => {
    const df = toDataFrame({ kind: "label-choice", rows: [] });
    expect(df.shape).toEqual([0, documentedColumns("label-choice")!.length]);
    expect(df.columns).toEqual(documentedColumns("label-choice"));
  });

  it("takes a flat table as well as a result, and leaves the input alone", () => {
    const t = flattenRows(RESULT);
    expect(toDataFrame(t).values).toEqual(toDataFrame(RESULT).values);
    expect(t.rows).toEqual(ROWS);
  });
});
