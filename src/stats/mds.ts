/** The result of {@link classicalMds}. */
export interface MdsResult {
  /** n rows of `dimensions` coordinates. */
  readonly coordinates: number[][];
  /** Every eigenvalue of B, largest first (negative ones say the distances are not Euclidean). */
  readonly eigenvalues: number[];
  /** Share of the positive eigenvalues' sum carried by each kept dimension. */
  readonly explained: number[];
}

/**
 * Classical (Torgerson–Gower) multidimensional scaling (Torgerson 1952;
 * Gower 1966): B = −½ J D⁽²⁾ J with J = I − 11ᵀ/n, eigen-decomposed by the
 * cyclic Jacobi method; coordinate k is v_k·√λ_k (0 where λ_k ≤ 0). Each
 * eigenvector's sign is fixed so that its largest-magnitude entry (the first
 * on a tie) is positive, so the map never flips between runs.
 *
 * Input: a square, symmetric matrix of finite distances ≥ 0 with a zero
 * diagonal (asymmetry up to 1e-9 is averaged away). Empty input gives no
 * coordinates; one point sits at the origin.
 *
 * @example
 * classicalMds([[0, 1, 3], [1, 0, 2], [3, 2, 0]]).coordinates.map((p) => p[0]); // ≈ [-4/3, -1/3, 5/3]
 */
export function classicalMds(d: readonly (readonly number[])[], dimensions = 2): MdsResult {
  const n = d.length;
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new Error(`invalid dimensions: ${dimensions} (use a whole number ≥ 1)`);
  d.forEach((row, i) => {
    if (row.length !== n) throw new Error(`classicalMds needs a square matrix: row ${i} has ${row.length} entries, not ${n}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v) || v < 0) throw new Error(`classicalMds needs finite distances ≥ 0: entry [${i}][${j}] is ${v}`);
      if (Math.abs(v - d[j][i]) > 1e-9) throw new Error(`classicalMds needs a symmetric matrix: [${i}][${j}] = ${v} but [${j}][${i}] = ${d[j][i]}`);
    });
    if (row[i] !== 0) throw new Error(`classicalMds needs a zero diagonal: entry [${i}][${i}] is ${row[i]}`);
  });
  if (n === 0) return { coordinates: [], eigenvalues: [], explained: Array(dimensions).fill(0) };
  // double centring of the squared distances
  const sq = d.map((row, i) => row.map((v, j) => ((v + d[j][i]) / 2) ** 2));
  const rowMean = sq.map((r) => r.reduce((a, b) => a + b, 0) / n);
  const grand = rowMean.reduce((a, b) => a + b, 0) / n;
  const b = sq.map((r, i) => r.map((v, j) => -0.5 * (v - rowMean[i] - rowMean[j] + grand)));
  const { values, vectors } = jacobiEigen(b);
  const order = values.map((_, k) => k).sort((x, y) => values[y] - values[x] || x - y);
  const eigenvalues = order.map((k) => values[k]);
  const tiny = 1e-12 * Math.max(1, Math.abs(eigenvalues[0]));
  const positive = eigenvalues.filter((v) => v > tiny).reduce((a, v) => a + v, 0);
  const coordinates = Array.from({ length: n }, () => Array<number>(dimensions).fill(0));
  const explained: number[] = [];
  for (let k = 0; k < dimensions; k++) {
    const idx = order[k];
    const lambda = k < n ? eigenvalues[k] : 0;
    explained.push(k < n && lambda > tiny ? lambda / positive : 0);
    if (k >= n || !(lambda > tiny)) continue;
    const v = vectors.map((row) => row[idx]);
    let big = 0;
    v.forEach((x, i) => { if (Math.abs(x) > Math.abs(v[big]) + 1e-12) big = i; });
    const sign = v[big] < 0 ? -1 : 1;
    const s = Math.sqrt(lambda);
    v.forEach((x, i) => { coordinates[i][k] = sign * x * s; });
  }
  return { coordinates, eigenvalues, explained };
}

/**
 * Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic
 * Jacobi rotations (Golub & Van Loan 2013, §8.5), until the off-diagonal
 * mass is below 1e-22 of the total or 100 sweeps have run.
 */
export function jacobiEigen(m: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = m.length;
  const a = m.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)));
  const total = a.reduce((s, r) => s + r.reduce((t, x) => t + x * x, 0), 0);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off <= 1e-22 * Math.max(total, 1e-300)) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}
