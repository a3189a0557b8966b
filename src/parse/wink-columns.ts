/**
 * wink-nlp's output, read once and made total: every column holds a defined
 * value of its declared type for every token, so no feature meets `undefined`.
 * wink leaves gaps on real text — "cannot" before punctuation ("He cannot.")
 * has no lemma (issue 8 finding 1) — and its `out()` helpers may return
 * `undefined` or `null` for any property it cannot look up.
 */

/** One wink token column set, as read from `doc.tokens()`. */
export interface WinkTokens {
  readonly value: readonly string[];
  /** White space before each token (line breaks included), for offsets. */
  readonly spaces: readonly string[];
  readonly normal: readonly string[];
  readonly lemma: readonly string[];
  readonly pos: readonly string[];
  readonly type: readonly string[];
  readonly stop: readonly boolean[];
  readonly negated: readonly boolean[];
}

/** wink's sentence spans (first and last token index, inclusive) and sentiment scores. */
export interface WinkSentences {
  readonly spans: readonly (readonly [number, number])[];
  readonly sentiment: readonly number[];
}

/** Universal POS tag for "other": what UD uses when no tag fits. */
export const UNKNOWN_POS = "X";

// A token made only of punctuation marks (Unicode P*): "…", "«", "―" is Pd.
const PUNCTUATION = /^\p{P}+$/u;

const text = (x: unknown): string | undefined => (typeof x === "string" && x !== "" ? x : undefined);

/**
 * Reads the token columns of a wink document and fills every gap:
 * - `value` → `""` (a token without text cannot be located; like white space it is then left out of `ParsedArticle.tokens`);
 * - `spaces` → `""` (no preceding white space);
 * - `normal` → the lower-cased value;
 * - `lemma` → the normal form, then the lower-cased value (so "cannot" is its own lemma);
 * - `pos` → `"X"` (UD's "other");
 * - `type` → `"punctuation"` when the value is all punctuation marks, else `"word"`;
 * - `stop` and `negated` → `false` (a missing flag is not a stop word, not negated).
 * An empty string counts as missing for the string columns except `value` and `spaces`.
 */
export function winkTokens(cols: { [K in keyof WinkTokens]: readonly unknown[] }): WinkTokens {
  const n = cols.value.length;
  const out = { value: [] as string[], spaces: [] as string[], normal: [] as string[], lemma: [] as string[], pos: [] as string[], type: [] as string[], stop: [] as boolean[], negated: [] as boolean[] };
  for (let i = 0; i < n; i++) {
    const value = typeof cols.value[i] === "string" ? (cols.value[i] as string) : "";
    const lower = value.toLowerCase();
    const normal = text(cols.normal[i]) ?? lower;
    out.value.push(value);
    out.spaces.push(typeof cols.spaces[i] === "string" ? (cols.spaces[i] as string) : "");
    out.normal.push(normal);
    out.lemma.push(text(cols.lemma[i]) ?? normal);
    out.pos.push(text(cols.pos[i]) ?? UNKNOWN_POS);
    out.type.push(text(cols.type[i]) ?? (PUNCTUATION.test(value) ? "punctuation" : "word"));
    out.stop.push(cols.stop[i] === true);
    out.negated.push(cols.negated[i] === true);
  }
  return out;
}

/**
 * Reads wink's sentences and fills every gap: a sentiment score that is
 * missing or not a finite number is `0` (neutral), and a score is clamped to
 * wink's documented range [-1, 1]. Spans that are missing or malformed are
 * dropped here and their tokens recovered by {@link coverTokens}.
 */
export function winkSentences(spans: readonly unknown[], scores: readonly unknown[]): WinkSentences {
  const outSpans: [number, number][] = [];
  const sentiment: number[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s];
    if (!Array.isArray(span) || !Number.isInteger(span[0]) || !Number.isInteger(span[1]) || span[1] < span[0]) continue;
    const score = scores[s];
    outSpans.push([span[0], span[1]]);
    sentiment.push(typeof score === "number" && Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0);
  }
  return { spans: outSpans, sentiment };
}

/**
 * Makes the sentence spans partition tokens 0..n-1: spans are sorted, cut
 * where they overlap, and any gap (tokens in no sentence) becomes a sentence of
 * its own with sentiment 0, so no token is lost between sentences.
 */
export function coverTokens(s: WinkSentences, n: number): WinkSentences {
  const order = s.spans.map((_, i) => i).sort((a, b) => s.spans[a][0] - s.spans[b][0] || a - b);
  const spans: [number, number][] = [];
  const sentiment: number[] = [];
  let next = 0; // first token not yet in a sentence
  for (const k of order) {
    const from = Math.max(s.spans[k][0], next), to = Math.min(s.spans[k][1], n - 1);
    if (to < from) continue;
    if (from > next) { spans.push([next, from - 1]); sentiment.push(0); }
    spans.push([from, to]); sentiment.push(s.sentiment[k]);
    next = to + 1;
  }
  if (next < n) { spans.push([next, n - 1]); sentiment.push(0); }
  return { spans, sentiment };
}
