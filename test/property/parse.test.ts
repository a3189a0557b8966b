import fc from "fast-check";
import { parseArticle, type ParsedArticle } from "../../src/parse";
import { isBlankToken } from "../../src/parse/token-offsets";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { article, parseQuoted } from "../helpers";
import { LEXICON, newsDocument, title } from "./news-text";

const RUNS = { seed: 42, numRuns: 100 };

const STRING_COLUMNS = ["value", "normal", "lemma", "pos", "type"] as const;
const BOOLEAN_COLUMNS = ["stop", "punct", "negated"] as const;
const NUMBER_COLUMNS = ["sentence", "start", "end"] as const;

/** Every token column has one defined value of its type per token; strings are never empty. */
export function expectColumnsDefined(p: ParsedArticle): void {
  const t = p.tokens, n = t.value.length;
  for (const c of STRING_COLUMNS) {
    expect(t[c]).toHaveLength(n);
    for (let i = 0; i < n; i++) if (typeof t[c][i] !== "string" || t[c][i] === "") throw new Error(`token ${i} (${JSON.stringify(t.value[i])}): ${c} is ${JSON.stringify(t[c][i])}`);
  }
  for (const c of BOOLEAN_COLUMNS) {
    expect(t[c]).toHaveLength(n);
    for (let i = 0; i < n; i++) if (typeof t[c][i] !== "boolean") throw new Error(`token ${i}: ${c} is ${String(t[c][i])}`);
  }
  for (const c of NUMBER_COLUMNS) {
    expect(t[c]).toHaveLength(n);
    for (let i = 0; i < n; i++) if (!Number.isInteger(t[c][i])) throw new Error(`token ${i}: ${c} is ${String(t[c][i])}`);
  }
  for (let i = 0; i < n; i++) if (isBlankToken(t.value[i])) throw new Error(`token ${i} is white space or invisible: ${JSON.stringify(t.value[i])}`);
}

/** Token offsets index the text exactly and move forward without overlap; nothing visible lies between tokens. */
export function expectOffsetsMonotone(p: ParsedArticle): void {
  const t = p.tokens;
  for (let i = 0; i <= t.value.length; i++) {
    const gap = p.text.slice(i === 0 ? 0 : t.end[i - 1], i === t.value.length ? p.text.length : t.start[i]);
    if (!isBlankToken(gap)) throw new Error(`visible text ${JSON.stringify(gap)} before token ${i} is in no token`);
    if (i === t.value.length) break;
    if (!(t.start[i] >= 0 && t.start[i] < t.end[i] && t.end[i] <= p.text.length)) throw new Error(`token ${i}: [${t.start[i]}, ${t.end[i]}) outside the text (${p.text.length})`);
    if (p.text.slice(t.start[i], t.end[i]) !== t.value[i]) throw new Error(`token ${i}: text ${JSON.stringify(p.text.slice(t.start[i], t.end[i]))} ≠ value ${JSON.stringify(t.value[i])}`);
    if (i > 0 && t.start[i] < t.end[i - 1]) throw new Error(`token ${i} starts at ${t.start[i]}, before token ${i - 1} ends (${t.end[i - 1]})`);
  }
}

