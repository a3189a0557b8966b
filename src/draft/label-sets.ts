import { eventOf } from "../features/groups";
import type { NameInventory } from "../features/terminology/names";
import type { PairedTermRow } from "../features/terminology/paired-terms";
import { fold } from "../lexicon/fold";
import type { Profiled } from "../profile/types";
import { compareCodeUnits } from "../util/compare";
import { contextIn, termContexts } from "./term-context";
import type { DraftLabel, DraftLabelSet, ResolvedDraftOptions } from "./types";

/** How many shared context words a set shows. */
const SHOWN_CONTEXT = 8;

/** Two terms that lean to two outlets of the same events, with the context words they share there. */
interface Candidate { a: DraftLabel; b: DraftLabel; shared: Map<string, number>; similarity: number }

/**
 * Candidate concept label sets: terms that lean to different outlets within
 * the same events and are written in similar contexts, as Kiev (TASS) and
 * Kyiv (Yahoo) are both written next to "regime" or "authorities".
 *
 * 1. Each outlet's leaning terms: its `topTerms` highest paired
 *    (within-event) z ≥ `minZ` (`pairedDistinctiveTerms`), used at least
 *    `minTermCount` times by it.
 * 2. For each two outlets X and Y with articles in one event, a term a of
 *    X's and a term b of Y's are a candidate pair when they lean opposite
 *    ways (Y's z for a and X's z for b are ≤ 0, or absent because the
 *    outlet never uses the term there), share no word ("military" and
 *    "military operation" are not rival labels), and share at least
 *    `minSharedContext` context words in the events both outlets cover
 *    (`termContexts`: neighbouring words, and for names the words around
 *    them).
 * 3. Pairs are taken most similar first (the cosine of their context-word
 *    counts in those events, then more shared words, then the smaller of the
 *    two z higher, then the terms in code-unit order): a pair of new terms
 *    starts a set; a pair with one term in a set adds the other when the set
 *    has fewer than `maxLabels` and the term pairs with every label in it
 *    (no chains of unrelated words); a pair whose terms are in sets already
 *    is skipped, so each term is in one set at most (a lexicon pattern
 *    belongs to one label). The first `maxLabelSets` sets are kept.
 *
 * Work: one pass over the bigram tables for the context, then topTerms²
 * term pairs for each pair of outlets sharing an event.
 *
 * @example
 * draftLabelSets(profiles, nameInventory(profiles), pairedDistinctiveTerms(profiles).rows, DRAFT_DEFAULTS).sets[0].labels.map((l) => l.term);
 */
