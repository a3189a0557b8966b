import type { QuotedArticle } from "../quotes/quote-article";
import { compareCodeUnits } from "../util/compare";
import type { ProfileContext } from "./context";
import { sentenceFeatureLists } from "./coverage-features";
import { packSpans, packText, packUints, type PackedText } from "./coverage-pack";
import { wordingTokens } from "./coverage-wording";

/**
 * What the coverage features need of one article. Terms (claim features and
 * wording tokens) are indices into one sorted `terms` list.
 *
 * The article's `text` is kept: coverage rows show it — a claim cell any
 * sentence that takes part in alignment, a shared-wording span any passage
 * of ≥ `minTokens` tokens another article shares, which the map cannot
 * know — and sentences and spans are slices of it.
 */
export interface CoverageProfile {
  /** The lexicon the article was parsed with (its mentions are features); null without one. */
  readonly lexicon: { readonly name: string; readonly version: string; readonly hash: string } | null;
  /** The string analysed (`ParsedArticle.text`), packed (see `packText`). */
  readonly text: PackedText;
  /** Distinct claim features and wording forms, sorted by code units. */
  readonly terms: readonly string[];
  /** Per sentence: offsets in `text`, headline flag, and where its features start in `featureTerm` (one more entry than sentences). */
  readonly sentenceStart: Uint32Array;
  readonly sentenceEnd: Uint32Array;
  readonly sentenceHeadline: Uint8Array;
  readonly featureStart: Uint32Array;
  /** Claim features of all sentences in text order (see `sentenceFeatures`), as indices into `terms`; numbers included and flagged so `keepNumbers` applies at the reduce. */
  readonly featureTerm: Uint8Array | Uint16Array | Uint32Array;
  readonly featureNumber: Uint8Array;
  /** Shared-wording tokens (see `wordingTokens`): form (index into `terms`) and character span, packed as gap after the previous token and length (see `packSpans`). */
  readonly wordingTerm: Uint8Array | Uint16Array | Uint32Array;
  readonly wordingGap: Uint8Array | Uint16Array | Uint32Array;
  readonly wordingLength: Uint8Array | Uint16Array | Uint32Array;
}

/** Options of the coverage part of the map; empty: every option applies at the reduce. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CoverageProfileOptions {}

/** The coverage part of one article's profile. */
export function profileCoverage(article: QuotedArticle, context: ProfileContext<CoverageProfileOptions>): CoverageProfile {
  void context;
  const lists = sentenceFeatureLists(article);
  const wording = wordingTokens(article);
  const distinct = new Set<string>(wording.forms);
  for (const list of lists) for (const f of list) distinct.add(f.form);
  const terms = [...distinct].sort(compareCodeUnits);
  const id = new Map(terms.map((t, i) => [t, i]));
  const featureStart = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, s) => { featureStart[s] = total; total += list.length; });
  featureStart[lists.length] = total;
  const featureTerm = new Array<number>(total), featureNumber = new Uint8Array(total);
  let k = 0;
  for (const list of lists) for (const f of list) { featureTerm[k] = id.get(f.form)!; featureNumber[k] = f.number ? 1 : 0; k++; }
  const s = article.sentences;
  const spans = packSpans(wording.start, wording.end);
  const lex = article.lexicon;
  return {
    lexicon: lex ? { name: lex.name, version: lex.version, hash: lex.hash } : null,
    text: packText(article.text), terms,
    sentenceStart: Uint32Array.from(s.start), sentenceEnd: Uint32Array.from(s.end), sentenceHeadline: Uint8Array.from(s.headline, Number),
    featureStart, featureTerm: packUints(featureTerm), featureNumber,
    wordingTerm: packUints(wording.forms.map((f) => id.get(f)!)), wordingGap: spans.gap, wordingLength: spans.length,
  };
}
