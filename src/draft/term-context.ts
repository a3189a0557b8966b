import type { NameInventory } from "../features/terminology/names";
import { eventOf } from "../features/groups";
import { vocabularyOf } from "../profile/terminology";
import type { Profiled } from "../profile/types";

/** term → event → context word → count. */
export type TermContexts = Map<string, Map<string, Map<string, number>>>;

/**
 * The context words of some terms, per event, from what the profiles hold:
 * the words written next to a term (its bigrams; for a bigram "a b", the
 * words left of a and right of b), and, for a capitalised word, the content
 * words around its uses (the name inventory's context, `window` words each
 * side). A term's own words are never its context. One pass over the
 * bigram tables; only the terms asked for are kept.
 */
export function termContexts(profiles: readonly Profiled<"terminology">[], inventory: NameInventory, terms: ReadonlySet<string>): TermContexts {
  const out: TermContexts = new Map();
  const unigrams = new Set<string>(), byFirst = new Map<string, string[]>(), byLast = new Map<string, string[]>();
  for (const t of terms) {
    const words = t.split(" ");
    if (words.length === 1) { unigrams.add(t); continue; }
    (byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!).push(t);
    (byLast.get(words[words.length - 1]) ?? byLast.set(words[words.length - 1], []).get(words[words.length - 1])!).push(t);
  }
  const add = (term: string, event: string, word: string, n: number) => {
    if (term === word || term.split(" ").includes(word)) return;
    const byEvent = out.get(term) ?? out.set(term, new Map()).get(term)!;
    const words = byEvent.get(event) ?? byEvent.set(event, new Map()).get(event)!;
    words.set(word, (words.get(word) ?? 0) + n);
  };
  for (const p of profiles) {
    const event = eventOf(p), words = vocabularyOf(p.terminology), b = p.terminology.bigrams;
    for (let k = 0; k < b.count.length; k++) {
      const left = words[b.first[k]], right = words[b.second[k]], n = b.count[k];
      if (unigrams.has(right)) add(right, event, left, n);
      if (unigrams.has(left)) add(left, event, right, n);
      for (const t of byFirst.get(right) ?? []) add(t, event, left, n); // left of "right …"
      for (const t of byLast.get(left) ?? []) add(t, event, right, n); // right of "… left"
    }
  }
  for (const t of unigrams) {
    const form = inventory.forms.get(t);
    if (form) for (const [event, words] of form.events) for (const [w, n] of words) add(t, event, w, n);
  }
  return out;
}

/** A term's context words over some events, summed. */
export function contextIn(contexts: TermContexts, term: string, events: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const byEvent = contexts.get(term);
  if (!byEvent) return out;
  for (const e of events) for (const [w, n] of byEvent.get(e) ?? []) out.set(w, (out.get(w) ?? 0) + n);
  return out;
}
