import { fold } from "../../lexicon/fold";
import type { Lexicon } from "../../lexicon/types";
import { compareCodeUnits } from "../../util/compare";

/**
 * Name spellings a lexicon declares to be variants of one another, as pair
 * key (the two folded words in code-unit order, joined by U+0000) → the entry
 * that declares them (an actor's canonical name, or a concept id).
 *
 * Two patterns of one entry (an actor's name and variants; every pattern of
 * every label of a concept, since a concept's labels name one referent) with
 * the same number of words that differ in exactly one word declare that pair
 * of words: `Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov]` gives sergei/sergey,
 * a concept with labels `Kyiv: [Kyiv]` and `Kiev: [Kiev]` gives kiev/kyiv.
 * Only words written with a capital in the lexicon count (names are what the
 * variants look at, and "war"/"conflict" are labels, not spellings);
 * wildcard patterns (`invad*`) are left out. The first entry (file order)
 * declaring a pair names it.
 *
 * @example
 * declaredPairs(parseLexicon("actors:\n  Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov]\n")).get("sergei\u0000sergey");
 * // => "Sergey Lavrov"
 */
export function declaredPairs(lexicon: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of lexicon.actors) addEntry(out, a.name, [a.name, ...a.variants]);
  for (const c of lexicon.concepts) addEntry(out, c.id, c.labels.flatMap((l) => [l.label, ...l.variants]));
  return out;
}

/** The key of a pair of folded forms: the two in code-unit order, joined by U+0000. */
export function pairKey(a: string, b: string): string {
  return compareCodeUnits(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function addEntry(out: Map<string, string>, entry: string, patterns: readonly string[]): void {
  const split = [...new Set(patterns)].filter((p) => !p.includes("*")).map((p) => p.trim().split(/\s+/));
  for (let i = 0; i < split.length; i++) {
    for (let j = i + 1; j < split.length; j++) {
      const a = split[i], b = split[j];
      if (a.length !== b.length) continue;
      let at = -1, differ = 0;
      for (let k = 0; k < a.length; k++) if (fold(a[k]) !== fold(b[k])) { differ++; at = k; }
      if (differ !== 1 || !/^\p{Lu}/u.test(a[at]) || !/^\p{Lu}/u.test(b[at])) continue;
      const key = pairKey(fold(a[at]), fold(b[at]));
      if (!out.has(key)) out.set(key, entry);
    }
  }
}
