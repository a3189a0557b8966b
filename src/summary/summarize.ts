import type { Corpus } from "../corpus/types";
import type { Lexicon } from "../lexicon/types";
import type { MentionKind, ParsedArticle } from "../parse/types";

/** Mention counts by kind. */
export interface HitCounts { actor: number; concept: number; frame: number }

/**
 * Counts per lexicon entry, keyed `actor:<name>`, `concept:<id>/<label>` or
 * `frame:<id>`.
 */
export type HitsByKey = Record<string, number>;

export interface ArticleSummary {
  readonly id: string;
  readonly outlet: string;
  readonly outletLabel: string;
  readonly event?: string;
  readonly title?: string;
  readonly sentences: number;
  /** Every non-whitespace token, punctuation included. */
  readonly tokens: number;
  /** Tokens that are not punctuation. */
  readonly words: number;
  readonly hits: HitCounts;
  readonly byKey: HitsByKey;
}

export interface OutletSummary {
  readonly outlet: string;
  readonly label: string;
  readonly articles: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly words: number;
  readonly hits: HitCounts;
  readonly byKey: HitsByKey;
}

export interface EventSummary {
  readonly event: string;
  readonly articles: number;
  /** Outlet ids with at least one article on the event, sorted. */
  readonly outlets: readonly string[];
}

export interface CorpusSummary {
  readonly path: string;
  readonly format: Corpus["format"];
  readonly articleCount: number;
  readonly articles: readonly ArticleSummary[];
  /** Sorted by outlet id. */
  readonly outlets: readonly OutletSummary[];
  /** Sorted by event id; articles without `event` count as event `(none)`. */
  readonly events: readonly EventSummary[];
  /** Every lexicon key, in lexicon order, so absent entries show as 0. */
  readonly lexiconKeys: readonly string[];
  readonly lexicon?: { readonly name: string; readonly version: string; readonly file?: string; readonly hash: string };
}

/** `actor:<name>`, `concept:<id>/<label>`, `frame:<id>`: the key a mention counts under. */
export function hitKey(kind: MentionKind, key: string, label: string): string {
  return kind === "concept" ? `concept:${key}/${label}` : `${kind}:${key}`;
}

/** Every key of a lexicon in file order (actors, concept labels, frames). */
export function lexiconKeys(lexicon: Lexicon): string[] {
  return [
    ...lexicon.actors.map((a) => hitKey("actor", a.name, a.name)),
    ...lexicon.concepts.flatMap((c) => c.labels.map((l) => hitKey("concept", c.id, l.label))),
    ...lexicon.frames.map((f) => hitKey("frame", f.id, f.id)),
  ];
}

const NO_EVENT = "(none)";

/**
 * Counts what `framediff check` and the corpus notebook show: per article and
 * per outlet, sentences, tokens, words and lexicon hits; per event, its outlets.
 * `parsed[i]` must be the parse of `corpus.articles[i]`.
 */
export function summarizeCorpus(corpus: Corpus, parsed: readonly ParsedArticle[], lexicon?: Lexicon): CorpusSummary {
  if (parsed.length !== corpus.articles.length) throw new Error(`summarizeCorpus: ${parsed.length} parses for ${corpus.articles.length} articles`);
  const labels = new Map(corpus.outlets.map((o) => [o.id, o.label]));
  const articles = corpus.articles.map((a, i): ArticleSummary => {
    const p = parsed[i];
    if (p.id !== a.id) throw new Error(`summarizeCorpus: parse ${i} is of "${p.id}", not "${a.id}"`);
    const hits: HitCounts = { actor: 0, concept: 0, frame: 0 };
    const byKey: HitsByKey = {};
    p.mentions.kind.forEach((kind, m) => {
      hits[kind]++;
      const k = hitKey(kind, p.mentions.key[m], p.mentions.label[m]);
      byKey[k] = (byKey[k] ?? 0) + 1;
    });
    return {
      id: a.id, outlet: a.outlet, outletLabel: labels.get(a.outlet) ?? a.outlet,
      ...(a.event !== undefined ? { event: a.event } : {}), ...(a.title !== undefined ? { title: a.title } : {}),
      sentences: p.sentences.text.length, tokens: p.tokens.value.length,
      words: p.tokens.punct.reduce((n, punct) => n + (punct ? 0 : 1), 0), hits, byKey,
    };
  });

  const outlets = [...new Set(articles.map((a) => a.outlet))].sort().map((outlet): OutletSummary => {
    const mine = articles.filter((a) => a.outlet === outlet);
    const byKey: HitsByKey = {};
    for (const a of mine) for (const [k, n] of Object.entries(a.byKey)) byKey[k] = (byKey[k] ?? 0) + n;
    const sum = (f: (a: ArticleSummary) => number) => mine.reduce((n, a) => n + f(a), 0);
    return {
      outlet, label: labels.get(outlet) ?? outlet, articles: mine.length,
      sentences: sum((a) => a.sentences), tokens: sum((a) => a.tokens), words: sum((a) => a.words),
      hits: { actor: sum((a) => a.hits.actor), concept: sum((a) => a.hits.concept), frame: sum((a) => a.hits.frame) }, byKey,
    };
  });

  const eventIds = [...new Set(articles.map((a) => a.event ?? NO_EVENT))].sort();
  const events = eventIds.map((event): EventSummary => {
    const mine = articles.filter((a) => (a.event ?? NO_EVENT) === event);
    return { event, articles: mine.length, outlets: [...new Set(mine.map((a) => a.outlet))].sort() };
  });

  return {
    path: corpus.path, format: corpus.format, articleCount: articles.length, articles, outlets, events,
    lexiconKeys: lexicon ? lexiconKeys(lexicon) : [],
    ...(lexicon ? { lexicon: { name: lexicon.name, version: lexicon.version, file: lexicon.file, hash: lexicon.hash } } : {}),
  };
}
