import { classicalMds, jacobiEigen } from "../../src/stats/mds";

const dist = (p: number[], q: number[]) => Math.hypot(...p.map((x, i) => x - q[i]));

describe("classicalMds (hand-computed examples)", () => {
  it("puts points of a line back on a line, centred, with the larger end positive", () => {
    // points at 0, 1, 3: centred at 4/3 they are -4/3, -1/3, 5/3; λ1 = 16/9 + 1/9 + 25/9 = 14/3
    const r = classicalMds(Object.freeze([Object.freeze([0, 1, 3]), Object.freeze([1, 0, 2]), Object.freeze([3, 2, 0])]));
    expect(r.coordinates.map((p) => p[0])).toEqual([expect.closeTo(-4 / 3, 12), expect.closeTo(-1 / 3, 12), expect.closeTo(5 / 3, 12)]);
    expect(r.coordinates.map((p) => p[1])).toEqual([0, 0, 0]);
    expect(r.eigenvalues[0]).toBeCloseTo(14 / 3, 12);
    expect(r.explained).toEqual([expect.closeTo(1, 12), 0]);
  });
  it("recovers an equilateral triangle of side 1: λ1 = λ2 = 1/2, every distance 1", () => {
    const r = classicalMds([[0, 1, 1], [1, 0, 1], [1, 1, 0]]);
    expect(r.eigenvalues[0]).toBeCloseTo(0.5, 12);
    expect(r.eigenvalues[1]).toBeCloseTo(0.5, 12);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2]]) expect(dist(r.coordinates[i], r.coordinates[j])).toBeCloseTo(1, 12);
    expect(r.explained[0] + r.explained[1]).toBeCloseTo(1, 12);
  });
  it("recovers a 3-4-5 right triangle: distances, centroid at 0 and total inertia Σd²/n = 50/3", () => {
    const d = [[0, 3, 4], [3, 0, 5], [4, 5, 0]];
    const r = classicalMds(d);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(dist(r.coordinates[i], r.coordinates[j])).toBeCloseTo(d[i][j], 10);
    expect(r.coordinates.reduce((s, p) => s + p[0], 0)).toBeCloseTo(0, 12);
    expect(r.eigenvalues[0] + r.eigenvalues[1]).toBeCloseTo(50 / 3, 10);
  });
  it("reports negative eigenvalues for distances that are not Euclidean", () => {
    // the triangle inequality fails (0-2 longer than 0-1-2)
    const r = classicalMds([[0, 1, 3], [1, 0, 1], [3, 1, 0]]);
    expect(Math.min(...r.eigenvalues)).toBeLessThan(-1e-6);
  });
  it("is deterministic and independent of a reflection of the input order", () => {
    const d = [[0, 3, 4, 2], [3, 0, 5, 2.5], [4, 5, 0, 3], [2, 2.5, 3, 0]];
    expect(classicalMds(d)).toEqual(classicalMds(d));
    const r = classicalMds(d);
    for (let k = 0; k < 2; k++) {
      const col = r.coordinates.map((p) => p[k]);
      const big = col.reduce((b, x, i) => (Math.abs(x) > Math.abs(col[b]) + 1e-12 ? i : b), 0);
      expect(col[big]).toBeGreaterThan(0);
    }
  });
  it("handles empty and one-point input, and rejects bad matrices with a clear message", () => {
    expect(classicalMds([]).coordinates).toEqual([]);
    expect(classicalMds([[0]]).coordinates).toEqual([[0, 0]]);
    expect(() => classicalMds([[0, 1], [2, 0]])).toThrow(/symmetric/);
    expect(() => classicalMds([[1, 1], [1, 0]])).toThrow(/zero diagonal/);
    expect(() => classicalMds([[0, -1], [-1, 0]])).toThrow(/≥ 0/);
    expect(() => classicalMds([[0, 1]])).toThrow(/square/);
  });
});

describe("jacobiEigen", () => {
  it("diagonalises a symmetric matrix: A v = λ v", () => {
    const a = [[4, 1, 2], [1, 3, 0], [2, 0, 5]];
    const { values, vectors } = jacobiEigen(a);
    values.forEach((l, k) => {
      const v = vectors.map((r) => r[k]);
      const av = a.map((r) => r.reduce((s, x, j) => s + x * v[j], 0));
      av.forEach((x, i) => expect(x).toBeCloseTo(l * v[i], 10));
    });
    expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(12, 10); // trace
  });
});
