import { flattenRows } from "../../src/tables/flatten";
import { documentedColumns } from "../../src/tables/column-docs";
import { COLUMNS, deepFreeze, RESULT, ROWS } from "./fixtures";

describe("flattenRows", () => {
  it("flattens nested objects to dotted columns, joins id lists, fills missing keys with null", () => {
    const t = flattenRows(RESULT);
    expect(t.columns).toEqual(COLUMNS);
    expect(t.rows).toEqual(ROWS);
  });

  it("is deterministic and returns a frozen table", () => {
    const a = flattenRows(RESULT), b = flattenRows(RESULT);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.columns)).toBe(true);
    expect(Object.isFrozen(a.rows[0])).toBe(true);
  });

  it("places an object's columns where its key first appears, even when the first row has it null", () => {
    const t = flattenRows(deepFreeze({ rows: [{ a: 1, mean: null, z: 2 }, { a: 3, mean: { estimate: 0.5, lower: 0, upper: 1 }, z: 4 }] }));
    expect(t.columns).toEqual(["a", "mean.estimate", "mean.lower", "mean.upper", "z"]);
    expect(t.rows).toEqual([[1, null, null, null, 2], [3, 0.5, 0, 1, 4]]);
  });

  it("keeps a column for a key that is always null, and for one that is sometimes a scalar and sometimes an object", () => {
    const t = flattenRows(deepFreeze({ rows: [{ x: null, y: 5 }, { x: null, y: { v: 1, w: { deep: true } } }] }));
    expect(t.columns).toEqual(["x", "y", "y.v", "y.w.deep"]);
    expect(t.rows).toEqual([[null, 5, null, null], [null, null, 1, true]]);
  });

  it("writes a list of flat objects as field:field items, and a column with anything deeper as JSON", () => {
    const t = flattenRows(deepFreeze({ rows: [{ outlets: [{ outlet: "tass", count: 3 }, { outlet: "yahoo", count: 1 }], deep: [{ a: [1, 2] }], nums: [1, -0, 2.5], gaps: ["a", null] }] }));
    expect(t.rows[0]).toEqual(["tass:3;yahoo:1", '[{"a":[1,2]}]', "1;0;2.5", "a;"]);
  });

  it("writes a whole column of lists as JSON when any item's text holds : or ;", () => {
    const t = flattenRows(deepFreeze({ rows: [{ cells: [{ id: "a1", text: "plain" }] }, { cells: [{ id: "a2", text: "said: yes; no" }] }, { cells: [] }] }));
    expect(t.rows).toEqual([['[{"id":"a1","text":"plain"}]'], ['[{"id":"a2","text":"said: yes; no"}]'], ["[]"]]);
  });

  it("writes Dates as ISO strings and bigints as decimals, and keeps NaN and Infinity as numbers", () => {
    const t = flattenRows({ rows: [{ d: new Date(Date.UTC(2022, 2, 10)), b: BigInt("12345678901234567890"), x: NaN, y: -Infinity }] });
    expect(t.rows[0]).toEqual(["2022-03-10T00:00:00.000Z", "12345678901234567890", NaN, -Infinity]);
  });

  it("throws, naming the column and row, on a value a cell cannot hold", () => {
    expect(() => flattenRows({ rows: [{ a: 1 }, { a: new Map() }] })).toThrow('flattenRows: column "a" of row 1 holds a Map');
    expect(() => flattenRows({ rows: [{ a: 1 }, 7] })).toThrow("flattenRows: row 1 is a number, not an object");
  });

  it("throws when two paths give the same dotted name", () => {
    expect(() => flattenRows({ rows: [{ "a.b": 1, a: { b: 2 } }] })).toThrow('column "a.b" appears twice');
  });

  it("gives an empty result of a documented kind the documented header, and an unknown kind none", () => {
    expect(flattenRows({ kind: "label-choice", rows: [] })).toEqual({ columns: documentedColumns("label-choice"), rows: [] });
    expect(flattenRows({ kind: "test-kind", rows: [] })).toEqual({ columns: [], rows: [] });
  });
});
