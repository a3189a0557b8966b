import fc from "fast-check";
import { internStrings, StringTable } from "../../src/profile/intern";

// plain data as profiles hold it: objects, arrays, strings, numbers, booleans, null, typed arrays
const plain = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" },
    fc.string({ maxLength: 80 }), fc.integer(), fc.boolean(), fc.constant(null),
    fc.array(fc.nat(300)).map((xs) => Uint16Array.from(xs)),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4, noNullPrototype: true })),
})).value;

describe("internStrings: one copy of each short string across profiles", () => {
  it("property: leaves every value equal (only which copy of a string is held changes)", () => {
    fc.assert(fc.property(plain, (v) => {
      const copy = structuredClone(v);
      expect(internStrings(copy, new StringTable())).toStrictEqual(v);
    }), { numRuns: 300 });
  });

  it("counts each distinct short string once, however many profiles hold it, and leaves long ones out", () => {
    const table = new StringTable();
    const long = "x".repeat(4097);
    const a = { terms: ["kyiv", "kiev", "talks"], nested: [{ speaker: "Sergey Lavrov" }], text: long };
    const b = structuredClone(a);
    internStrings(a, table);
    internStrings(b, table);
    expect(table.size).toBe(4);
    expect(b).toEqual(a);
  });

  it("skips frozen objects (shared option defaults) instead of throwing", () => {
    const defaults = Object.freeze({ unit: "lemma" });
    const p = { settings: defaults, terms: ["a"] };
    expect(() => internStrings(p, new StringTable())).not.toThrow();
    expect(p.settings).toBe(defaults);
  });
});
