import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { featureResult } from "../result";
import { nameInventory, type NameForm } from "./names";
import { inProfileOrder } from "../profile-order";
import { mapOption, profileSettings } from "./settings";
import { jaroWinkler, levenshtein } from "./similarity";
import { isMorphological, transliterationSkeleton, yamlScalar } from "./variants-rules";
import { variantOptions, type VariantOptions } from "./options";
import type { VariantResult, VariantRow } from "./variants-rows";
import { compareCodeUnits } from "../../util/compare";

/**
 * Spelling variants of names found without a lexicon (Sergey/Sergei,
 * Dmytro/Dmitry, Kyiv/Kiev, ...), as suggestions to paste into one.
 *
 * 1. Names: capitalised words (see `nameInventory`: split letters rejoined,
 *    acronyms out, diacritics folded) used at least once where capitals are
 *    not just sentence-initial (or tagged PROPN by wink), and written in lower
 *    case less often than capitalised (so "Today", "Meeting" drop out).
 * 2. A pair qualifies when the folded forms have Jaro–Winkler similarity ≥
 *    minSimilarity (Winkler 1990), are not an English inflection or derivation
 *    of one another (terminology-variants-rules: Russia/Russian,
 *    Ukraine/Ukrainian, Minister/Ministers) nor share a wink lemma, each form
 *    has an outlet that never uses the other, and complementarity ≥
 *    minComplementarity: different outlets, different spellings.
 * 3. Evidence beyond spelling: the forms share a transliteration skeleton
 *    (Kyiv/Kiev, Luhansk/Lugansk; see `transliterationSkeleton`) or share
 *    context (cosine of the words around each form > 0: "Sergey Lavrov" and
 *    "Sergei Lavrov" share "lavrov"). Either is enough: a name used once by
 *    each outlet rarely shares words, and a garbled spelling (Mlut/Mevlut)
 *    keeps no skeleton. Pairs with neither (Reply/Republic) drop out.
 * 4. Competing partners: a pair drops out when a better-scoring pair gives one
 *    of its forms a partner that an outlet writes alongside the other form
 *    (TASS writes Donetsk and Donbass, so Donbas goes with Donbass only).
 *
 * Rows: score descending, then formA, then formB. With fewer than two outlets
 * nothing can differ between outlets: no rows and a warning. The context
 * `window` is the one the map used (asking for another throws).
 *
 * @example
 * transliterationVariants(profiles).rows.map((r) => r.yaml);
 * // bundled corpus => ["Zelensky: [Zelensky, Zelenskyy]", "Donbass: [Donbass, Donbas]", "Sergey: [Sergey, Sergei]", ...]
 */
export function transliterationVariants(profiles: readonly Profiled<"terminology">[], options: VariantOptions = {}): VariantResult {
  const checked = variantOptions(options);
  const parsed = inProfileOrder(profiles);
  const o = { ...checked, window: mapOption("transliterationVariants", profileSettings("transliterationVariants", parsed), "window", options.window) };
  const warnings: Warning[] = [];
  const outlets = new Set(parsed.map((p) => p.outlet));
  const { forms, lowercase } = nameInventory(parsed);
  const names = [...forms.values()]
    .filter((f) => [...f.folded].length >= o.minLength && f.capitalised >= o.minCount && f.nameLike > 0 && (lowercase.get(f.folded) ?? 0) < f.capitalised)
    .sort((a, b) => compareCodeUnits(a.folded, b.folded));
  const found: Found[] = [];
  if (outlets.size < 2) {
    warnings.push({ code: "one-outlet", message: `spelling variants are spellings that differ between outlets, but the corpus has ${outlets.size === 0 ? "no articles" : `only outlet "${[...outlets][0]}"`}; there are no rows.` });
  } else {
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const f = pair(names[i], names[j], o);
        if (f) found.push(f);
      }
    }
  }
  const rows = competing(found.sort((a, b) => byScore(a.row, b.row)));
  return featureResult("transliteration-variants", { ...o, candidates: names.length }, rows, warnings);
}

function pair(x: NameForm, y: NameForm, o: Required<VariantOptions>): Found | undefined {
  const similarity = jaroWinkler(x.folded, y.folded);
  if (similarity < o.minSimilarity || isMorphological(x.folded, y.folded)) return undefined;
  if ([...x.lemmas].some((l) => y.lemmas.has(l))) return undefined;
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
  const context = cosine(A.context, B.context);
  const sx = transliterationSkeleton(x.folded);
  const skeleton = sx.length >= 2 && sx === transliterationSkeleton(y.folded);
  if (!skeleton && context === 0) return undefined;
  const formA = surface(A), formB = surface(B);
  const evidence = skeleton ? 1 : context;
  const row: VariantRow = {
    formA, formB, countA: A.capitalised, countB: B.capitalised,
    outletsA: outletList(A), outletsB: outletList(B), articleIdsA: [...A.articleIds], articleIdsB: [...B.articleIds],
    similarity, editDistance: levenshtein(A.folded, B.folded), complementarity, context,
    sharedContext: shared(A.context, B.context), skeleton, score: (similarity * complementarity * (1 + evidence)) / 2,
    yaml: `${yamlScalar(formA)}: [${yamlScalar(formA)}, ${yamlScalar(formB)}]`,
    conceptYaml: `${A.folded}_${B.folded}:\n  description: Spelling of ${formA} / ${formB} (suggested by transliterationVariants; check before use).\n  labels:\n    ${yamlScalar(formA)}: [${yamlScalar(formA)}]\n    ${yamlScalar(formB)}: [${yamlScalar(formB)}]`,
  };
  return { row, a: A, b: B };
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
  const shareOutlet = (u: NameForm, v: NameForm) => [...u.outlets.keys()].some((k) => v.outlets.has(k));
  for (const f of found) {
    const beaten = kept.some((k) =>
      (k.a === f.a && shareOutlet(k.b, f.b)) || (k.b === f.a && shareOutlet(k.a, f.b)) ||
      (k.a === f.b && shareOutlet(k.b, f.a)) || (k.b === f.b && shareOutlet(k.a, f.a)));
    if (!beaten) kept.push(f);
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

function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  return [...a.keys()].filter((k) => b.has(k))
    .map((k) => ({ k, min: Math.min(a.get(k)!, b.get(k)!), sum: a.get(k)! + b.get(k)! }))
    .sort((x, y) => y.min - x.min || y.sum - x.sum || compareCodeUnits(x.k, y.k)).slice(0, 5).map((x) => x.k);
}
