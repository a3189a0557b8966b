import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/corpus/types";

export const BUNDLED = join(__dirname, "..", "corpus", "antalya-2022-03-10");

/** An article built by hand (no loader), for tests of later stages. */
export function article(fields: Partial<Article> & { text: string }): Article {
  return Object.freeze({
    id: "a1", outlet: "o1", language: "en", originalLanguage: "unknown", translated: "unknown" as const,
    meta: {}, source: { file: "test" }, ...fields,
  });
}

/** A bundled seed text read straight from disk. */
export function seedText(prefix: string): string {
  const names: Record<string, string> = {
    "000": "000_bc240690d0cf4bef.txt", "001": "001_02b74d511cd9fb5c.txt", "002": "002_04b0168f2edf53ea.txt",
    "003": "003_7083e41dbd905e29.txt", "004": "004_a6941b140a9282af.txt",
  };
  return readFileSync(join(BUNDLED, names[prefix]), "utf8");
}

import type { Lexicon } from "../src/lexicon/types";
import { parseArticle } from "../src/parse/parse-article";
import type { MentionKind, ParseOptions } from "../src/parse/types";
import { QUOTE_DEFAULTS, type QuoteOptions } from "../src/quotes/options";
import { quoteArticle, type QuotedArticle } from "../src/quotes/quote-article";
import { emptyQuoteColumns, type QuoteColumns } from "../src/quotes/types";

/** The parse and quotes stages of one article, as `compare` runs them. */
export function parseQuoted(a: Article, lexicon?: Lexicon, options: { parse?: ParseOptions; quotes?: QuoteOptions } = {}): QuotedArticle {
  return quoteArticle(parseArticle(a, lexicon, options.parse), options.quotes);
}

/**
 * A QuotedArticle built by hand with chosen sentence scores and mentions, so
 * feature tests can check numbers computed by hand. Sentence i is "s<i>."; a
 * mention is [kind, key, label, sentence]. Quotes are empty unless given.
 */
export function fakeParsed(f: { id: string; outlet: string; event?: string; scores: number[]; headline?: number; mentions?: [MentionKind, string, string, number][]; quotes?: QuoteColumns }): QuotedArticle {
  const text = f.scores.map((_, i) => `s${i}.`).join(" ");
  const starts = f.scores.map((_, i) => f.scores.slice(0, i).reduce((n, __, k) => n + `s${k}.`.length + 1, 0));
  const m = f.mentions ?? [];
  return {
    id: f.id, outlet: f.outlet, ...(f.event ? { event: f.event } : {}), text,
    headline: { placement: f.headline ? "in-text" : "absent", start: 0, end: f.headline ? 3 : 0, bodyStart: 0 },
    sentences: {
      text: f.scores.map((_, i) => `s${i}.`), start: starts, end: starts.map((s, i) => s + `s${i}.`.length),
      sentiment: f.scores, headline: f.scores.map((_, i) => i < (f.headline ?? 0)),
      tokenStart: f.scores.map((_, i) => 2 * i), tokenEnd: f.scores.map((_, i) => 2 * i + 2),
    },
    tokens: { value: [], normal: [], lemma: [], pos: [], type: [], stop: [], punct: [], negated: [], sentence: [], start: [], end: [] },
    mentions: {
      kind: m.map((x) => x[0]), key: m.map((x) => x[1]), label: m.map((x) => x[2]), pattern: m.map((x) => x[1]),
      surface: m.map((x) => x[1]), sentence: m.map((x) => x[3]), start: m.map((x) => starts[x[3]]), end: m.map((x) => starts[x[3]] + 2),
    },
    quotes: f.quotes ?? emptyQuoteColumns(),
    options: { lineBreaksEndSentences: true, quotes: QUOTE_DEFAULTS },
  };
}

/** Quote columns for fakeParsed from a short list: each quote top level, in sentence 0, said with "say". */
export function fakeQuotes(list: { kind: "direct" | "indirect" | "scare"; speaker: string; words: number }[]): QuoteColumns {
  const n = list.length;
  const fill = <T>(v: T): T[] => new Array<T>(n).fill(v);
  return {
    kind: list.map((q) => q.kind), start: fill(0), end: fill(1), sentenceStart: fill(0), sentenceEnd: fill(0),
    words: list.map((q) => q.words), speaker: list.map((q) => q.speaker), speakerResolved: list.map((q) => q.speaker !== "unresolved"),
    resolution: list.map((q) => (q.speaker === "unresolved" ? "none" : "explicit")), phrase: list.map((q) => q.speaker), phraseStart: fill(0), phraseEnd: fill(0),
    verb: fill("say"), stance: fill("neutral"), pattern: fill("after"), via: fill(""), unclosed: fill(false), depth: fill(0), parent: fill(-1),
  } as QuoteColumns;
}

import { profileArticle } from "../src/profile/profile-article";
import type { ProfileOptions } from "../src/profile/options";
import type { ArticleProfile } from "../src/profile/types";

/** The map of `compare`, in this thread: each article's profile (see `profileArticle`). */
export function profilesOf(quoted: readonly QuotedArticle[], lexicon?: Lexicon, options: ProfileOptions = {}): ArticleProfile[] {
  return quoted.map((q) => profileArticle(q, lexicon, options));
}

/** One article through parse, quotes and the map, as compare runs them. */
export function profiled(a: Article, lexicon?: Lexicon, options?: ProfileOptions): ArticleProfile {
  return profileArticle(parseQuoted(a, lexicon), lexicon, options);
}
