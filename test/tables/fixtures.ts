/** Hand-written results for the table tests, frozen all the way down to catch mutation. */
export function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Nested intervals (one null), id lists (one empty), nulls, a missing key, CSV and LaTeX specials. */
export const RESULT = deepFreeze({
  kind: "test-kind",
  params: { seed: 1 },
  warnings: [],
  rows: [
    { outlet: "tass", label: "50% of R&D_x {a}~^\\", articleIds: ["a1", "a2"], n: 3, mean: { estimate: 0.12345, lower: -0.0004, upper: 0.5 }, ok: true, note: null },
    { outlet: 'bbc, "world"', label: "line1\nline2", articleIds: [], n: 10, mean: null, ok: false, note: "x" },
    { outlet: "yahoo", articleIds: ["a3"], n: 0, mean: { estimate: -1.5, lower: -2, upper: -1 }, extra: 7 },
  ],
});

export const COLUMNS = ["outlet", "label", "articleIds", "n", "mean.estimate", "mean.lower", "mean.upper", "ok", "note", "extra"];

export const ROWS = [
  ["tass", "50% of R&D_x {a}~^\\", "a1;a2", 3, 0.12345, -0.0004, 0.5, true, null, null],
  ['bbc, "world"', "line1\nline2", "", 10, null, null, null, false, "x", null],
  ["yahoo", null, "a3", 0, -1.5, -2, -1, null, null, 7],
];
