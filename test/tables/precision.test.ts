import { precisionPlan } from "../../src/tables/precision";

describe("precisionPlan", () => {
  const columns = ["n", "x", "s"];
  const types = ["integer", "real", "string"] as const;

  it("keeps whole-number columns whole and gives the rest the precision (or the writer's default)", () => {
    expect(precisionPlan(columns, types, { precision: 2 })).toEqual([undefined, 2, 2]);
    expect(precisionPlan(columns, types, {})).toEqual([undefined, undefined, undefined]);
    expect(precisionPlan(columns, types, {}, 3)).toEqual([undefined, 3, 3]);
  });

  it("lets named columns override, whole-number ones too", () => {
    expect(precisionPlan(columns, types, { precision: 2, columnPrecision: { n: 1, x: 4 } })).toEqual([1, 4, 2]);
  });

  it("rejects unknown columns and bad digits", () => {
    expect(() => precisionPlan(columns, types, { columnPrecision: { y: 1 } })).toThrow('invalid columnPrecision: no column "y" (columns: n, x, s)');
    expect(() => precisionPlan(columns, types, { columnPrecision: { x: -1 } })).toThrow('invalid columnPrecision["x"]: -1');
    expect(() => precisionPlan(columns, types, { precision: 101 })).toThrow("invalid precision: 101");
  });
});
