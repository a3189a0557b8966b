import type { Article, CorpusFormat, Outlet } from "../corpus/types";
import type { Lexicon } from "../lexicon/types";
import type { ParsedArticle } from "../parse/types";
import { compareCodeUnits } from "../util/compare";
import { hitKey, lexiconKeys } from "./keys";
import type { ArticleSummary, CorpusSummary, EventSummary, HitCounts, HitsByKey, OutletSummary } from "./types";

/** What a summary says about its corpus besides the counts. */
export interface SummaryContext {
  readonly path: string;
  readonly format: CorpusFormat;
  readonly lexicon?: Lexicon;
  /**
   * Keep one row per article (`CorpusSummary.articles`). Defaults to *true*.
   * `framediff check` passes false, so its memory does not grow with the
   * number of articles; the per-outlet and per-event counts are the same.
   */
  readonly keepArticles?: boolean;
}

interface Tally { articles: number; sentences: number; tokens: number; words: number; hits: HitCounts; byKey: HitsByKey }

/**
 * A running corpus summary: counts per article, outlet and event, and no text
 * or parse. Grows with the number of articles (one small row each), outlets,
 * events and lexicon keys, never with text length. Build it with
 * {@link createSummary}, feed it with {@link addArticle}, read it with
 * {@link finishSummary}.
 */
export interface SummaryAccumulator {
  readonly context: SummaryContext;
  /** Article rows without their outlet label, which is only final at the end. */
  readonly articles: Omit<ArticleSummary, "outletLabel">[];
  readonly outlets: Map<string, Tally>;
  readonly events: Map<string, { articles: number; outlets: Set<string> }>;
  /** Articles added, whether or not their rows are kept. */
  count: number;
}

const NO_EVENT = "(none)";
const zeroTally = (): Tally => ({ articles: 0, sentences: 0, tokens: 0, words: 0, hits: { actor: 0, concept: 0, frame: 0 }, byKey: {} });

/**
 * An empty summary of a corpus at `context.path`.
 *
 * @example
 * const acc = createSummary({ path: "c.jsonl", format: "jsonl" });
 * for (const a of articles) addArticle(acc, a, parseArticle(a));
 * finishSummary(acc, outlets).articleCount; // => articles.length
 */
export function createSummary(context: SummaryContext): SummaryAccumulator {
  return { context, articles: [], outlets: new Map(), events: new Map(), count: 0 };
}

/**
 * Counts one article into `acc` (which it updates in place, so a long corpus
 * needs no copies): sentences, tokens, words (tokens that are not punctuation)
 * and lexicon hits by kind and key. Keeps nothing of `parsed` but numbers, so
 * the caller can drop the parse. Throws when `parsed` is not of `article`.
 */
export function addArticle(acc: SummaryAccumulator, article: Article, parsed: ParsedArticle): void {
  if (parsed.id !== article.id) throw new Error(`addArticle: parse is of "${parsed.id}", not "${article.id}"`);
  const hits: HitCounts = { actor: 0, concept: 0, frame: 0 };
  const byKey: HitsByKey = {};
  const m = parsed.mentions;
  for (let i = 0; i < m.kind.length; i++) {
    hits[m.kind[i]]++;
    const k = hitKey(m.kind[i], m.key[i], m.label[i]);
    byKey[k] = (byKey[k] ?? 0) + 1;
  }
  let words = 0;
  for (const punct of parsed.tokens.punct) if (!punct) words++;
  const row = {
    id: article.id, outlet: article.outlet,
    ...(article.event !== undefined ? { event: article.event } : {}), ...(article.title !== undefined ? { title: article.title } : {}),
    sentences: parsed.sentences.text.length, tokens: parsed.tokens.value.length, words, hits, byKey,
  };
  acc.count++;
  if (acc.context.keepArticles !== false) acc.articles.push(row);

  let o = acc.outlets.get(article.outlet);
  if (!o) acc.outlets.set(article.outlet, o = zeroTally());
  o.articles++; o.sentences += row.sentences; o.tokens += row.tokens; o.words += words;
  o.hits.actor += hits.actor; o.hits.concept += hits.concept; o.hits.frame += hits.frame;
  for (const k of Object.keys(byKey)) o.byKey[k] = (o.byKey[k] ?? 0) + byKey[k];

  const eventId = article.event ?? NO_EVENT;
  let e = acc.events.get(eventId);
  if (!e) acc.events.set(eventId, e = { articles: 0, outlets: new Set() });
  e.articles++;
  e.outlets.add(article.outlet);
}

/**
 * The summary of every article added so far: outlets sorted by id, events by
 * id (articles without `event` count as `(none)`), labels taken from
 * `outlets` (an outlet missing there is labelled by its id). An empty
 * accumulator gives zero articles, outlets and events.
 */
export function finishSummary(acc: SummaryAccumulator, outlets: readonly Outlet[]): CorpusSummary {
  const labels = new Map(outlets.map((o) => [o.id, o.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const { context } = acc;
  const articles = acc.articles.map(({ id, outlet, ...rest }): ArticleSummary => ({ id, outlet, outletLabel: label(outlet), ...rest }));
  const outletRows = [...acc.outlets.keys()].sort(compareCodeUnits).map((outlet): OutletSummary => {
    const t = acc.outlets.get(outlet)!;
    // copies, so adding more articles later cannot change a summary already returned
    return { outlet, label: label(outlet), articles: t.articles, sentences: t.sentences, tokens: t.tokens, words: t.words, hits: { ...t.hits }, byKey: { ...t.byKey } };
  });
  const events = [...acc.events.keys()].sort(compareCodeUnits).map((event): EventSummary => {
    const e = acc.events.get(event)!;
    return { event, articles: e.articles, outlets: [...e.outlets].sort(compareCodeUnits) };
  });
  const lexicon = context.lexicon;
  return {
    path: context.path, format: context.format, articleCount: acc.count, articles, outlets: outletRows, events,
    lexiconKeys: lexicon ? lexiconKeys(lexicon) : [],
    ...(lexicon ? { lexicon: { name: lexicon.name, version: lexicon.version, file: lexicon.file, hash: lexicon.hash } } : {}),
  };
}
