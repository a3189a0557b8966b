import { createRng } from "../../stats/rng";
import { sequentialPValue } from "../../stats/sequential-p";
import type { DenseArticle } from "./article-profiles";

/**
 * Who carries which claim in each event: per event, its outlets (those with
 * an article in it) and, per claim carried there, the outlets carrying it.
 * Built once from every article of the corpus; order-free.
 */
export type Carriage = ReadonlyMap<string, { readonly outlets: number; readonly carriers: ReadonlyMap<number, ReadonlySet<string>> }>;

/** {@link Carriage} of the articles; O(total claims). */
export function carriageOf(articles: readonly DenseArticle[]): Carriage {
  const out = new Map<string, { outlets: Set<string>; carriers: Map<number, Set<string>> }>();
  for (const a of articles) {
    let e = out.get(a.event);
    if (!e) out.set(a.event, e = { outlets: new Set(), carriers: new Map() });
    e.outlets.add(a.outlet);
    for (const c of a.claims) {
      const s = e.carriers.get(c);
      if (s) s.add(a.outlet); else e.carriers.set(c, new Set([a.outlet]));
    }
  }
  return new Map([...out].map(([k, v]) => [k, { outlets: v.outlets.size, carriers: v.carriers }]));
}

/** A carriage test's answer, or why there is none. */
export type CarriageTest =
  | { readonly testable: true; readonly observed: number; readonly p: number; readonly draws: number }
  | { readonly testable: false; readonly reason: string };

/**
 * Claim-carriage permutation test of the coverage distance 1 − J(A, B)
 * (J the Jaccard similarity of the claim sets the two outlets carry, pooled
 * over events; Jaccard 1912).
 *
 * Why not shuffle articles: a claim belongs to one event, so swapping the
 * outlet labels of articles within an event swaps whole claim sets between
 * A and B and leaves the union and the intersection, hence J, unchanged
 * (issue 11 finding 1: p = 1 always).
 *
 * Null: the fixed–equiprobable model of co-occurrence analysis (Connor &
 * Simberloff 1979; Gotelli 2000, Ecology 81:2606–2621, model "SIM2": row
 * sums fixed, columns equiprobable), with claims as rows and the outlets of
 * an event as columns. In each event both outlets cover, a claim carried by
 * k of the event's n outlets is carried by a uniformly random k of them,
 * independently across claims; claims of events only one of them covers stay
 * as observed. So a small p says A and B share fewer claims than two outlets
 * of these events would if outlets were interchangeable carriers of each
 * claim — through different choices, or one outlet carrying fewer claims
 * (the value and the claim counts say which). Each draw samples only
 * whether A and B are among the k: P(A) = k/n, P(B | A) = (k − 1)/(n − 1),
 * P(B | not A) = k/(n − 1). The p-value is Besag & Clifford's (1991)
 * sequential one (see sequentialPValue), exact under this null.
 *
 * Not testable when no event both outlets cover has a third outlet that
 * could take a claim (with two outlets a claim carried by one stays in the
 * union and out of the intersection whoever carries it, so J cannot move).
 *
 * O(claims in the shared events) per draw.
 */
export function coverageCarriageTest(
  carriage: Carriage, A: string, B: string, a: readonly DenseArticle[], b: readonly DenseArticle[], sharedEvents: readonly string[],
  claimCount: number, options: { seed: number; permutations: number; sequentialH: number },
): CarriageTest {
  const shared = new Set(sharedEvents);
  const fixedA: number[] = [], fixedB: number[] = [];
  for (const x of a) if (!shared.has(x.event)) for (const c of x.claims) fixedA.push(c);
  for (const x of b) if (!shared.has(x.event)) for (const c of x.claims) fixedB.push(c);
  const claim: number[] = [], pA: number[] = [], pBifA: number[] = [], pBifNotA: number[] = [], inA: boolean[] = [], inB: boolean[] = [];
  let movable = false;
  for (const e of sharedEvents) {
    const ev = carriage.get(e)!;
    const n = ev.outlets;
    for (const [c, who] of [...ev.carriers].sort(([x], [y]) => x - y)) {
      const k = who.size;
      claim.push(c); inA.push(who.has(A)); inB.push(who.has(B));
      pA.push(k / n); pBifA.push((k - 1) / (n - 1)); pBifNotA.push(k / (n - 1));
      if (n >= 3 && k < n) movable = true;
    }
  }
  if (!movable) {
    return { testable: false, reason: sharedEvents.length === 0
      ? `"${A}" and "${B}" share no event, so no claim's carriers can be permuted within one`
      : `no event both outlets cover has a third outlet to take a claim, so under claim-carriage permutation 1 − Jaccard cannot change` };
  }
  const mark = new Uint8Array(claimCount); // bit 1: A carries, bit 2: B carries
  const distance = (drawA: (i: number) => boolean, drawB: (i: number, a: boolean) => boolean): number => {
    for (const c of fixedA) mark[c] |= 1;
    for (const c of fixedB) mark[c] |= 2;
    for (let i = 0; i < claim.length; i++) {
      const x = drawA(i);
      if (x) mark[claim[i]] |= 1;
      if (drawB(i, x)) mark[claim[i]] |= 2;
    }
    let sa = 0, sb = 0, both = 0;
    const count = (c: number) => {
      const m = mark[c];
      if (m === 0) return;
      if (m & 1) sa++;
      if (m & 2) sb++;
      if (m === 3) both++;
      mark[c] = 0; // counted once, and the marks are clear for the next draw
    };
    for (const c of fixedA) count(c);
    for (const c of fixedB) count(c);
    for (const c of claim) count(c);
    const union = sa + sb - both;
    return union === 0 ? 0 : 1 - both / union;
  };
  const observed = distance((i) => inA[i], (i) => inB[i]);
  const rng = createRng(options.seed);
  const bound = observed - 1e-10 * Math.max(1, observed);
  const r = sequentialPValue(() => distance((i) => rng() < pA[i], (i, x) => rng() < (x ? pBifA[i] : pBifNotA[i])) >= bound, options.permutations, options.sequentialH);
  return { testable: true, observed, p: r.p, draws: r.draws };
}
