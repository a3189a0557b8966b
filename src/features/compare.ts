import type { Corpus, Outlet, SkippedArticle } from "../corpus/types";
import { FramediffError, type Warning } from "../errors";
import type { Lexicon } from "../lexicon/types";
import { articleFault } from "../profile/article-fault";
import { mapOptions, type MapOptions, type ParseOptions, type QuoteOptions } from "../profile/map-article";
import { mapArticles } from "../profile/map-corpus";
import type { ArticleHead, ArticleProfile } from "../profile/types";
import { claimsByArticle } from "./coverage/sets";
import { coverageClaims } from "./coverage/claims";
import { coverageOmissions } from "./coverage/omissions";
import type { CoverageOptions, OmissionOptions } from "./coverage/options";
import { sharedWording, type SharedWordingOptions } from "./coverage/shared";
import { divergence, type DivergenceOptions } from "./divergence/divergence";
import { frameAttention } from "./emphasis/frames";
import { mentionPositions, placementByOutlet } from "./emphasis/position";
import { actorSalience } from "./emphasis/salience";
import type { SectionOptions } from "./emphasis/options";
import type { LexiconRef } from "./result";
import { sentimentArc, type ArcOptions } from "./sentiment/arc";
import type { SentimentOptions } from "./sentiment/options";
import { sentimentByArticle, sentimentByOutlet } from "./sentiment/outlets";
import { sentimentToward } from "./sentiment/toward";
import { attentionOverTime, NO_DATES } from "./time/attention";
import type { TimeOptions } from "./time/options";
import type { DistinctiveOptions, VariantOptions } from "./terminology/options";
import { distinctiveTerms } from "./terminology/distinctive";
import { pairedDistinctiveTerms } from "./terminology/paired-terms";
import type { PairedDistinctiveOptions } from "./terminology/paired-options";
import { labelDivergence, type LabelDivergenceOptions } from "./terminology/label-divergence";
import { labelChoice } from "./terminology/labels";
import type { VoiceOptions } from "./voice/options";
import { voiceByOutlet } from "./voice/outlets";
import { quoteTable } from "./voice/quotes";
import { voiceBySpeaker } from "./voice/speakers";
import { transliterationVariants } from "./terminology/variants";
import { inStableOrder } from "./article-order";
import { isolateFaults } from "./isolate-faults";
import { STATISTICS_DEFAULTS } from "./options";
import { compareCodeUnits } from "../util/compare";

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
  /** Paired (within-event) distinctive terms; unit, stop words and numbers are `distinctive`'s (the map's). */
  paired?: Omit<PairedDistinctiveOptions, "unit" | "keepStopWords" | "keepNumbers">;
  variants?: VariantOptions;
  emphasis?: SectionOptions;
  coverage?: CoverageOptions & Pick<OmissionOptions, "minShare" | "minCarriers">;
  sharedWording?: SharedWordingOptions;
  voice?: VoiceOptions;
  divergence?: Omit<DivergenceOptions, "seed" | "iterations" | "level" | "claims">;
  /** Attention over time (only when articles have dates); the period defaults to *auto*. */
  time?: TimeOptions;
}

