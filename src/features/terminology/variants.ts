import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { featureResult } from "../result";
import { nameInventory, type NameForm } from "./names";
import { inProfileOrder } from "../profile-order";
import { mapOption, profileSettings } from "./settings";
import { jaroWinkler, levenshtein } from "./similarity";
import { isMorphological, transliterationSkeleton, yamlScalar } from "./variants-rules";
import { declaredPairs, pairKey } from "./variants-declared";
import type { Lexicon } from "../../lexicon/types";
import { variantOptions, type VariantOptions } from "./options";
import type { VariantResult, VariantRow } from "./variants-rows";
import { compareCodeUnits } from "../../util/compare";

/**
 * Spelling variants of names found without a lexicon (Sergey/Sergei,
 * Dmytro/Dmitry, Kyiv/Kiev, ...), as suggestions to paste into one, each row
 * with its evidence.
 *
 * 1. Names: capitalised words (see `nameInventory`: split letters rejoined,
 *    acronyms out, diacritics folded) used at least once where capitals are
 *    not just sentence-initial (or tagged PROPN by wink), and written in lower
 *    case less often than capitalised (so "Today", "Meeting" drop out).
 * 2. Candidates (issue 11 finding 7: string similarity alone paired Ross with
 *    Rose and Garden with Guardian on real text): two names are a candidate
 *    only when they are used in the same event (articles without an event
 *    are one event) and their spellings are close: Jaro–Winkler similarity ≥
 *    minSimilarity (Winkler 1990), not an English inflection or derivation of
 *    one another (variants-rules: Russia/Russian, Minister/Ministers) and no
 *    shared wink lemma. Or when the lexicon given declares them variants of
 *    one entry (`declaredPairs`): then neither the event nor the spelling
 *    is asked for. Pairs are found per event, from the forms each event uses
 *    (Σ over events of its forms², not all forms²).
 * 3. Outlets: each form has an outlet that never uses the other, and
 *    complementarity ≥ minComplementarity: different outlets, different
 *    spellings.
 * 4. Shared context: the two forms have at least minSharedContext context
 *    words in common (default 1), counted over the events they share (over
 *    all their uses for a declared pair used in no common event): one name
 *    spelled two ways is written next to the same words in the same story
 *    ("Sergey Lavrov" and "Sergei Lavrov" share "lavrov"). A pair without
 *    shared context is never a row, however similar its spellings.
 * 5. Competing partners: a pair drops out when a better-scoring pair gives one
 *    of its forms a partner that an outlet writes alongside the other form
 *    (TASS writes Donetsk and Donbass, so Donbas goes with Donbass only).
 *
 * Each row shows its evidence: the events the forms share, the shared context
 * words (the 5 most shared, and how many), the string similarity, and the
 * lexicon entry when declared. Rows: score descending, then formA, then
 * formB. With fewer than two outlets nothing can differ between outlets: no
 * rows and a warning. The context `window` is the one the map used (asking
 * for another throws).
 *
 * @example
 * transliterationVariants(profiles).rows.map((r) => r.yaml);
 * // bundled corpus => ["Mevlut: [Mevlut, Mlut]", "Sergey: [Sergey, Sergei]", "Dmytro: [Dmytro, Dmitry]", ...]
 */
