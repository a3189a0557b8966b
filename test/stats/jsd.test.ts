import { jsd, jsdFromMaps } from "../../src/stats";

const f = <T>(xs: T[]) => Object.freeze(xs);

describe("jsd (Jensen–Shannon divergence, base 2)", () => {
  // scipy.spatial.distance.jensenshannon(p, q, base=2) ** 2  (scipy 1.17.1;
  // jensenshannon returns the square ROOT of the divergence, hence ** 2)
  const reference: [number[], number[], number][] = [
    [[1, 0], [1, 1], 0.3112781244591328],
    [[3, 1, 0, 2], [1, 1, 4, 0], 0.5629072918469558],
    [[0.2, 0.3, 0.5], [0.5, 0.3, 0.2], 0.0958156020033584],
    [[10, 0, 0, 5, 1], [0, 7, 2, 5, 1], 0.6127909164016832],
    [[5, 0], [0, 5], 1.0],
  ];
  test.each(reference)("%p vs %p matches scipy", (p, q, expected) => {
    expect(jsd(f(p), f(q))).toBeCloseTo(expected, 12);
  });

  test("smoothing adds α to every cell before normalising (matches scipy on p + α)", () => {
    // jensenshannon(numpy.array([3,1,0,2]) + 0.5, numpy.array([1,1,4,0]) + 0.5, base=2) ** 2
    expect(jsd([3, 1, 0, 2], [1, 1, 4, 0], { smoothing: 0.5 })).toBeCloseTo(0.26865626693469175, 12);
    // jensenshannon(numpy.array([10,0,0,5,1]) + 1, numpy.array([0,7,2,5,1]) + 1, base=2) ** 2
    expect(jsd([10, 0, 0, 5, 1], [0, 7, 2, 5, 1], { smoothing: 1 })).toBeCloseTo(0.29909088881198453, 12);
  });

  test("hand computation: P = (1, 0), Q = (½, ½)", () => {
    // M = (¾, ¼). KL(P‖M) = log2(1/¾) = log2(4/3); KL(Q‖M) = ½log2(½/¾) + ½log2(½/¼) = ½log2(2/3) + ½.
    const expected = 0.5 * Math.log2(4 / 3) + 0.5 * (0.5 * Math.log2(2 / 3) + 0.5);
    expect(jsd([1, 0], [0.5, 0.5])).toBeCloseTo(expected, 15);
  });

  test("properties: symmetric, 0 on identical inputs, ≤ 1, = 1 for disjoint supports", () => {
    const p = f([4, 0, 3, 9, 1]);
    const q = f([0, 2, 3, 1, 7]);
    expect(jsd(p, q)).toBe(jsd(q, p));
    expect(jsd(p, p)).toBe(0);
    expect(jsd([1, 2, 3], [2, 4, 6])).toBe(0); // counts vs proportional counts
    expect(jsd(p, q)).toBeLessThanOrEqual(1);
    expect(jsd([1, 2, 0, 0], [0, 0, 3, 9])).toBeCloseTo(1, 15);
    for (let s = 0; s < 50; s++) {
      const a = Array.from({ length: 6 }, (_, i) => ((s * 7 + i * 13) % 5) + (i === s % 6 ? 1 : 0));
      const b = Array.from({ length: 6 }, (_, i) => ((s * 3 + i * 11) % 4) + (i === (s + 1) % 6 ? 1 : 0));
      const d = jsd(a, b);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1);
      expect(d).toBe(jsd(b, a));
    }
  });

  test("degenerate input throws and says which", () => {
    expect(() => jsd([1, 2], [1, 2, 3])).toThrow("jsd: the two vectors have different lengths (2 and 3); give counts over the same categories");
    expect(() => jsd([], [])).toThrow("jsd: the vectors are empty");
    expect(() => jsd([1, -1], [1, 1])).toThrow("jsd: the first vector has -1 at index 1; entries must be finite numbers ≥ 0");
    expect(() => jsd([1, 1], [1, NaN])).toThrow("jsd: the second vector has NaN at index 1");
    expect(() => jsd([0, 0], [1, 1])).toThrow("jsd: the first vector is all zeros; a distribution needs a positive total (or use smoothing > 0)");
    expect(() => jsd([1, 1], [0, 0])).toThrow(/the second vector is all zeros/);
    expect(() => jsd([1, 1], [1, 0], { smoothing: -1 })).toThrow("jsd: smoothing is -1; it must be a finite number ≥ 0");
  });

  test("an all-zero vector is allowed once smoothing makes it uniform", () => {
    // uniform (½, ½) vs (1, 0) smoothed by 1 → (2/3, 1/3); scipy: jensenshannon([1,1],[2,1],base=2)**2
    expect(jsd([0, 0], [1, 0], { smoothing: 1 })).toBeCloseTo(jsd([1, 1], [2, 1]), 15);
  });
});

describe("jsdFromMaps", () => {
  test("works over the sorted union of keys (missing keys count 0)", () => {
    const a = new Map([["war", 10], ["kiev", 5], ["operation", 1]]);
    const b = new Map([["kyiv", 7], ["war", 5], ["operation", 5], ["invasion", 2]]);
    Object.freeze(a);
    Object.freeze(b);
    // union sorted: invasion, kiev, kyiv, operation, war → [0,5,0,1,10] vs [2,0,7,5,5];
    // scipy.spatial.distance.jensenshannon([0,5,0,1,10], [2,0,7,5,5], base=2) ** 2 = 0.49579797192217195
    expect(jsdFromMaps(a, b)).toBeCloseTo(0.49579797192217195, 12);
    expect(jsdFromMaps(a, b)).toBe(jsd([0, 5, 0, 1, 10], [2, 0, 7, 5, 5]));
    expect(jsdFromMaps(a, b, 0.5)).toBe(jsd([0, 5, 0, 1, 10], [2, 0, 7, 5, 5], { smoothing: 0.5 }));
    expect(jsdFromMaps(a, b)).toBe(jsdFromMaps(b, a));
    expect(a.get("kiev")).toBe(5);
  });
  test("disjoint maps give 1; map insertion order does not matter", () => {
    expect(jsdFromMaps(new Map([["kiev", 3]]), new Map([["kyiv", 2]]))).toBe(1);
    const x = new Map([["a", 1], ["b", 2], ["c", 3]]);
    const y = new Map([["c", 3], ["a", 1], ["b", 2]]);
    const z = new Map([["b", 5], ["c", 1]]);
    expect(jsdFromMaps(x, z)).toBe(jsdFromMaps(y, z));
  });
  test("degenerate maps throw", () => {
    expect(() => jsdFromMaps(new Map(), new Map())).toThrow("jsdFromMaps: both maps are empty");
    expect(() => jsdFromMaps(new Map([["a", 0]]), new Map([["a", 1]]))).toThrow(/first vector is all zeros/);
    expect(() => jsdFromMaps(new Map([["a", -2]]), new Map([["a", 1]]))).toThrow('jsdFromMaps: the first map has count -2 for term "a"');
  });
});
