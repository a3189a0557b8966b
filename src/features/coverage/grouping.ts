import { dot, type SparseVector } from "./vectors";
import { compareCodeUnits } from "../../util/compare";

/**
 * Pairs of unit vectors whose cosine is at least `threshold`, as [i, j,
 * cosine] with i < j, in order of i then j. Dot products are accumulated over
 * an inverted index (feature → the vectors holding it), so only pairs that
 * share a feature are ever scored.
 */
export function similarPairs(vectors: readonly SparseVector[], threshold: number): [number, number, number][] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v) {
      const list = postings.get(k);
      if (list) list.push([i, w]); else postings.set(k, [[i, w]]);
    }
  });
  const acc = new Float64Array(vectors.length);
  const out: [number, number, number][] = [];
  for (let i = 0; i < vectors.length; i++) {
    const touched: number[] = [];
    for (const [k, w] of vectors[i]) {
      for (const [j, x] of postings.get(k)!) {
        if (j <= i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * x;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      if (acc[j] >= threshold) out.push([i, j, acc[j]]);
      acc[j] = 0;
    }
  }
  return out;
}

interface Group { members: number[]; toOwn: number[]; sum: Map<string, number>; self: number; version: number; alive: boolean; near: Set<number> }
interface Candidate { link: number; a: number; b: number; va: number; vb: number }

/**
 * Groups unit vectors (sentences) into claims. Two groups A and B may merge
 * only when
 *
 * 1. some a ∈ A, b ∈ B match directly: cos(a, b) ≥ `threshold` (claims grow
 *    through matches, never by topic drift alone);
 * 2. they are alike on average, not just through one bridging pair: the mean
 *    of cos(a, b) over a ∈ A, b ∈ B (average linkage, UPGMA; Sokal &
 *    Michener 1958) is ≥ `minFit`;
 * 3. every member keeps its fit — its mean cosine to the merged group's other
 *    members — ≥ `minFit`, so a large claim cannot take in a sentence through
 *    one match, nor hold one that is like none of the rest.
 *
 * Among the allowed merges, the one whose merged group is most cohesive
 * merges first (group-average agglomerative clustering, GAAC; Manning,
 * Raghavan & Schütze 2008, *Introduction to Information Retrieval*, §17.3):
 *
 *   cohesion(G) = (‖s_G‖² − n) / (n(n − 1)),  fit(x) = (x·s_G − 1) / (n − 1)
 *
 * with s_G the sum of G's n unit vectors (‖s‖² = n + Σ_{x≠y} cos(x, y), eq.
 * 17.3). Groups keep their sum and each member's x·s_G, so checking a merge
 * costs one sparse dot product per member.
 *
 * Copies count once: identical vectors (a sentence repeated word for word —
 * wire copy in several articles, a repeated standfirst) are one wording,
 * clustered once; its group then takes every copy. Otherwise k copies would
 * lift their own fits towards 1 and let groups of copies chain.
 *
 * Deterministic: ties go to the pair whose groups have the smallest first
 * members. Returns the groups as sorted member lists, ordered by first
 * member; every vector is in exactly one group (a vector like no other is a
 * group of one). Empty input gives []. Needs 0 ≤ minFit ≤ threshold.
 */
export function groupByCohesion(vectors: readonly SparseVector[], threshold: number, minFit: number): number[][] {
  const copies = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const key = wordingKey(v);
    const list = copies.get(key);
    if (list) list.push(i); else copies.set(key, [i]);
  });
  const distinct = [...copies.values()];
  if (distinct.length === vectors.length) return cluster(vectors, threshold, minFit);
  return cluster(distinct.map((c) => vectors[c[0]]), threshold, minFit)
    .map((g) => g.flatMap((d) => distinct[d]).sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0]);
}

/** A key equal for identical vectors (the same wording), whatever their entry order. */
export function wordingKey(v: SparseVector): string {
  return [...v].sort(([a], [b]) => compareCodeUnits(a, b)).map(([k, w]) => `${k}\u0001${w}`).join("\u0002");
}

function cluster(vectors: readonly SparseVector[], threshold: number, minFit: number): number[][] {
  const groups: Group[] = vectors.map((v, i) => {
    const self = dot(v, v);
    return { members: [i], toOwn: [self], sum: new Map(v), self, version: 0, alive: true, near: new Set<number>() };
  });
  const heap = new CandidateHeap();
  // The merged group's cohesion, or null when the groups' mean cross cosine or a member's fit would fall below minFit.
  const evaluate = (A: Group, B: Group): { cohesion: number; crossA: number[]; crossB: number[] } | null => {
    const n = A.members.length + B.members.length;
    const crossA = A.members.map((m) => dot(vectors[m], B.sum));
    const crossB = B.members.map((m) => dot(vectors[m], A.sum));
    for (let i = 0; i < crossA.length; i++) if ((A.toOwn[i] + crossA[i] - 1) / (n - 1) < minFit) return null;
    for (let j = 0; j < crossB.length; j++) if ((B.toOwn[j] + crossB[j] - 1) / (n - 1) < minFit) return null;
    const between = crossA.reduce((t, x) => t + x, 0);
    if (between / (A.members.length * B.members.length) < minFit) return null;
    return { cohesion: (A.self + B.self + 2 * between - n) / (n * (n - 1)), crossA, crossB };
  };
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const e = evaluate(groups[a], groups[b]);
    if (e) heap.push({ link: e.cohesion, a, b, va: groups[a].version, vb: groups[b].version });
  };
  for (const [i, j] of similarPairs(vectors, threshold)) {
    groups[i].near.add(j);
    groups[j].near.add(i);
    offer(i, j);
  }
  for (let c = heap.pop(); c; c = heap.pop()) {
    const A = groups[c.a], B = groups[c.b];
    if (!A.alive || !B.alive || A.version !== c.va || B.version !== c.vb) continue;
    const e = evaluate(A, B)!;
    // Merge B into A (a < b, so a group's id stays its first member).
    const between = e.crossA.reduce((t, x) => t + x, 0);
    A.self += B.self + 2 * between;
    const own = new Map<number, number>();
    A.members.forEach((m, i) => own.set(m, A.toOwn[i] + e.crossA[i]));
    B.members.forEach((m, j) => own.set(m, B.toOwn[j] + e.crossB[j]));
    A.members = mergeSorted(A.members, B.members);
    A.toOwn = A.members.map((m) => own.get(m)!);
    for (const [k, w] of B.sum) A.sum.set(k, (A.sum.get(k) ?? 0) + w);
    A.version++;
    B.alive = false;
    for (const g of B.near) if (g !== c.a) { A.near.add(g); groups[g].near.delete(c.b); groups[g].near.add(c.a); }
    A.near.delete(c.b);
    for (const g of [...A.near].sort((x, y) => x - y)) offer(c.a, g);
  }
  return groups.filter((g) => g.alive).map((g) => g.members);
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

// Max-heap on link, ties to the smaller (a, b).
function before(x: Candidate, y: Candidate): boolean {
  return x.link > y.link || (x.link === y.link && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}

class CandidateHeap {
  private readonly items: Candidate[] = [];
  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Candidate | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0], last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