/** Everything framediff measures of a corpus, each a tagged result. */
export interface Comparison {
  readonly corpus: { readonly path: string; readonly format: Corpus["format"]; readonly articles: number; readonly outlets: readonly Outlet[] };
  readonly lexicon: LexiconRef | null;
  /** Every measured article's id, outlet and event, in stable order (see inStableOrder). */
  readonly articles: readonly ArticleHead[];
  /** Only with a lexicon. */
  readonly labelChoice: ReturnType<typeof labelChoice> | null;
  readonly labelDivergence: ReturnType<typeof labelDivergence> | null;
  readonly distinctiveTerms: ReturnType<typeof distinctiveTerms>;
  readonly distinctiveTermsPaired: ReturnType<typeof pairedDistinctiveTerms>;
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
  /** Mentions per article by outlet and period; null when no article has a date. */
  readonly attentionOverTime: ReturnType<typeof attentionOverTime>;
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

/** What the reduce measures of a set of profiles: every feature result and its warnings. */
export type Measures = Omit<Comparison, "corpus" | "skipped" | "articles">;

/** What the reduce needs to know of the corpus besides the profiles (a `Corpus` without its articles will do). */
export interface CorpusInfo {
  readonly path: string;
  readonly format: Corpus["format"];
  readonly outlets: readonly Outlet[];
  readonly warnings: readonly Warning[];
  readonly skipped: readonly SkippedArticle[];
  /** Valid articles in the corpus (measured or not). */
  readonly articleCount: number;
}

/**
 * The map options `options` imply: the parse's, the quote extractor's
 * (checked here, once: bad options fail up front, not once per article) and
 * those options of the features that decide what a profile keeps.
 */
export function mapOptionsOf(options: CompareOptions = {}): MapOptions {
  const { quotes: oldQuotes, ...parse } = options.parse ?? {};
  const d = options.distinctive;
  return mapOptions(parse, options.quotes ?? oldQuotes, {
    terminology: { unit: d?.unit, keepStopWords: d?.keepStopWords, keepNumbers: d?.keepNumbers, window: options.variants?.window },
    voice: { excerptLength: options.voice?.excerptLength },
    divergence: options.divergence?.terms ? { terms: options.divergence.terms } : {},
  });
}

/**
 * Parses every article once, finds its quotes, profiles it (the map: see
 * `mapArticle`; `mapCorpus` runs it on worker threads) and runs every
 * feature over the profiles (the reduce, `measureProfiles`): label choice
 * and label divergence (with a lexicon), distinctive terms, transliteration
 * variants, sentiment (articles, outlets, toward actors/concepts, arc),
 * emphasis (frame attention, positions, placement, actor salience), voice
 * (quotes, speakers, outlets), coverage (claims, omissions, shared wording)
 * and pairwise divergence on every family. One seed drives every random
 * stream, so the same corpus, lexicon and options give the same result;
 * articles are taken in a stable order (see inStableOrder), so the order of
 * the input does not matter.
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
  const map = mapOptionsOf(options);
  // in stable order first: profileOrder leaves ties (hand-built articles sharing an id) in the order inStableOrder gives
  return compareMapped({ ...corpus, articleCount: corpus.articles.length }, mapArticles(inStableOrder(corpus.articles), lexicon, map), lexicon, options);
}

/**
 * The reduce of {@link compare} for profiles mapped already (by `mapCorpus`,
 * on worker threads, or read from a store): every feature, behind the
 * fault barrier of the reduce. `profiles` must be in `profileOrder`, as
 * `mapCorpus` gives them.
 */
export function compareMapped(corpus: CorpusInfo, mapped: { readonly profiles: readonly ArticleProfile[]; readonly skipped: readonly SkippedArticle[] }, lexicon?: Lexicon, options: CompareOptions = {}): Comparison {
  const skipped = mapped.skipped.slice();
  const { result, faults } = isolateFaults(mapped.profiles, (some) => (some.length ? measureProfiles(some, lexicon, options) : null));
  for (const f of faults) skipped.push(articleFault({ id: f.item.id, outlet: f.item.outlet, source: f.item.source ?? { file: corpus.path } }, "measured", f.error));
  if (result === null) {
    throw new FramediffError([{ code: "no-article-measured", file: corpus.path, message: `none of the ${corpus.articleCount} articles could be parsed and measured`, hint: "see the problems listed after this one, and please report them to the framediff maintainers." }, ...skipped.flatMap((s) => s.problems)]);
  }
  const faulty = new Set(faults.map((f) => f.item));
  const articles = mapped.profiles.filter((p) => !faulty.has(p)).map((p): ArticleHead => ({ id: p.id, outlet: p.outlet, ...(p.event !== undefined ? { event: p.event } : {}) }));
  const corpusWarnings: Warning[] = [...corpus.warnings, ...corpus.skipped.flatMap((s) => s.problems)];
  return {
    ...result, articles, skipped,
    warnings: [...corpusWarnings, ...result.warnings],
    corpus: { path: corpus.path, format: corpus.format, articles: corpus.articleCount, outlets: corpus.outlets },
  };
}

/** Copied-story pairs warned about one by one; more give one warning with examples. */
const COPIES_LISTED = 10;

/**
 * The reduce: every feature over the profiles (each with `lexicon`; see
 * `profileArticle`), with the warnings it gives. Pure: returns its results
 * and warnings, changes none of its arguments.
 */
export function measureProfiles(profiles: readonly ArticleProfile[], lexicon?: Lexicon, options: CompareOptions = {}): Measures {
  const warnings: Warning[] = [];
  const common = { seed: options.seed ?? STATISTICS_DEFAULTS.seed, iterations: options.iterations ?? STATISTICS_DEFAULTS.iterations, level: options.level ?? STATISTICS_DEFAULTS.level };
  if (!lexicon) warnings.push({ code: "no-lexicon", message: "no lexicon: label choice, label divergence and sentiment toward actors/concepts were skipped or are empty; the labels divergence family is undefined." });
  const sentiment = { ...options.sentiment, ...common };
  const frames = lexicon ? lexicon.frames.map((f) => f.id) : framesCarried(profiles);
  const { minShare, minCarriers, ...coverageOpts } = options.coverage ?? {};
  const claims = coverageClaims(profiles, coverageOpts);
  const positions = mentionPositions(profiles, options.emphasis);
  const shared = sharedWording(profiles, options.sharedWording);
  const time = attentionOverTime(profiles, options.time);
  if (time === null && profiles.length > 0) warnings.push(NO_DATES);
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
    labelChoice: lexicon ? labelChoice(profiles, lexicon, options.labels) : null,
    labelDivergence: lexicon ? labelDivergence(profiles, lexicon, { ...options.labels, maxOutlets: options.labels?.maxOutlets ?? options.divergence?.maxOutlets }) : null,
    distinctiveTerms: distinctiveTerms(profiles, options.distinctive),
    distinctiveTermsPaired: pairedDistinctiveTerms(profiles, { ...options.paired, stopWords: options.paired?.stopWords ?? options.distinctive?.stopWords, unit: options.distinctive?.unit, keepStopWords: options.distinctive?.keepStopWords, keepNumbers: options.distinctive?.keepNumbers }),
    transliterationVariants: transliterationVariants(profiles, options.variants, lexicon),
    sentiment: {
      articles: sentimentByArticle(profiles, sentiment),
      outlets: sentimentByOutlet(profiles, sentiment),
      toward: sentimentToward(profiles, sentiment),
      arc: sentimentArc(profiles, { ...options.arc, ...common }),
    },
    emphasis: {
      frames: frameAttention(profiles, frames, options.emphasis),
      positions,
      placement: placementByOutlet(profiles, options.emphasis, positions),
      salience: actorSalience(profiles),
    },
    voice: {
      quotes: quoteTable(profiles, options.voice),
      speakers: voiceBySpeaker(profiles, options.voice),
      outlets: voiceByOutlet(profiles, options.voice),
    },
    coverage: {
      claims,
      omissions: coverageOmissions(claims, { ...coverageOpts, ...(minShare !== undefined ? { minShare } : {}), ...(minCarriers !== undefined ? { minCarriers } : {}) }),
      sharedWording: shared,
    },
    divergence: divergence(profiles, lexicon, { ...options.divergence, ...common, includeHeadline: options.sentiment?.includeHeadline ?? true, claims: claimsByArticle(claims), voice: options.voice }),
    attentionOverTime: time,
    warnings,
  };
}

/** Without a lexicon, the frames are those some article carries, sorted. */
function framesCarried(profiles: readonly ArticleProfile[]): string[] {
  const seen = new Set<string>();
  for (const p of profiles) for (const f of p.emphasis.frames) seen.add(f);
  return [...seen].sort(compareCodeUnits);
}
