import fc from "fast-check";
import { canonicalJson } from "../../src/util/canonical-json";

const hasIntegerKey = (v: unknown): boolean =>
  v !== null && typeof v === "object" &&
  (Array.isArray(v) ? v.some(hasIntegerKey) : Object.entries(v).some(([k, x]) => /^(0|[1-9]\d*)$/.test(k) || hasIntegerKey(x)));

/** The same value with every object's keys inserted in reverse order. */
const reversed = (v: unknown): unknown =>
  v === null || typeof v !== "object" ? v
    : Array.isArray(v) ? v.map(reversed)
      : Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));

describe("canonicalJson", () => {
  it("sorts keys at every level and follows JSON.stringify for the rest (hand-computed)", () => {
    const value = Object.freeze({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined });
    expect(canonicalJson(value)).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(canonicalJson({ x: NaN, y: -Infinity })).toBe('{"x":null,"y":null}');
    expect(canonicalJson({ d: new Date(0) })).toBe('{"d":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson({ f: () => 1, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson([undefined, () => 1])).toBe("[null,null]");
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson({ b: [1], a: {} }, 2)).toBe('{\n  "a": {},\n  "b": [\n    1\n  ]\n}');
  });

  it("keeps integer-like keys in code-unit order (an object rebuilt by the engine would put 9 first)", () => {
    expect(canonicalJson({ 9: "a", 10: "b", x: "c" })).toBe('{"10":"b","9":"a","x":"c"}');
  });

  it("property: parses back to what JSON.stringify gives and ignores key insertion order", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const text = canonicalJson(v);
      expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(v)));
      expect(canonicalJson(reversed(v))).toBe(text);
    }), { seed: 9, numRuns: 300 });
  });

  it("property: indented output is JSON.stringify's layout of the sorted value", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (v, indent) => {
      fc.pre(!hasIntegerKey(v));
      // JSON.parse keeps the insertion order of non-integer keys, so this re-lays out the sorted text.
      expect(canonicalJson(v, indent)).toBe(JSON.stringify(JSON.parse(canonicalJson(v)), null, indent));
    }), { seed: 9, numRuns: 300 });
  });
});
