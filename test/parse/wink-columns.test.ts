import { isTerm, termCounts, termWords, TERM_DEFAULTS } from "../../src/profile/terms";
import { parseArticle, type ParsedArticle } from "../../src/parse";
import { coverTokens, winkSentences, winkTokens } from "../../src/parse/wink-columns";
import { article } from "../helpers";

/** Every column of tokens and sentences holds a value of its declared type at every index. */
function expectAllDefined(p: ParsedArticle): void {
  const n = p.tokens.value.length;
  for (const [name, col] of Object.entries(p.tokens)) {
    expect([name, col.length]).toEqual([name, n]);
    const want = ["stop", "punct", "negated"].includes(name) ? "boolean" : ["sentence", "start", "end"].includes(name) ? "number" : "string";
    (col as unknown[]).forEach((v, i) => expect([name, i, typeof v]).toEqual([name, i, want]));
  }
  for (const [name, col] of Object.entries(p.tokens)) if (!["stop", "punct", "negated", "value"].includes(name)) {
    (col as unknown[]).forEach((v) => expect(v).not.toBe(""));
  }
  const m = p.sentences.text.length;
  for (const [name, col] of Object.entries(p.sentences)) {
    expect([name, col.length]).toEqual([name, m]);
    (col as unknown[]).forEach((v) => expect(v === undefined || v === null || Number.isNaN(v)).toBe(false));
  }
}

describe('issue 8 finding 1: "He cannot." parses and every column is defined', () => {
  const p = parseArticle(article({ text: "He cannot." }));

  it("parses, with wink's missing lemma of 'cannot' filled by its normal form", () => {
    expect(p.tokens.value).toEqual(["He", "cannot", "."]);
    expect(p.tokens.lemma[1]).toBe("cannot");
    expectAllDefined(p);
  });

  it("term counting on it does not throw, and 'cannot' is a stop word, not a term", () => {
    expect(() => termWords(p)).not.toThrow();
    expect(termWords(p).map((w) => w.form)).toEqual(["he", "cannot", "."]);
    expect(termWords(p, "surface").filter((w) => isTerm(w, TERM_DEFAULTS))).toEqual([]);
    expect([...termCounts(p, { keepStopWords: true, ngrams: [1] }).keys()]).toEqual(["he", "cannot"]);
  });

  it("every 'cannot' before any punctuation mark is filled too", () => {
    const q = parseArticle(article({ text: 'cannot, cannot; cannot! cannot? cannot" cannot) cannot…' }));
    q.tokens.value.forEach((v, i) => { if (v === "cannot") expect(q.tokens.lemma[i]).toBe("cannot"); });
    expectAllDefined(q);
  });
});

describe("winkTokens: the fallback of every column", () => {
  const col = <T>(...xs: T[]) => xs;
  const none = (n: number) => new Array<unknown>(n).fill(undefined);

  it("fills missing normal, lemma, pos, type and flags (from the value)", () => {
    const w = winkTokens({ value: col("Cannot", "…", "Київ"), spaces: none(3), normal: none(3), lemma: none(3), pos: none(3), type: none(3), stop: none(3), negated: none(3) });
    expect(w).toEqual({
      value: ["Cannot", "…", "Київ"], spaces: ["", "", ""], normal: ["cannot", "…", "київ"], lemma: ["cannot", "…", "київ"],
      pos: ["X", "X", "X"], type: ["word", "punctuation", "word"], stop: [false, false, false], negated: [false, false, false],
    });
  });

  it("lemma and stem fall back to wink's normal form when it has one; null and '' count as missing", () => {
    const w = winkTokens({ value: col("Won't"), spaces: col(" "), normal: col("will not"), lemma: col(null), pos: col("AUX"), type: col("word"), stop: col(1), negated: col(true) });
    expect([w.normal[0], w.lemma[0], w.pos[0], w.stop[0], w.negated[0], w.spaces[0]]).toEqual(["will not", "will not", "AUX", false, true, " "]);
  });

  it("keeps wink's values where they are given", () => {
    const w = winkTokens({ value: col("said"), spaces: col(""), normal: col("said"), lemma: col("say"), pos: col("VERB"), type: col("word"), stop: col(false), negated: col(false) });
    expect([w.lemma[0], w.pos[0], w.type[0]]).toEqual(["say", "VERB", "word"]);
  });

  it("a token without a value is '' (and parseArticle leaves it out like white space)", () => {
    expect(winkTokens({ value: col(undefined), spaces: none(1), normal: none(1), lemma: none(1), pos: none(1), type: none(1), stop: none(1), negated: none(1) }).value).toEqual([""]);
  });
});

describe("winkSentences and coverTokens", () => {
  it("missing, NaN and out-of-range scores become 0 or are clamped to [-1, 1]", () => {
    expect(winkSentences([[0, 1], [2, 2], [3, 3], [4, 4]], [undefined, Number.NaN, 3, -0.5]).sentiment).toEqual([0, 0, 1, -0.5]);
  });
  it("malformed spans are dropped, and their tokens become sentences of their own", () => {
    const s = winkSentences([[0, 1], null, [5, 3], [4, 5]], [0.5, 0, 0, -0.25]);
    expect(s.spans).toEqual([[0, 1], [4, 5]]);
    expect(coverTokens(s, 7)).toEqual({ spans: [[0, 1], [2, 3], [4, 5], [6, 6]], sentiment: [0.5, 0, -0.25, 0] });
  });
  it("overlapping spans are cut so every token is in exactly one sentence", () => {
    expect(coverTokens({ spans: [[2, 4], [0, 3]], sentiment: [0.1, 0.2] }, 5)).toEqual({ spans: [[0, 3], [4, 4]], sentiment: [0.2, 0.1] });
  });
  it("no tokens, no sentences", () => {
    expect(coverTokens({ spans: [[0, 0]], sentiment: [0] }, 0)).toEqual({ spans: [], sentiment: [] });
  });
});
