import type { Article } from "../corpus/types";
import { compileLexicon, findLexiconHits, type LexiconMatcher } from "../lexicon/match";
import type { Lexicon } from "../lexicon/types";
import { placeHeadline } from "./headline";
import { withLineBreakBoundaries } from "./line-breaks";
import { nlp, readDoc } from "./nlp";
import { isBlankToken, locateTokens } from "./token-offsets";
import { coverTokens, winkSentences, winkTokens } from "./wink-columns";
import { SECTION_KIND, type MentionColumns, type ParseOptions, type ParsedArticle, type SentenceColumns, type TokenColumns } from "./types";

const matchers = new WeakMap<Lexicon, LexiconMatcher>();
function matcherFor(lexicon: Lexicon): LexiconMatcher {
  let m = matchers.get(lexicon);
  if (!m) { m = compileLexicon(lexicon); matchers.set(lexicon, m); }
  return m;
}

const DEFAULTS: Required<ParseOptions> = { lineBreaksEndSentences: true };

/**
 * Reads one article with wink-nlp exactly once and returns its frozen
 * `ParsedArticle`: sentences with sentiment, tokens, and lexicon mentions.
 * The title, when given, is part of the read and its sentences are marked as
 * headline. Without a lexicon, `mentions` is empty. Quotes are the next
 * stage: `quoteArticle(parsed)` (src/quotes/) finds them in this same read.
 *
 * @example
 * const parsed = parseArticle(corpus.articles[0], lexicon);
 * parsed.sentences.text.length; // sentences in headline + body
 */
export function parseArticle(article: Article, lexicon?: Lexicon, options: ParseOptions = {}): ParsedArticle {
  // only the known keys, so a stray key (an old `quotes`) never lands in the recorded options
  const opts: Required<ParseOptions> = { lineBreaksEndSentences: options.lineBreaksEndSentences ?? DEFAULTS.lineBreaksEndSentences };
  const { analysedText: text, headline } = placeHeadline(article.title, article.text);
  const { analysed, toOriginal } = withLineBreakBoundaries(text, opts.lineBreaksEndSentences);
  const { its, as } = nlp();
  const doc = readDoc(analysed);

  const all = doc.tokens();
  const w = winkTokens({
    value: all.out(its.value), spaces: all.out(its.precedingSpaces), normal: all.out(its.normal),
    // no its.stem: no feature reads stems, and wink computes them on demand at the cost of a second readDoc
    lemma: all.out(its.lemma as unknown as typeof its.value),
    pos: all.out(its.pos), type: all.out(its.type),
    stop: all.out(its.stopWordFlag) as unknown[], negated: all.out(its.negationFlag) as unknown[],
  });
  const { value, spaces } = w;
  const { spans, sentiment: scores } = coverTokens(
    winkSentences(doc.sentences().out(its.span, as.array) as unknown[], doc.sentences().out(its.sentiment, as.array) as unknown[]),
    value.length,
  );

  const tokens = { value: [] as string[], normal: [] as string[], lemma: [] as string[], pos: [] as string[], type: [] as string[], stop: [] as boolean[], punct: [] as boolean[], negated: [] as boolean[], sentence: [] as number[], start: [] as number[], end: [] as number[] };
  const sentences = { text: [] as string[], start: [] as number[], end: [] as number[], sentiment: [] as number[], headline: [] as boolean[], tokenStart: [] as number[], tokenEnd: [] as number[] };

  const tokStart = locateTokens(analysed, value, spaces);
  for (let s = 0; s < spans.length; s++) {
    const [from, to] = spans[s];
    const first = tokens.value.length;
    for (let i = from; i <= to; i++) {
      // line breaks, tabs and invisible marks are structure, not tokens; a token wink
      // reports but the text does not hold where it should be cannot be located
      if (isBlankToken(value[i]) || tokStart[i] === -1) continue;
      tokens.value.push(value[i]); tokens.normal.push(w.normal[i]); tokens.lemma.push(w.lemma[i]);
      tokens.pos.push(w.pos[i]); tokens.type.push(w.type[i]); tokens.stop.push(w.stop[i]);
      tokens.punct.push(w.type[i] === "punctuation"); tokens.negated.push(w.negated[i]);
      tokens.sentence.push(sentences.text.length);
      tokens.start.push(toOriginal(tokStart[i])); tokens.end.push(toOriginal(tokStart[i] + value[i].length));
    }
    if (tokens.value.length === first) continue; // a sentence of line breaks only
    const start = tokens.start[first], end = tokens.end[tokens.end.length - 1];
    sentences.text.push(text.slice(start, end));
    sentences.start.push(start); sentences.end.push(end);
    sentences.sentiment.push(scores[s]);
    sentences.headline.push(headline.placement !== "absent" && start < headline.end && end > headline.start);
    sentences.tokenStart.push(first); sentences.tokenEnd.push(tokens.value.length);
  }

  const mentions = { kind: [] as MentionColumns["kind"][number][], key: [] as string[], label: [] as string[], pattern: [] as string[], surface: [] as string[], sentence: [] as number[], start: [] as number[], end: [] as number[] };
  if (lexicon) {
    const inLink = linkSpans(tokens);
    for (const hit of findLexiconHits(text, matcherFor(lexicon))) {
      if (inLink(hit.start)) continue; // "cease-fire" inside a URL is not the outlet's wording
      mentions.kind.push(SECTION_KIND[hit.section]); mentions.key.push(hit.key); mentions.label.push(hit.label);
      mentions.pattern.push(hit.pattern); mentions.surface.push(text.slice(hit.start, hit.end));
      mentions.sentence.push(sentenceAt(sentences.start, hit.start)); mentions.start.push(hit.start); mentions.end.push(hit.end);
    }
  }

  return deepFreeze({
    id: article.id, outlet: article.outlet, ...(article.event !== undefined ? { event: article.event } : {}),
    text, headline,
    sentences: sentences as SentenceColumns, tokens: tokens as TokenColumns, mentions: mentions as MentionColumns,
    ...(lexicon ? { lexicon: { name: lexicon.name, version: lexicon.version, hash: lexicon.hash } } : {}),
    options: opts,
  });
}

/** A test for offsets that fall inside a URL or e-mail token. */
function linkSpans(tokens: { type: string[]; start: number[]; end: number[] }): (offset: number) => boolean {
  const spans: [number, number][] = [];
  tokens.type.forEach((t, i) => { if (t === "url" || t === "email") spans.push([tokens.start[i], tokens.end[i]]); });
  return (offset) => spans.some(([s, e]) => offset >= s && offset < e);
}

/** Index of the last sentence starting at or before `offset` (0 if none). */
function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}
