import type { Article, Corpus, Outlet, SkippedArticle } from "../corpus/types";
import { FramediffError, type Warning } from "../errors";
import type { Lexicon } from "../lexicon/types";
import { parseArticle } from "../parse/parse-article";
import type { ParseOptions } from "../parse/types";
import { quoteArticle, type QuotedArticle } from "../quotes/quote-article";
import { quoteOptions, type QuoteOptions } from "../quotes/options";
import { claimsByArticle } from "./coverage/sets";
import { coverageClaims } from "./coverage/claims";
import { coverageOmissions } from "./coverage/omissions";
import type { CoverageOptions, OmissionOptions } from "./coverage/options";
import { sharedWording, type SharedWordingOptions } from "./coverage/shared";
import { divergence, type DivergenceOptions } from "./divergence/divergence";
import { frameAttention } from "./emphasis/frames";
import { mentionPositions, placementByOutlet } from "./emphasis/position";
import { actorSalience } from "./emphasis/salience";
import type { SectionOptions } from "./emphasis/sections";
import type { LexiconRef } from "./result";
import type { ArticleHead } from "../profile/types";
import { sentimentArc, type ArcOptions } from "./sentiment/arc";
import type { SentimentOptions } from "./sentiment/options";
import { sentimentByArticle, sentimentByOutlet } from "./sentiment/outlets";
import { sentimentToward } from "./sentiment/toward";
import type { DistinctiveOptions } from "./terminology/distinctive-options";
import { distinctiveTerms } from "./terminology/distinctive";
import { labelDivergence, type LabelDivergenceOptions } from "./terminology/label-divergence";
import { labelChoice } from "./terminology/labels";
import type { VariantOptions } from "./terminology/variants-options";
import type { VoiceOptions } from "./voice/options";
import { voiceByOutlet } from "./voice/outlets";
import { quoteTable } from "./voice/quotes";
import { voiceBySpeaker } from "./voice/speakers";
import { transliterationVariants } from "./terminology/variants";
import { inStableOrder } from "./article-order";
import { isolateFaults } from "./isolate-faults";

export interface CompareOptions {
  /** Seed of every random stream. Defaults to *1*. */
  seed?: number;
  /** Bootstrap replicates for every interval. Defaults to *2000*. */
  iterations?: number;
  /** Interval coverage. Defaults to *0.95*. */
  level?: number;
  /** Options of the parse (one wink read per article). */
  parse?: ParseOptions & {
    /** @deprecated Moved to `CompareOptions.quotes` (quotes are their own stage); still read when `quotes` is not given. */
    quotes?: QuoteOptions;
  };
  /** Options of the quote extractor (`quoteArticle`). Defaults to *QUOTE_DEFAULTS*. */
  quotes?: QuoteOptions;
  sentiment?: Omit<SentimentOptions, "seed" | "iterations" | "level">;
  arc?: Pick<ArcOptions, "bins">;
  labels?: LabelDivergenceOptions;
  distinctive?: DistinctiveOptions;
  variants?: VariantOptions;
  emphasis?: SectionOptions;
  coverage?: CoverageOptions & Pick<OmissionOptions, "minShare">;
  sharedWording?: SharedWordingOptions;
  voice?: VoiceOptions;
  divergence?: Omit<DivergenceOptions, "seed" | "iterations" | "level" | "claims">;
}

