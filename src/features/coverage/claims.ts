import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { groupByCohesion, wordingKey } from "./grouping";
import { coverageOptions, type CoverageOptions, type ResolvedCoverageOptions } from "./options";
import { eventUnits, type SentenceUnit } from "./units";
import { dot, type SparseVector } from "./vectors";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult, type LexiconRef } from "../result";
import { compareCodeUnits } from "../../util/compare";

/** One sentence that carries a claim. */
export interface ClaimCell {
  readonly outlet: string;
  readonly articleId: string;
  /** Sentence index in the article. */
  readonly sentence: number;
  readonly text: string;
  readonly headline: boolean;
  /** Mean cosine to the claim's other wordings (identical sentences count once); null when the claim has one wording. */
  readonly fit: number | null;
}

/** One claim: sentences of one event grouped by similarity. */
export interface ClaimRow {
  /** `c1`, `c2`, …, numbered over events (sorted) in order of first sentence (articles by id). */
  readonly claim: string;
  readonly event: string;
  /** The representative sentence: the non-headline sentence with the highest mean cosine to the claim's other wordings (ties: the first). */
  readonly text: string;
  readonly representative: { readonly articleId: string; readonly sentence: number };
  /** Outlets carrying the claim, sorted. */
  readonly outlets: readonly string[];
  readonly nOutlets: number;
  /** Outlets with an article in the event. */
  readonly eventOutlets: number;
  /** nOutlets / eventOutlets. */
  readonly share: number;
  /** Carried by one outlet only. */
  readonly unique: boolean;
  /** Distinct wordings among the claim's sentences (identical BM25 vectors count once). */
  readonly wordings: number;
  /** Mean pairwise cosine of the claim's wordings; null for one wording. */
  readonly cohesion: number | null;
  /** Articles whose sentences carry the claim, sorted. */
  readonly articleIds: readonly string[];
  /** Every sentence in the claim, by outlet, article id, sentence index. An outlet may carry a claim in several sentences. */
  readonly cells: readonly ClaimCell[];
}

/** An event as coverage saw it. */
export interface CoverageEvent {
  readonly event: string;
  /** Outlets with an article in the event, sorted. */
  readonly outlets: readonly string[];
  /** The event's articles in id order. */
  readonly articles: readonly { readonly id: string; readonly outlet: string }[];
}

export type CoverageClaimsParams = ResolvedCoverageOptions & {
  readonly method: string;
  readonly lexicon: LexiconRef | null;
  /** Per event (sorted): its outlets and articles, so that an outlet or article without a claim is still on record. */
  readonly events: readonly CoverageEvent[];
};

export type CoverageClaims = FeatureResult<"coverage-claims", CoverageClaimsParams, ClaimRow>;

export const CLAIM_METHOD = "BM25 sentence vectors (wink-nlp bm25-vectorizer, k=1; lemmas, lexicon actor/concept mentions as single features), cosine; agglomerative grouping within each event: merges need a direct match (cosine ≥ threshold), a mean cross cosine ≥ minFit and every sentence's mean cosine to its claim ≥ minFit; most cohesive merge first; identical sentences count once";

