import type { Warning } from "../../errors";
import { unpackText } from "../../profile/coverage-pack";
import type { Profiled } from "../../profile/types";
import { byEvent, byOutlet } from "../groups";
import type { ResolvedCoverageOptions } from "./options";
import { bm25Vectors, type SparseVector } from "./vectors";
import { inProfileOrder } from "../profile-order";

/** One sentence taking part in claim alignment. */
export interface SentenceUnit {
  readonly outlet: string;
  readonly articleId: string;
  /** Sentence index in the article. */
  readonly sentence: number;
  readonly text: string;
  readonly headline: boolean;
  readonly features: readonly string[];
  /** Unit-length BM25 vector (BM25 statistics are those of the unit's event). */
  readonly vector: SparseVector;
}

/** The sentences of one event that take part in alignment, articles ordered by id. */
export interface EventUnits {
  readonly event: string;
  /** Outlets with an article in the event, sorted. */
  readonly outlets: readonly string[];
  /** The event's articles, by id, with their outlets. */
  readonly articles: readonly { readonly id: string; readonly outlet: string }[];
  readonly units: readonly SentenceUnit[];
}

/**
 * Splits the corpus into events and each article into the sentences that
 * take part in alignment: at least `minContentWords` content words, and not
 * a headline sentence unless `includeHeadline`. Articles are taken in id
 * order, so the result does not depend on input order. Warns about articles
 * left with no sentence, events with one outlet, and articles parsed without
 * a lexicon (their name and spelling variants are not mapped); throws when
 * articles were parsed with different lexicons.
 */
export function eventUnits(parsed: readonly Profiled<"coverage">[], o: ResolvedCoverageOptions, warnings: Warning[]): EventUnits[] {
  checkLexicons(parsed, warnings);
  const out: EventUnits[] = [];
  for (const [event, list] of byEvent(parsed)) {
    const articles = inProfileOrder(list);
    const outlets = [...byOutlet(articles).keys()];
    if (outlets.length === 1) warnings.push({ code: "one-outlet", message: `event "${event}" has one outlet ("${outlets[0]}"): every claim in it is unique to that outlet and nothing can be omitted.` });
    const drafts: Omit<SentenceUnit, "vector">[] = [];
    for (const p of articles) {
      const before = drafts.length;
      const c = p.coverage;
      const text = unpackText(c.text);
      for (let s = 0; s + 1 < c.featureStart.length; s++) {
        const headline = c.sentenceHeadline[s] === 1;
        let contentWords = 0;
        for (let k = c.featureStart[s]; k < c.featureStart[s + 1]; k++) contentWords += 1 - c.featureNumber[k];
        if (contentWords < o.minContentWords || (headline && !o.includeHeadline)) continue;
        const features: string[] = [];
        for (let k = c.featureStart[s]; k < c.featureStart[s + 1]; k++) if (o.keepNumbers || c.featureNumber[k] === 0) features.push(c.terms[c.featureTerm[k]]);
        drafts.push({ outlet: p.outlet, articleId: p.id, sentence: s, text: text.slice(c.sentenceStart[s], c.sentenceEnd[s]), headline, features });
      }
      if (drafts.length === before || drafts.slice(before).every((d) => d.headline)) {
        warnings.push({ code: "no-content-sentences", articleId: p.id, message: `article "${p.id}" has no body sentence with ${o.minContentWords} or more content words, so it carries no claim.` });
      }
    }
    const vectors = bm25Vectors(drafts.map((d) => d.features), o.k1, o.b);
    out.push({ event, outlets, articles: articles.map((p) => ({ id: p.id, outlet: p.outlet })), units: drafts.map((d, i) => ({ ...d, vector: vectors[i] })) });
  }
  return out;
}

function checkLexicons(parsed: readonly Profiled<"coverage">[], warnings: Warning[]): void {
  const hashes = new Map<string, string>();
  const without: string[] = [];
  for (const p of parsed) {
    const lex = p.coverage.lexicon;
    if (lex) { if (!hashes.has(lex.hash)) hashes.set(lex.hash, p.id); } else without.push(p.id);
  }
  if (hashes.size > 1) {
    const [[, a], [, b]] = [...hashes.entries()];
    throw new Error(`articles "${a}" and "${b}" were parsed with different lexicons, so their mentions do not map to the same features; parse the whole corpus with one lexicon`);
  }
  if (without.length > 0) {
    warnings.push({ code: "no-lexicon", message: `${without.length} article(s) (first: "${without[0]}") were parsed without a lexicon: name and spelling variants ("Kiev"/"Kyiv") are not mapped to one feature, so such sentences align less well. Parse with parseArticle(article, lexicon).` });
  }
}