/** Everything framediff measures of a corpus, each a tagged result. */
export interface Comparison {
  readonly corpus: { readonly path: string; readonly format: Corpus["format"]; readonly articles: number; readonly outlets: readonly Outlet[] };
  readonly lexicon: LexiconRef | null;
  /** Every measured article, parsed and quoted. @deprecated Being removed (issue 9: the main thread holds profiles, not parses); use `articles`. */
  readonly parsed: readonly QuotedArticle[];
  /** Every measured article's id, outlet and event, in stable order (see inStableOrder). */
  readonly articles: readonly ArticleHead[];
  /** Only with a lexicon. */
  readonly labelChoice: ReturnType<typeof labelChoice> | null;
  readonly labelDivergence: ReturnType<typeof labelDivergence> | null;
  readonly distinctiveTerms: ReturnType<typeof distinctiveTerms>;
  readonly transliterationVariants: ReturnType<typeof transliterationVariants>;
  readonly sentiment: {
    readonly articles: ReturnType<typeof sentimentByArticle>;
    readonly outlets: ReturnType<typeof sentimentByOutlet>;
    readonly toward: ReturnType<typeof sentimentToward>;
    readonly arc: ReturnType<typeof sentimentArc>;
  };
  readonly emphasis: {
    readonly frames: ReturnType<typeof frameAttention>;
    readonly positions: ReturnType<typeof mentionPositions>;
    readonly placement: ReturnType<typeof placementByOutlet>;
    readonly salience: ReturnType<typeof actorSalience>;
  };
  readonly voice: {
    readonly quotes: ReturnType<typeof quoteTable>;
    readonly speakers: ReturnType<typeof voiceBySpeaker>;
    readonly outlets: ReturnType<typeof voiceByOutlet>;
  };
  readonly coverage: {
    readonly claims: ReturnType<typeof coverageClaims>;
    readonly omissions: ReturnType<typeof coverageOmissions>;
    readonly sharedWording: ReturnType<typeof sharedWording>;
  };
  readonly divergence: ReturnType<typeof divergence>;
  /**
   * Articles left out because parsing or measuring them failed (the fault
   * barrier: one bad article never stops a run), each with its id, source
   * file and line, and the error. Invalid articles the loader skipped are in
   * `Corpus.skipped`, not here.
   */
  readonly skipped: readonly SkippedArticle[];
  /** The corpus's own warnings and skipped articles, and what was skipped for want of a lexicon. */
  readonly warnings: readonly Warning[];
}

/**
 * Parses every article once, finds its quotes (`quoteArticle`), and runs
 * every feature: label choice and label divergence (with a lexicon),
 * distinctive terms, transliteration variants,
 * sentiment (articles, outlets, toward actors/concepts, arc), emphasis (frame
 * attention, positions, placement, actor salience), voice (quotes, speakers,
 * outlets), coverage (claims,
 * omissions, shared wording) and pairwise divergence on every family. One seed drives every random stream, so the same corpus,
 * lexicon and options give the same result; articles are taken in a stable
 * order (see inStableOrder), so the order of the input does not matter.
 *
 * A fault barrier guards every article: one that cannot be parsed, or that
 * makes a feature throw (found by bisection, see isolateFaults), is left out
 * of every result and listed in `skipped`; the run goes on.
 *
 * @example
 * const corpus = await loadCorpus("corpus/antalya-2022-03-10");
 * const lexicon = loadLexicon("corpus/antalya-2022-03-10/lexicon.yaml");
 * const c = compare(corpus, lexicon, { seed: 7 });
 * c.labelChoice?.rows.filter((r) => r.outlet === "tass" && r.concept === "conflict");
 */
export function compare(corpus: Corpus, lexicon?: Lexicon, options: CompareOptions = {}): Comparison {
  const parsed: QuotedArticle[] = [];
  const sourceOf = new Map<QuotedArticle, Article>();
  const { quotes: oldQuotes, ...parseOptions } = options.parse ?? {};
  const quoteOpts = quoteOptions(options.quotes ?? oldQuotes); // bad options fail once, up front, not once per article
  const skipped: SkippedArticle[] = [];
  for (const article of inStableOrder(corpus.articles)) {
    try {
      // both stages inside the barrier: a throw from either skips the article as not parsed
      const p = quoteArticle(parseArticle(article, lexicon, parseOptions), quoteOpts);
      parsed.push(p);
      sourceOf.set(p, article);
    } catch (e) {
      if (e instanceof FramediffError) throw e;
      skipped.push(articleFault(article, "parsed", e));
    }
  }
  const corpusWarnings: Warning[] = [...corpus.warnings, ...corpus.skipped.flatMap((s) => s.problems)];
  const { result, faults } = isolateFaults(parsed, (some) => (some.length ? compareParsed(some, lexicon, options, corpusWarnings.slice()) : null));
  for (const f of faults) skipped.push(articleFault(sourceOf.get(f.item)!, "measured", f.error));
  if (result === null) {
    throw new FramediffError([{ code: "no-article-measured", file: corpus.path, message: `none of the ${corpus.articles.length} articles could be parsed and measured`, hint: "see the problems listed after this one, and please report them to the framediff maintainers." }, ...skipped.flatMap((s) => s.problems)]);
  }
  return { ...result, skipped, corpus: { path: corpus.path, format: corpus.format, articles: corpus.articles.length, outlets: corpus.outlets } };
}

/** Copied-story pairs warned about one by one; more give one warning with examples. */
const COPIES_LISTED = 10;