/**
 * Claim alignment. Within each event, every sentence with enough content
 * words becomes a BM25 vector (`bm25Vectors` over `sentenceFeatures`; BM25
 * statistics are the event's), and sentences are grouped by
 * `groupByCohesion`: claims grow only through direct matches (cosine ≥
 * `threshold`), two groups merge only when their sentences are alike on
 * average (mean cross cosine ≥ `minFit`), and every sentence keeps a mean
 * cosine of at least `minFit` to the rest of its claim. An outlet carries a
 * claim when one of its sentences is in it.
 *
 * Decisions (and why):
 * - A sentence joins at most one claim (the grouping is a partition).
 * - A claim may hold several sentences of one article: outlets repeat a claim
 *   (TASS's standfirst is repeated in its body). Forcing them apart would make
 *   the repeat a spurious claim unique to that outlet. Cells list every one.
 * - Every aligned sentence is in a claim; a sentence like no other is a
 *   one-sentence claim unique to its outlet. Groups of headline sentences
 *   only are dropped: a headline never forms a claim by itself.
 * - Sentences of different events are never aligned.
 *
 * Threshold analysis (bundled corpus, default features): 164 sentences take
 * part; of their 10,267 cross-outlet pairs, 4,100 have a positive cosine:
 * 2,513 in (0, 0.05), 928 in [0.05, 0.1), 369 in [0.1, 0.15), 142 in
 * [0.15, 0.2), 54 in [0.2, 0.25), 37 in [0.25, 0.3), 57 at ≥ 0.3. Judged by
 * hand (the same fact or statement, in other words), pairs are the same
 * claim in 48 of 57 at ≥ 0.3, 18 of 37 in [0.25, 0.3) and about a third in
 * [0.2, 0.25): at 0.25 a direct match is as likely right as wrong, hence
 * `threshold` 0.25. For `minFit`: grouped with no floor (mean pairwise
 * cosine ≥ 0.25 instead), every sentence whose mean cosine to the rest of its
 * claim was below 0.15 had been put there wrongly (3 of 3), while between
 * 0.15 and 0.2 right and wrong members mixed about evenly; hence 0.15, and
 * 0.2 for fewer, tighter claims (the failed-ceasefire claims then split
 * into groups of three outlets).
 * Bag-of-lemma vectors still split one event into several claims when
 * outlets word it differently: on the bundled corpus "no progress on a
 * ceasefire" (Kuleba; four outlets) and "no ceasefire agreement reached /
 * envisaged" (five outlets) are two claims, and a sentence carrying two
 * statements goes to one of them.
 *
 * @example
 * coverageClaims(profiles).rows.filter((r) => r.nOutlets >= 4)[0].text; // "“No progress” has been made on the ceasefire either, says …"
 */
export function coverageClaims(parsed: readonly Profiled<"coverage">[], options: CoverageOptions = {}): CoverageClaims {
  const o = coverageOptions(options);
  const warnings: Warning[] = [];
  const events = eventUnits(parsed, o, warnings);
  const rows: ClaimRow[] = [];
  for (const ev of events) {
    const groups = groupByCohesion(ev.units.map((u) => u.vector), o.threshold, o.minFit);
    for (const g of groups) {
      const members = g.map((i) => ev.units[i]);
      if (members.every((u) => u.headline)) continue;
      rows.push(claimRow(`c${rows.length + 1}`, ev.event, ev.outlets.length, members));
    }
  }
  const lex = inProfileOrder(parsed).find((p) => p.coverage.lexicon)?.coverage.lexicon;
  const params: CoverageClaimsParams = {
    ...o, method: CLAIM_METHOD, lexicon: lex ? { name: lex.name, version: lex.version, hash: lex.hash } : null,
    events: events.map((e) => ({ event: e.event, outlets: e.outlets, articles: e.articles })),
  };
  return featureResult("coverage-claims", params, rows, warnings);
}

function claimRow(claim: string, event: string, eventOutlets: number, members: SentenceUnit[]): ClaimRow {
  // Fit and cohesion are over distinct wordings, as in the grouping: copies count once.
  const wordings = new Map<string, SparseVector>();
  for (const u of members) { const k = wordingKey(u.vector); if (!wordings.has(k)) wordings.set(k, u.vector); }
  const sum = new Map<string, number>();
  for (const v of wordings.values()) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  const n = wordings.size;
  // u·Σ = 1 + Σ_{other wordings v} cos(u, v) for unit vectors.
  const toAll = members.map((u) => dot(u.vector, sum));
  let rep = -1;
  members.forEach((u, i) => { if (!u.headline && (rep < 0 || toAll[i] > toAll[rep] + 1e-12)) rep = i; });
  const cells = members.map((u, i): ClaimCell => ({
    outlet: u.outlet, articleId: u.articleId, sentence: u.sentence, text: u.text, headline: u.headline,
    fit: n > 1 ? (toAll[i] - 1) / (n - 1) : null,
  })).sort((a, b) => compareCodeUnits(a.outlet, b.outlet) || compareCodeUnits(a.articleId, b.articleId) || a.sentence - b.sentence);
  const outlets = [...new Set(cells.map((c) => c.outlet))];
  return {
    claim, event, text: members[rep].text, representative: { articleId: members[rep].articleId, sentence: members[rep].sentence },
    outlets, nOutlets: outlets.length, eventOutlets, share: outlets.length / eventOutlets, unique: outlets.length === 1,
    wordings: n, cohesion: n > 1 ? (dot(sum, sum) - n) / (n * (n - 1)) : null,
    articleIds: [...new Set(cells.map((c) => c.articleId))].sort(), cells,
  };
}
