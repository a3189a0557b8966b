import { groupByCohesion, similarPairs } from "../../../src/features/coverage/grouping";
import { dot } from "../../../src/features/coverage/vectors";

const v = (o: Record<string, number>) => new Map(Object.entries(o));

// cos(a, b) = 0.6, cos(b, c) = 0.6·0.1 + 0.8·0.3625 = 0.35, cos(a, c) = 0.1.
const z = Math.sqrt(1 - 0.1 ** 2 - 0.3625 ** 2);
const a = v({ x: 1 }), b = v({ x: 0.6, y: 0.8 }), c = v({ x: 0.1, y: 0.3625, z });

describe("similarPairs", () => {
  it("finds every pair at or above the threshold, as brute force does", () => {
    const vs = [a, b, c, v({ w: 1 }), v({ x: 0.6, y: 0.8 })];
    const brute: [number, number, number][] = [];
    for (let i = 0; i < vs.length; i++) for (let j = i + 1; j < vs.length; j++) if (dot(vs[i], vs[j]) >= 0.3) brute.push([i, j, dot(vs[i], vs[j])]);
    const got = similarPairs(vs, 0.3);
    expect(got.map(([i, j]) => [i, j])).toEqual(brute.map(([i, j]) => [i, j]));
    got.forEach(([, , s], k) => expect(s).toBeCloseTo(brute[k][2], 12));
  });
});

describe("groupByCohesion (hand computed)", () => {
  it("merges through direct matches while every member's mean cosine to the rest stays at or above minFit", () => {
    // {a, b} first (0.6). Adding c: fits a (0.6 + 0.1)/2 = 0.35, b (0.6 + 0.35)/2 = 0.475, c (0.1 + 0.35)/2 = 0.225.
    expect(groupByCohesion([a, b, c], 0.3, 0.2)).toEqual([[0, 1, 2]]);
    expect(groupByCohesion([a, b, c], 0.3, 0.23)).toEqual([[0, 1], [2]]);
    // c's direct match with b (0.35) is needed: at threshold 0.36 it has none.
    expect(groupByCohesion([a, b, c], 0.36, 0)).toEqual([[0, 1], [2]]);
    expect(groupByCohesion([a, b, c], 0.61, 0)).toEqual([[0], [1], [2]]);
  });
  it("merges the most cohesive pair first", () => {
    // b–c (0.35) would pass too, but a–b (0.6) goes first and then c fits too poorly.
    expect(groupByCohesion([c, b, a], 0.3, 0.23)).toEqual([[0], [1, 2]]);
  });
  it("needs a direct match: two tight groups with only weak links stay apart", () => {
    // p, p' and q, q' identical; cos(p, q) = 0.2 < threshold, though every fit in the union would be (1 + 2·0.2)/3 = 0.47.
    const p = v({ x: 1 }), q = v({ x: 0.2, y: Math.sqrt(1 - 0.04) });
    expect(groupByCohesion([p, q, p, q], 0.3, 0)).toEqual([[0, 2], [1, 3]]);
  });
  it("needs the two groups to be alike on average, not only through one bridging pair", () => {
    // a1–a2 0.8, b1–b2 0.8, a2–b1 0.36 (the only link across). Every fit in the union would pass 0.25
    // (a1: 0.8/3 = 0.27, a2: (0.8 + 0.36)/3 = 0.39), but the mean across is 0.36/4 = 0.09.
    const a1 = v({ p: 1 }), a2 = v({ p: 0.8, q: 0.6 }), b1 = v({ r: 0.8, q: 0.6 }), b2 = v({ r: 1 });
    expect(groupByCohesion([a1, a2, b1, b2], 0.3, 0.25)).toEqual([[0, 1], [2, 3]]);
    expect(groupByCohesion([a1, a2, b1, b2], 0.3, 0.05)).toEqual([[0, 1, 2, 3]]);
  });
  it("counts copies once, so that copies cannot lift their own fits", () => {
    // Five copies of a and five of b (cos 0.6): counted one by one, a copy's fit in the union would be (4 + 5·0.6)/9 = 0.78;
    // as two wordings it is 0.6.
    const ten = [...Array(5).fill(a), ...Array(5).fill(b)];
    expect(groupByCohesion(ten, 0.3, 0.7)).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
    expect(groupByCohesion(ten, 0.3, 0.6)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  });
  it("is deterministic on ties (the pair with the smallest first members first)", () => {
    const p = v({ x: 1 });
    expect(groupByCohesion([p, p, p], 0.5, 0.5)).toEqual([[0, 1, 2]]);
    expect(groupByCohesion([a, b, a, b], 0.99, 0.99)).toEqual([[0, 2], [1, 3]]);
  });
  it("gives [] for no vectors and singletons for empty ones", () => {
    expect(groupByCohesion([], 0.3, 0.15)).toEqual([]);
    expect(groupByCohesion([new Map(), v({ x: 1 })], 0.3, 0.15)).toEqual([[0], [1]]);
  });
});
