import { isMorphological } from "../features/terminology/variants-rules";
import type { NameForm, NameInventory } from "../features/terminology/names";
import type { VariantRow } from "../features/terminology/variants-rows";
import { fold } from "../lexicon/fold";
import { vocabularyOf } from "../profile/terminology";
import type { Profiled } from "../profile/types";
import { compareCodeUnits } from "../util/compare";
import type { DraftActor, DraftSpellingPair, OutletCount, ResolvedDraftOptions } from "./types";

/** Day and month names: capitalised, recurring, never actors. */
const CALENDAR = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Endings `isMorphological` knows (plural, possessive, demonym), longest first, to find a form's base without comparing all pairs. */
const ENDINGS = ["ians", "ian", "ans", "ies", "ese", "ish", "ern", "an", "es", "'s", "ns", "n", "s", "i"];

/**
 * Proposed actors: the recurring capitalised names of the corpus, with their
 * spellings and counts per outlet.
 *
 * 1. Names are the name inventory the profiles carry (`nameInventory`: one
 *    form per folded capitalised word), kept when used where capitals are not
 *    just sentence-initial (or tagged PROPN), written in lower case less often
 *    than capitalised, at least two letters long, not a day or month, and
 *    counted as a term somewhere (so stop words such as We, They, The, which
 *    term counting drops, are not names).
 * 2. Spellings that `transliterationVariants` pairs (Sergey/Sergei,
 *    Dmytro/Dmitry) are one actor: the pairs are joined transitively, and
 *    each pair's evidence is kept.
 * 3. A name that is an English inflection or derivation of another name
 *    used at least `minCount` times (Russian of Russia, Ministers of
 *    Minister: `isMorphological`) is left out and listed under that name as
 *    derived, unless the variants paired it.
 * 4. An actor needs `minCount` capitalised uses over all its spellings. The
 *    `maxActors` most used are kept (ties: name in code-unit order).
 *
 * Words that fold alike (Mevlüt/Mevlut) are one form, since the lexicon
 * matches them alike: one spelling is listed, the others are `alsoWritten`.
 *
 * @example
 * draftActors(profiles, nameInventory(profiles), transliterationVariants(profiles).rows, DRAFT_DEFAULTS).actors[0];
 * // bundled corpus => { name: "Lavrov", variants: ["Lavrov"], count: 58, ... }
 */
export function draftActors(profiles: readonly Profiled<"terminology">[], inventory: NameInventory, variantRows: readonly VariantRow[], o: ResolvedDraftOptions): { actors: DraftActor[]; leftOut: number } {
  const { forms, lowercase } = inventory;
  const terms = unigramVocabulary(profiles);
  const names = new Map<string, NameForm>();
  for (const f of [...forms.values()].sort((a, b) => compareCodeUnits(a.folded, b.folded))) {
    const isTerm = terms.has(f.folded) || [...f.lemmas].some((l) => terms.has(l));
    if (f.nameLike > 0 && (lowercase.get(f.folded) ?? 0) < f.capitalised && [...f.folded].length >= 2 && !CALENDAR.has(f.folded) && isTerm) names.set(f.folded, f);
  }
  // spellings paired by the variants logic: union–find over folded forms
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const pairs: { a: string; b: string; pair: DraftSpellingPair }[] = [];
  for (const row of variantRows) {
    const a = fold(row.formA), b = fold(row.formB);
    if (!names.has(a) || !names.has(b)) continue;
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(compareCodeUnits(ra, rb) < 0 ? rb : ra, compareCodeUnits(ra, rb) < 0 ? ra : rb);
    pairs.push({ a, b, pair: { formA: row.formA, formB: row.formB, similarity: row.similarity, complementarity: row.complementarity, sharedContext: row.sharedContext, outletsA: row.outletsA, outletsB: row.outletsB } });
  }
  const paired = new Set(pairs.flatMap((p) => [p.a, p.b]));
  // derived forms (Russian of Russia) step aside for their base, unless the variants paired them with something
  const derivedOf = new Map<string, NameForm[]>();
  for (const f of names.values()) {
    if (paired.has(f.folded)) continue;
    const base = baseOf(f.folded, names, o.minCount);
    if (base === undefined) continue;
    (derivedOf.get(base) ?? derivedOf.set(base, []).get(base)!).push(f);
  }
  const groups = new Map<string, NameForm[]>();
  for (const f of names.values()) {
    if (!paired.has(f.folded) && baseOf(f.folded, names, o.minCount) !== undefined) continue;
    const root = find(f.folded);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(f);
  }
  const all: DraftActor[] = [];
  for (const [root, group] of groups) {
    const count = group.reduce((n, f) => n + f.capitalised, 0);
    if (count < o.minCount) continue;
    group.sort(byUse);
    const inGroup = new Set(group.map((f) => f.folded));
    const variants = group.map(surfaceOf);
    all.push({
      name: variants[0], variants, count, outlets: outletCounts(group),
      alsoWritten: group.flatMap((f) => [...f.surfaces.keys()].filter((s) => s !== surfaceOf(f))).sort(compareCodeUnits),
      derived: group.flatMap((f) => derivedOf.get(f.folded) ?? []).sort(byUse).map((f) => ({ form: surfaceOf(f), count: f.capitalised })),
      pairs: pairs.filter((p) => inGroup.has(p.a) && find(p.a) === root).map((p) => p.pair),
    });
  }
  all.sort((a, b) => b.count - a.count || compareCodeUnits(a.name, b.name));
  return { actors: all.slice(0, o.maxActors), leftOut: Math.max(0, all.length - o.maxActors) };
}

/** The kept name, used at least `minCount` times, that a form is an inflection or derivation of, if any (the longest ending tried first). */
function baseOf(folded: string, names: ReadonlyMap<string, NameForm>, minCount: number): string | undefined {
  for (const end of ENDINGS) {
    if (!folded.endsWith(end) || folded.length - end.length < 2) continue;
    const stem = folded.slice(0, folded.length - end.length);
    for (const base of [stem, stem + "y", stem + "e", stem + "ey"]) if (base !== folded && (names.get(base)?.capitalised ?? 0) >= minCount && isMorphological(base, folded)) return base;
  }
  return undefined;
}

/** Every unigram term of the corpus (folded lemmas or surfaces, as the map counted them). */
function unigramVocabulary(profiles: readonly Profiled<"terminology">[]): Set<string> {
  const out = new Set<string>();
  for (const p of profiles) {
    const words = vocabularyOf(p.terminology), u = p.terminology.unigrams.word;
    for (let k = 0; k < u.length; k++) out.add(words[u[k]]);
  }
  return out;
}

/** More outlets, then more uses, then the spelling in code-unit order: the order `transliterationVariants` picks a canonical form by. */
function byUse(a: NameForm, b: NameForm): number {
  return b.outlets.size - a.outlets.size || b.capitalised - a.capitalised || compareCodeUnits(surfaceOf(a), surfaceOf(b));
}

/** The spelling written most often (ties: code-unit order). */
function surfaceOf(f: NameForm): string {
  let best = "", n = -1;
  for (const [s, k] of f.surfaces) if (k > n || (k === n && compareCodeUnits(s, best) < 0)) { best = s; n = k; }
  return best;
}

function outletCounts(group: readonly NameForm[]): OutletCount[] {
  const m = new Map<string, number>();
  for (const f of group) for (const [outlet, n] of f.outlets) m.set(outlet, (m.get(outlet) ?? 0) + n);
  return [...m].sort(([a], [b]) => compareCodeUnits(a, b)).map(([outlet, count]) => ({ outlet, count }));
}