/** Sentences cover tokens 0..n-1 in order, each at least one token; their offsets and text are their tokens'. */
export function expectSentencesPartition(p: ParsedArticle): void {
  const s = p.sentences, t = p.tokens, m = s.text.length;
  for (const col of Object.values(s)) expect(col).toHaveLength(m);
  let next = 0;
  for (let k = 0; k < m; k++) {
    if (s.tokenStart[k] !== next || s.tokenEnd[k] <= s.tokenStart[k]) throw new Error(`sentence ${k}: tokens [${s.tokenStart[k]}, ${s.tokenEnd[k]}) after token ${next}`);
    for (let i = s.tokenStart[k]; i < s.tokenEnd[k]; i++) if (t.sentence[i] !== k) throw new Error(`token ${i} says sentence ${t.sentence[i]}, is in ${k}`);
    if (s.start[k] !== t.start[s.tokenStart[k]] || s.end[k] !== t.end[s.tokenEnd[k] - 1]) throw new Error(`sentence ${k}: offsets are not its tokens'`);
    if (s.text[k] !== p.text.slice(s.start[k], s.end[k])) throw new Error(`sentence ${k}: text is not the slice`);
    if (!(Number.isFinite(s.sentiment[k]) && s.sentiment[k] >= -1 && s.sentiment[k] <= 1)) throw new Error(`sentence ${k}: sentiment ${s.sentiment[k]}`);
    if (typeof s.headline[k] !== "boolean") throw new Error(`sentence ${k}: headline ${String(s.headline[k])}`);
    next = s.tokenEnd[k];
  }
  expect(next).toBe(t.value.length);
}

/** Mentions and quotes point into the text and at existing sentences. */
export function expectSpansInText(p: QuotedArticle): void {
  const mt = p.mentions, m = p.sentences.text.length;
  for (let i = 0; i < mt.key.length; i++) {
    if (!(mt.start[i] >= 0 && mt.start[i] < mt.end[i] && mt.end[i] <= p.text.length)) throw new Error(`mention ${i}: [${mt.start[i]}, ${mt.end[i]}) outside the text`);
    if (p.text.slice(mt.start[i], mt.end[i]) !== mt.surface[i]) throw new Error(`mention ${i}: surface is not the slice`);
    if (!(mt.sentence[i] >= 0 && mt.sentence[i] < m)) throw new Error(`mention ${i}: sentence ${mt.sentence[i]} of ${m}`);
  }
  const q = p.quotes;
  for (const col of Object.values(q)) expect(col).toHaveLength(q.kind.length);
  for (let i = 0; i < q.kind.length; i++) {
    if (!(q.start[i] >= 0 && q.start[i] <= q.end[i] && q.end[i] <= p.text.length)) throw new Error(`quote ${i}: [${q.start[i]}, ${q.end[i]}) outside the text`);
    if (!(q.sentenceStart[i] >= 0 && q.sentenceStart[i] <= q.sentenceEnd[i] && q.sentenceEnd[i] < m)) throw new Error(`quote ${i}: sentences ${q.sentenceStart[i]}..${q.sentenceEnd[i]} of ${m}`);
    if (!(Number.isInteger(q.words[i]) && q.words[i] >= 0)) throw new Error(`quote ${i}: words ${q.words[i]}`);
  }
  const h = p.headline;
  expect(h.start >= 0 && h.start <= h.end && h.end <= p.text.length).toBe(true);
}

const input = fc.record({ text: newsDocument(), title, lexicon: fc.boolean() });
const parse = (x: { text: string; title?: string; lexicon: boolean }) =>
  parseQuoted(article({ text: x.text, ...(x.title !== undefined ? { title: x.title } : {}) }), x.lexicon ? LEXICON : undefined);

// One run checks every invariant, so each generated document is parsed (and quoted) once.
describe("property: parseArticle on hostile news text (issue 8)", () => {
  it("never throws; columns defined; offsets in the text and monotone; sentences partition tokens; spans in the text", () => {
    fc.assert(fc.property(input, (x) => {
      const p = parse(x);
      expectColumnsDefined(p);
      expectOffsetsMonotone(p);
      expectSentencesPartition(p);
      expectSpansInText(p);
    }), RUNS);
  });

  it("reads an article the same whatever was read before it", () => {
    fc.assert(fc.property(input, newsDocument({ long: false }), (x, other) => {
      const before = JSON.stringify(parse(x));
      parseArticle(article({ text: other }));
      expect(JSON.stringify(parse(x))).toBe(before);
    }), { ...RUNS, numRuns: 30 });
  });
});
