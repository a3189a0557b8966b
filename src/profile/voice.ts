import type { QuotedArticle } from "../quotes/quote-article";
import type { QuoteKind, QuotePattern, QuoteResolution, QuoteStance } from "../quotes/types";
import { excerpt } from "../truncate";
import { compareCodeUnits } from "../util/compare";
import { packText, packUints, type PackedText } from "./coverage-pack";
import type { ProfileContext } from "./context";
import { VOICE_DEFAULTS } from "./voice-rules";

// The voice reduce names quote kinds and the unresolved speaker; it reads them from here, as features do not import the quotes stage.
export { UNRESOLVED, type QuoteKind, type QuotePattern, type QuoteResolution, type QuoteStance } from "../quotes/types";

/**
 * An article's quotes as the voice features read them: one entry per quote
 * (every kind and depth, in text order), as parallel columns. The excerpts are
 * the only text kept: the quoted words, white space collapsed, cut at the part's
 * `excerptLength`.
 */
export interface VoiceQuotes {
  /** The distinct values of the text columns below, sorted by code units; those columns hold indices into it (read them with `quoteStrings`). */
  readonly strings: readonly string[];
  readonly kind: Uint8Array | Uint16Array | Uint32Array;
  readonly speaker: Uint8Array | Uint16Array | Uint32Array;
  readonly speakerResolved: Uint8Array;
  readonly resolution: Uint8Array | Uint16Array | Uint32Array;
  readonly phrase: Uint8Array | Uint16Array | Uint32Array;
  readonly verb: Uint8Array | Uint16Array | Uint32Array;
  readonly stance: Uint8Array | Uint16Array | Uint32Array;
  readonly pattern: Uint8Array | Uint16Array | Uint32Array;
  readonly via: Uint8Array | Uint16Array | Uint32Array;
  readonly words: Uint32Array;
  readonly unclosed: Uint8Array;
  readonly depth: Uint32Array;
  /** Row of the enclosing quote, -1 for a top-level quote. */
  readonly parent: Int32Array;
  /** 1 when the quote starts in a headline sentence. */
  readonly headline: Uint8Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** The excerpts, joined and packed (see `packText`); excerpt i is `excerptEnd[i - 1] … excerptEnd[i]` (from 0 for i = 0) of the unpacked string. */
  readonly excerpts: PackedText;
  readonly excerptEnd: Uint32Array;
}

/** What the voice features need of one article: its quotes and what they were extracted with. */
export interface VoiceProfile {
  /** The lexicon the article was parsed with; null without one (speakers are named by it). */
  readonly lexicon: { readonly name: string; readonly version: string; readonly hash: string } | null;
  /** `JSON.stringify` of the quote stage's resolved options (`QuotedArticle.options.quotes`), so the reduce can warn on mixed settings and report them. */
  readonly quoteOptions: string;
  /** Characters the excerpts were cut at. */
  readonly excerptLength: number;
  readonly quotes: VoiceQuotes;
}

/** Options of the voice part of the map. */
export interface VoiceProfileOptions {
  /**
   * Characters of quoted text kept per quote (the per-quote table's
   * `excerpt`); the map decides it because the profile keeps no other text.
   * Defaults to *160* (`VOICE_DEFAULTS.excerptLength`); `quoteTable` must be
   * asked for the same length.
   */
  readonly excerptLength?: number;
}

/** The voice part of one article's profile. */
export function profileVoice(article: QuotedArticle, context: ProfileContext<VoiceProfileOptions>): VoiceProfile {
  const excerptLength = context.options.excerptLength ?? VOICE_DEFAULTS.excerptLength;
  if (!Number.isInteger(excerptLength) || excerptLength < 1) throw new Error(`invalid voice.excerptLength: ${excerptLength} (use a whole number ≥ 1)`);
  const q = article.quotes;
  const lex = article.lexicon;
  const excerpts = q.start.map((s, i) => excerpt(article.text.slice(s, q.end[i]).replace(/\s+/gu, " ").trim(), excerptLength));
  const excerptEnd = new Uint32Array(excerpts.length);
  excerpts.reduce((at, e, i) => (excerptEnd[i] = at + e.length), 0);
  const strings = [...new Set([...q.kind, ...q.speaker, ...q.resolution, ...q.phrase, ...q.verb, ...q.stance, ...q.pattern, ...q.via])].sort(compareCodeUnits);
  const at = new Map(strings.map((x, i) => [x, i]));
  const index = (column: readonly string[]) => packUints(column.map((x) => at.get(x)!));
  return {
    lexicon: lex ? { name: lex.name, version: lex.version, hash: lex.hash } : null,
    quoteOptions: JSON.stringify(article.options.quotes),
    excerptLength,
    quotes: {
      strings,
      kind: index(q.kind), speaker: index(q.speaker), speakerResolved: Uint8Array.from(q.speakerResolved, Number), resolution: index(q.resolution),
      phrase: index(q.phrase), verb: index(q.verb), stance: index(q.stance), pattern: index(q.pattern), via: index(q.via),
      words: Uint32Array.from(q.words), unclosed: Uint8Array.from(q.unclosed, Number), depth: Uint32Array.from(q.depth), parent: Int32Array.from(q.parent),
      headline: Uint8Array.from(q.sentenceStart, (s) => (article.sentences.headline[s] ? 1 : 0)),
      start: Uint32Array.from(q.start), end: Uint32Array.from(q.end),
      excerpts: packText(excerpts.join("")), excerptEnd,
    },
  };
}

/** The text columns of an article's quotes, read back from `VoiceQuotes.strings`. */
export interface QuoteStrings {
  readonly kind: readonly QuoteKind[];
  readonly speaker: readonly string[];
  readonly resolution: readonly QuoteResolution[];
  readonly phrase: readonly string[];
  readonly verb: readonly string[];
  readonly stance: readonly QuoteStance[];
  readonly pattern: readonly QuotePattern[];
  readonly via: readonly string[];
}

/** The text columns of `q` as strings (the reduce reads them once per article). */
export function quoteStrings(q: VoiceQuotes): QuoteStrings {
  const read = <T extends string>(column: ArrayLike<number>) => Array.from(column, (i) => q.strings[i] as T);
  return {
    kind: read<QuoteKind>(q.kind), speaker: read(q.speaker), resolution: read<QuoteResolution>(q.resolution), phrase: read(q.phrase),
    verb: read(q.verb), stance: read<QuoteStance>(q.stance), pattern: read<QuotePattern>(q.pattern), via: read(q.via),
  };
}