export function draftLabelSets(profiles: readonly Profiled<"terminology">[], inventory: NameInventory, rows: readonly PairedTermRow[], o: ResolvedDraftOptions): { sets: DraftLabelSet[]; leftOut: number } {
  const zOf = new Map<string, Map<string, number>>(); // outlet → term → z
  const leaning = new Map<string, DraftLabel[]>(); // outlet → its top terms
  for (const r of rows) {
    (zOf.get(r.outlet) ?? zOf.set(r.outlet, new Map()).get(r.outlet)!).set(r.term, r.z);
    if (r.z >= o.minZ && r.countTarget >= o.minTermCount) (leaning.get(r.outlet) ?? leaning.set(r.outlet, []).get(r.outlet)!).push({ term: r.term, outlet: r.outlet, z: r.z, countTarget: r.countTarget, countReference: r.countReference, events: r.events });
  }
  const candidates = new Set<string>();
  for (const [outlet, l] of leaning) {
    l.sort((x, y) => y.z - x.z || compareCodeUnits(x.term, y.term)).length = Math.min(l.length, o.topTerms);
    for (const x of l) candidates.add(x.term);
    leaning.set(outlet, l);
  }
  const contexts = termContexts(profiles, inventory, candidates);
  const found: Candidate[] = [];
  for (const [x, y, events] of outletPairs(profiles)) {
    const zx = zOf.get(x), zy = zOf.get(y);
    for (const a of leaning.get(x) ?? []) {
      if ((zy?.get(a.term) ?? 0) > 0) continue;
      const ctxA = contextIn(contexts, a.term, events);
      if (ctxA.size === 0) continue;
      for (const b of leaning.get(y) ?? []) {
        if ((zx?.get(b.term) ?? 0) > 0 || shareWord(a.term, b.term)) continue;
        const ctxB = contextIn(contexts, b.term, events), shared = sharedWords(ctxA, ctxB);
        if (shared.size < o.minSharedContext) continue;
        const similarity = cosine(ctxA, ctxB);
        found.push(compareCodeUnits(a.term, b.term) <= 0 ? { a, b, shared, similarity } : { a: b, b: a, shared, similarity });
      }
    }
  }
  found.sort((p, q) => q.similarity - p.similarity || q.shared.size - p.shared.size || Math.min(q.a.z, q.b.z) - Math.min(p.a.z, p.b.z) || compareCodeUnits(p.a.term, q.a.term) || compareCodeUnits(p.b.term, q.b.term) || compareCodeUnits(p.a.outlet, q.a.outlet) || compareCodeUnits(p.b.outlet, q.b.outlet));
  const sets: { labels: DraftLabel[]; shared: Map<string, number>; similarity: number[] }[] = [];
  const setOf = new Map<string, number>(); // folded term → its set
  const pairedWith = new Set<string>(); // "a\0b" of every candidate pair, a before b
  for (const c of found) pairedWith.add(`${c.a.term}\u0000${c.b.term}`);
  const pairs = (x: string, y: string) => pairedWith.has(compareCodeUnits(x, y) <= 0 ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  for (const c of found) {
    const ka = fold(c.a.term), kb = fold(c.b.term), sa = setOf.get(ka), sb = setOf.get(kb);
    let at: number;
    if (sa === undefined && sb === undefined) {
      at = sets.push({ labels: [c.a, c.b], shared: new Map(), similarity: [] }) - 1;
      setOf.set(ka, at); setOf.set(kb, at);
    } else if (sa !== undefined && sb !== undefined) {
      continue;
    } else {
      at = (sa ?? sb)!;
      if (sets[at].labels.length >= o.maxLabels) continue;
      const joining = sa === undefined ? c.a : c.b;
      if (!sets[at].labels.every((l) => pairs(l.term, joining.term))) continue;
      sets[at].labels.push(joining);
      setOf.set(fold(joining.term), at);
    }
    for (const [w, n] of c.shared) sets[at].shared.set(w, (sets[at].shared.get(w) ?? 0) + n);
    sets[at].similarity.push(c.similarity);
  }
  const ids = new Set<string>();
  const out = sets.slice(0, o.maxLabelSets).map((s): DraftLabelSet => {
    const base = s.labels.map((l) => l.term.replace(/ /g, "_")).join("_");
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}_${k}`;
    ids.add(id);
    const words = [...s.shared].sort((p, q) => q[1] - p[1] || compareCodeUnits(p[0], q[0])).map(([w]) => w);
    return { id, labels: s.labels, sharedContext: words.slice(0, SHOWN_CONTEXT), sharedContextCount: words.length, similarity: s.similarity[0] };
  });
  return { sets: out, leftOut: sets.length - out.length };
}

/** Pairs of outlets [X, Y] (X before Y in code units) with articles in one event, and those events (sorted). */
function outletPairs(profiles: readonly Profiled<"terminology">[]): [string, string, string[]][] {
  const byEvent = new Map<string, Set<string>>();
  for (const p of profiles) { const e = eventOf(p); (byEvent.get(e) ?? byEvent.set(e, new Set()).get(e)!).add(p.outlet); }
  const pairs = new Map<string, [string, string, string[]]>();
  for (const event of [...byEvent.keys()].sort(compareCodeUnits)) {
    const outlets = [...byEvent.get(event)!].sort(compareCodeUnits);
    for (let i = 0; i < outlets.length; i++) {
      for (let j = i + 1; j < outlets.length; j++) {
        const key = `${outlets[i]}\u0000${outlets[j]}`;
        const seen = pairs.get(key);
        if (seen) seen[2].push(event); else pairs.set(key, [outlets[i], outlets[j], [event]]);
      }
    }
  }
  return [...pairs.values()].sort((p, q) => compareCodeUnits(p[0], q[0]) || compareCodeUnits(p[1], q[1]));
}

/** True when two terms have a word in common. */
function shareWord(a: string, b: string): boolean {
  const words = new Set(a.split(" "));
  return b.split(" ").some((w) => words.has(w));
}

/** Cosine similarity Σ a_k b_k / (‖a‖‖b‖) of two count vectors; 0 when either is empty. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, v] of a) { na += v * v; dot += v * (b.get(k) ?? 0); }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
}

/** Context words both have, each with the smaller of its two counts. */
function sharedWords(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, n] of a) { const m = b.get(w); if (m !== undefined) out.set(w, Math.min(n, m)); }
  return out;
}