/** A skipped article's record: where it is, and what parsing or measuring it threw. */
function articleFault(article: Article, stage: "parsed" | "measured", error: unknown): SkippedArticle {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = what.split("\n", 1)[0];
  return Object.freeze({
    id: article.id,
    problems: [{
      code: `article-not-${stage}`, file: article.source.file, ...(article.source.line !== undefined ? { line: article.source.line } : {}), articleId: article.id,
      message: `article "${article.id}" (${article.outlet}) could not be ${stage} (${line}) and is left out of every result`,
      hint: "the rest of the run is complete; please report this article to the framediff maintainers.",
    }],
  });
}

/** {@link compare} for articles parsed and quoted already (each with `lexicon`; see `quoteArticle`). */
export function compareParsed(parsed: readonly QuotedArticle[], lexicon?: Lexicon, options: CompareOptions = {}, warnings: Warning[] = []): Omit<Comparison, "corpus" | "skipped"> {
  const common = { seed: options.seed ?? 1, iterations: options.iterations ?? 2000, level: options.level ?? 0.95 };
  if (!lexicon) warnings.push({ code: "no-lexicon", message: "no lexicon: label choice, label divergence and sentiment toward actors/concepts were skipped or are empty; the labels divergence family is undefined." });
  const sentiment = { ...options.sentiment, ...common };
  const frames = lexicon ? lexicon.frames.map((f) => f.id) : [...new Set(parsed.flatMap((p) => p.mentions.key.filter((_, m) => p.mentions.kind[m] === "frame")))].sort();
  const { minShare, ...coverageOpts } = options.coverage ?? {};
  const claims = coverageClaims(parsed, coverageOpts);
  const positions = mentionPositions(parsed, options.emphasis);
  const shared = sharedWording(parsed, options.sharedWording);
  const copies = shared.rows.filter((r) => r.copy && !r.sameOutlet);
  const pairText = (r: (typeof copies)[number]) => `"${r.articleA}" (${r.outletA}) and "${r.articleB}" (${r.outletB}) share ${Math.round(100 * Math.max(r.shareA, r.shareB))}% of their wording`;
  if (copies.length <= COPIES_LISTED) {
    for (const r of copies) warnings.push({ code: "copied-story", message: `articles ${pairText(r)}: their divergence partly measures one copied story (wire copy or syndication).` });
  } else {
    // a syndicated corpus has thousands of such pairs: one warning, with examples
    warnings.push({ code: "copied-story", message: `${copies.length} article pairs from different outlets share most of their wording (${copies.slice(0, 3).map(pairText).join("; ")}; …): their divergence partly measures copied stories (wire copy or syndication).`, hint: "see tables/coverage-shared-wording.csv (copy = true) for every pair." });
  }
  return {
    lexicon: lexicon ? { name: lexicon.name, version: lexicon.version, hash: lexicon.hash } : null,
    parsed,
    articles: parsed.map((p) => ({ id: p.id, outlet: p.outlet, ...(p.event !== undefined ? { event: p.event } : {}) })),
    labelChoice: lexicon ? labelChoice(parsed, lexicon, options.labels) : null,
    labelDivergence: lexicon ? labelDivergence(parsed, lexicon, { ...options.labels, maxOutlets: options.labels?.maxOutlets ?? options.divergence?.maxOutlets }) : null,
    distinctiveTerms: distinctiveTerms(parsed, options.distinctive),
    transliterationVariants: transliterationVariants(parsed, options.variants),
    sentiment: {
      articles: sentimentByArticle(parsed, sentiment),
      outlets: sentimentByOutlet(parsed, sentiment),
      toward: sentimentToward(parsed, sentiment),
      arc: sentimentArc(parsed, { ...options.arc, ...common }),
    },
    emphasis: {
      frames: frameAttention(parsed, frames, options.emphasis),
      positions,
      placement: placementByOutlet(parsed, options.emphasis, positions),
      salience: actorSalience(parsed),
    },
    voice: {
      quotes: quoteTable(parsed, options.voice),
      speakers: voiceBySpeaker(parsed, options.voice),
      outlets: voiceByOutlet(parsed, options.voice),
    },
    coverage: {
      claims,
      omissions: coverageOmissions(claims, { ...coverageOpts, ...(minShare !== undefined ? { minShare } : {}) }),
      sharedWording: shared,
    },
    divergence: divergence(parsed, lexicon, { ...options.divergence, ...common, includeHeadline: options.sentiment?.includeHeadline ?? true, claims: claimsByArticle(claims), voice: options.voice }),
    warnings,
  };
}