export function transliterationVariants(profiles: readonly Profiled<"terminology">[], options: VariantOptions = {}, lexicon?: Lexicon): VariantResult {
  const checked = variantOptions(options);
  const parsed = inProfileOrder(profiles);
  const o = { ...checked, window: mapOption("transliterationVariants", profileSettings("transliterationVariants", parsed), "window", options.window) };
  const warnings: Warning[] = [];
  const outlets = new Set(parsed.map((p) => p.outlet));
  const { forms, lowercase } = nameInventory(parsed);
  const names = [...forms.values()]
    .filter((f) => [...f.folded].length >= o.minLength && f.capitalised >= o.minCount && f.nameLike > 0 && (lowercase.get(f.folded) ?? 0) < f.capitalised)
    .sort((a, b) => compareCodeUnits(a.folded, b.folded));
  const declared = lexicon ? declaredPairs(lexicon) : new Map<string, string>();
  const found: Found[] = [];
  if (outlets.size < 2) {
    warnings.push({ code: "one-outlet", message: `spelling variants are spellings that differ between outlets, but the corpus has ${outlets.size === 0 ? "no articles" : `only outlet "${[...outlets][0]}"`}; there are no rows.` });
  } else {
    for (const c of candidates(names, declared, o).values()) {
      const f = pair(c, o);
      if (f) found.push(f);
    }
  }
  const rows = competing(found.sort((a, b) => byScore(a.row, b.row)));
  const lexiconRef = lexicon ? { name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null;
  return featureResult("transliteration-variants", { ...o, candidates: names.length, declaredPairs: declared.size, lexicon: lexiconRef }, rows, warnings);
}

/** A pair to weigh: two names (x before y in code-unit order), the events both are used in (sorted), and the lexicon entry declaring them. */
interface Candidate { readonly x: NameForm; readonly y: NameForm; readonly events: string[]; readonly declared: string | null }

/**
 * Candidate pairs, keyed by `pairKey`, in a deterministic order: first those
 * used in one event, event by event (events sorted, forms sorted within),
 * then declared pairs used in no common event (lexicon order).
 */
function candidates(names: readonly NameForm[], declared: ReadonlyMap<string, string>, o: Required<VariantOptions>): Map<string, Candidate> {
  const byEvent = new Map<string, NameForm[]>(); // forms in code-unit order, as `names`
  for (const f of names) for (const e of f.events.keys()) (byEvent.get(e) ?? byEvent.set(e, []).get(e)!).push(f);
  const out = new Map<string, Candidate>();
  for (const event of [...byEvent.keys()].sort(compareCodeUnits)) {
    const inEvent = byEvent.get(event)!;
    for (let i = 0; i < inEvent.length; i++) {
      for (let j = i + 1; j < inEvent.length; j++) {
        const x = inEvent[i], y = inEvent[j], key = pairKey(x.folded, y.folded);
        const seen = out.get(key);
        if (seen) { seen.events.push(event); continue; }
        const entry = declared.get(key) ?? null;
        if (entry === null && !spellingsClose(x, y, o)) continue;
        out.set(key, { x, y, events: [event], declared: entry });
      }
    }
  }
  const byFolded = new Map(names.map((f) => [f.folded, f]));
  for (const [key, entry] of declared) {
    if (out.has(key)) continue;
    const [a, b] = key.split("\u0000"), x = byFolded.get(a), y = byFolded.get(b);
    if (x && y) out.set(key, { x, y, events: [], declared: entry });
  }
  return out;
}

/** Close spellings that are not English morphology (see the steps above). */
function spellingsClose(x: NameForm, y: NameForm, o: Required<VariantOptions>): boolean {
  if (jaroWinkler(x.folded, y.folded) < o.minSimilarity || isMorphological(x.folded, y.folded)) return false;
  for (const l of x.lemmas) if (y.lemmas.has(l)) return false;
  return true;
}

function pair(c: Candidate, o: Required<VariantOptions>): Found | undefined {
  const { x, y } = c;
  const onlyX = [...x.outlets.keys()].some((k) => !y.outlets.has(k));
  const onlyY = [...y.outlets.keys()].some((k) => !x.outlets.has(k));
  if (!onlyX || !onlyY) return undefined;
  let kept = 0, all = 0;
  for (const k of new Set([...x.outlets.keys(), ...y.outlets.keys()])) {
    const a = x.outlets.get(k) ?? 0, b = y.outlets.get(k) ?? 0;
    kept += Math.max(a, b);
    all += a + b;
  }
  const complementarity = (2 * kept) / all - 1;
  if (complementarity < o.minComplementarity) return undefined;
  const [A, B] = canonicalFirst(x, y);
  const ctxA = contextIn(A, c.events), ctxB = contextIn(B, c.events);
  const sharedWords = shared(ctxA, ctxB);
  if (sharedWords.length < o.minSharedContext) return undefined;
  const similarity = jaroWinkler(A.folded, B.folded);
  const context = cosine(ctxA, ctxB);
  const sx = transliterationSkeleton(x.folded);
  const formA = surface(A), formB = surface(B);
  const row: VariantRow = {
    formA, formB, countA: A.capitalised, countB: B.capitalised,
    outletsA: outletList(A), outletsB: outletList(B), articleIdsA: [...A.articleIds], articleIdsB: [...B.articleIds],
    similarity, editDistance: levenshtein(A.folded, B.folded), complementarity, context,
    sharedEvents: c.events.length, sharedContext: sharedWords.slice(0, SHOWN_CONTEXT), sharedContextCount: sharedWords.length, declared: c.declared,
    skeleton: sx.length >= 2 && sx === transliterationSkeleton(y.folded), score: (similarity * complementarity * (1 + context)) / 2,
    yaml: `${yamlScalar(formA)}: [${yamlScalar(formA)}, ${yamlScalar(formB)}]`,
    conceptYaml: `${A.folded}_${B.folded}:\n  description: Spelling of ${formA} / ${formB} (suggested by transliterationVariants; check before use).\n  labels:\n    ${yamlScalar(formA)}: [${yamlScalar(formA)}]\n    ${yamlScalar(formB)}: [${yamlScalar(formB)}]`,
  };
  return { row, a: A, b: B };
}

/** Shared context words a row lists (the rest are counted in `sharedContextCount`). */
const SHOWN_CONTEXT = 5;

/** A form's context words over the given events; over all its uses when none are given (a declared pair used in no common event). */
function contextIn(f: NameForm, events: readonly string[]): ReadonlyMap<string, number> {
  if (events.length === 0) return f.context;
  const out = new Map<string, number>();
  for (const e of events) for (const [w, n] of f.events.get(e)!) out.set(w, (out.get(w) ?? 0) + n);
  return out;
}

/**
 * Drops a pair when a better-scoring pair gives one of its forms another
 * partner that some outlet writes next to the pair's other form: an outlet
 * writing both Donetsk and Donbass shows they are two names, so Donbas, a
 * variant of Donbass, is not one of Donetsk (Dmitry/Ministry likewise, given
 * Dmitry/Dmytro).
 */
function competing(found: Found[]): VariantRow[] {
  const kept: Found[] = [];
  const partners = new Map<NameForm, NameForm[]>(); // form → its partners in kept pairs
  const shareOutlet = (u: NameForm, v: NameForm) => { for (const k of u.outlets.keys()) if (v.outlets.has(k)) return true; return false; };
  const beatenAt = (form: NameForm, other: NameForm) => (partners.get(form) ?? []).some((p) => shareOutlet(p, other));
  for (const f of found) {
    if (beatenAt(f.a, f.b) || beatenAt(f.b, f.a)) continue;
    kept.push(f);
    (partners.get(f.a) ?? partners.set(f.a, []).get(f.a)!).push(f.b);
    (partners.get(f.b) ?? partners.set(f.b, []).get(f.b)!).push(f.a);
  }
  return kept.map((k) => k.row);
}

interface Found { row: VariantRow; a: NameForm; b: NameForm }

const byScore = (a: VariantRow, b: VariantRow) => b.score - a.score || compareCodeUnits(a.formA, b.formA) || compareCodeUnits(a.formB, b.formB);

function canonicalFirst(x: NameForm, y: NameForm): [NameForm, NameForm] {
  const d = y.outlets.size - x.outlets.size || y.capitalised - x.capitalised || compareCodeUnits(surface(x), surface(y));
  return d <= 0 ? [x, y] : [y, x];
}

/** The spelling written most often (ties: code-unit order). */
function surface(f: NameForm): string {
  return [...f.surfaces].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0][0];
}

function outletList(f: NameForm): { outlet: string; count: number }[] {
  return [...f.outlets].sort(([a], [b]) => compareCodeUnits(a, b)).map(([outlet, count]) => ({ outlet, count }));
}

/** Cosine similarity Σ a_k b_k / (‖a‖‖b‖) of two count vectors; 0 when either is empty. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, v] of a) { na += v * v; dot += v * (b.get(k) ?? 0); }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
}

/** Context words both have, most shared first (min of the two counts, then their sum, then code units). */
function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const both: { k: string; min: number; sum: number }[] = [];
  for (const [k, n] of a) { const m = b.get(k); if (m !== undefined) both.push({ k, min: Math.min(n, m), sum: n + m }); }
  return both.sort((x, y) => y.min - x.min || y.sum - x.sum || compareCodeUnits(x.k, y.k)).map((x) => x.k);
}
