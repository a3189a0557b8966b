import { loadCorpus } from "../../../src/corpus/index";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
import { emptyQuoteColumns } from "../../../src/quotes/types";
import { quoteTable, voiceByOutlet, voiceBySpeaker, voiceOptions } from "../../../src/features/voice/index";
import { article, BUNDLED, fakeParsed, parseQuoted, profilesOf } from "../../helpers";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";

const lexicon = parseLexicon(`name: t
actors:
  Sergey Lavrov: [Sergey Lavrov, Lavrov]
  Dmytro Kuleba: [Dmytro Kuleba, Kuleba]
`, "t.yaml");

// Outlet "a", one article. By hand (words = whitespace-separated pieces with a letter or digit):
//   1 indirect  Lavrov   said      "the talks failed"                  3
//   2 direct    Kuleba   said      "We will never surrender,"          4
//   3 direct    Kuleba   added     "We are ready to talk again,"       6  (he → Kuleba, the speaker just before)
//   - scare              —         "special military operation"        3  (not voice)
//   4 direct    unresolved —       "Nobody knows what happens next."   5  (own paragraph: no continuation)
//   5 indirect  Reuters  according "the shelling continued"            3  (Reuters is not in this lexicon: raw)
//   6 indirect  Lavrov   claimed   "Kyiv was stalling"                 3
// Counted words 24: Lavrov 6, Kuleba 10, unresolved 5, Reuters 3. Direct 15 (Kuleba 10, unresolved 5); indirect 9 (Lavrov 6, Reuters 3).
const A_TEXT = `Lavrov said that the talks failed. "We will never surrender," Kuleba said. "We are ready to talk again," he added. Russia calls it a "special military operation".

"Nobody knows what happens next."

According to Reuters, the shelling continued. Lavrov claimed that Kyiv was stalling.`;
const aq = parseQuoted(article({ id: "a1", outlet: "a", text: A_TEXT }), lexicon);
const a = profileArticle(aq, lexicon);
const b = profileArticle(parseQuoted(article({ id: "b1", outlet: "b", text: "The talks ended without a deal." }), lexicon), lexicon);

describe("voiceBySpeaker (hand computed)", () => {
  const r = voiceBySpeaker([a, b]);
  const row = (speaker: string) => r.rows.find((x) => x.outlet === "a" && x.speaker === speaker)!;

  it("gives each speaker's words and shares, unresolved as a row of its own", () => {
    expect(r.rows.filter((x) => x.outlet === "a").map((x) => [x.speaker, x.words])).toEqual([["Dmytro Kuleba", 10], ["Sergey Lavrov", 6], ["unresolved", 5], ["Reuters", 3]]);
    expect(row("Dmytro Kuleba")).toMatchObject({ quotes: 2, directQuotes: 2, indirectQuotes: 0, directWords: 10, indirectWords: 0, share: 10 / 24, directShare: 10 / 15, indirectShare: 0, quoteShare: 2 / 6, neutral: 2, assertive: 0, distancing: 0, noVerb: 0, speakerResolved: true, articleIds: ["a1"] });
    expect(row("Sergey Lavrov")).toMatchObject({ quotes: 2, words: 6, share: 6 / 24, directShare: 0, indirectShare: 6 / 9, neutral: 1, distancing: 1 });
    expect(row("unresolved")).toMatchObject({ quotes: 1, words: 5, share: 5 / 24, directShare: 5 / 15, indirectShare: 0, noVerb: 1, speakerResolved: false });
    expect(row("Reuters")).toMatchObject({ words: 3, share: 3 / 24, indirectShare: 3 / 9, speakerResolved: false });
    const shares = r.rows.filter((x) => x.outlet === "a").map((x) => x.share);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it("warns about an outlet with no quotes instead of giving NaN shares", () => {
    expect(r.rows.some((x) => x.outlet === "b")).toBe(false);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-quotes"]);
    expect(r.kind).toBe("voice-speakers");
    expect(r.params).toMatchObject({ includeScare: false, includeHeadline: true, byEvent: false, lexicon: { name: "t" }, extraction: { minQuoteWords: 4 } });
  });

  it("counts scare quotes as voice only when asked", () => {
    const withScare = voiceBySpeaker([a], { includeScare: true });
    expect(withScare.rows.find((x) => x.speaker === "unresolved")).toMatchObject({ quotes: 2, words: 8, share: 8 / 27 });
  });
});

describe("voiceByOutlet (hand computed)", () => {
  const r = voiceByOutlet([a, b]);
  it("gives direct vs indirect shares, scare quotes apart, and the verb-stance mix", () => {
    expect(r.rows.find((x) => x.outlet === "a")).toMatchObject({
      articles: 1, articleIds: ["a1"], quotes: 6, directQuotes: 3, indirectQuotes: 3, words: 24, directWords: 15, indirectWords: 9,
      directShare: 15 / 24, unresolvedShare: 5 / 24, speakers: 3, scareQuotes: 1, scareWords: 3, unclosedQuotes: 0,
      neutral: 4, assertive: 0, distancing: 1, noVerb: 1, neutralShare: 4 / 6, assertiveShare: 0, distancingShare: 1 / 6, noVerbShare: 1 / 6,
    });
  });

  it("keeps an outlet with no quotes, with null shares and a warning", () => {
    expect(r.rows.find((x) => x.outlet === "b")).toMatchObject({ quotes: 0, words: 0, directShare: null, unresolvedShare: null, neutralShare: null });
    expect(r.warnings.map((w) => w.code)).toEqual(["no-quotes"]);
  });

  it("tallies per event when asked", () => {
    const e1 = profileArticle(parseQuoted(article({ id: "e1", outlet: "a", event: "x", text: '"We will never surrender," Kuleba said.' }), lexicon), lexicon);
    const e2 = profileArticle(parseQuoted(article({ id: "e2", outlet: "a", event: "y", text: '"We are not planning to attack," Lavrov said.' }), lexicon), lexicon);
    expect(voiceByOutlet([e2, e1], { byEvent: true }).rows.map((x) => [x.event, x.words])).toEqual([["x", 4], ["y", 6]]);
    expect(voiceBySpeaker([e1, e2]).rows.map((x) => [x.event, x.speaker])).toEqual([["(all)", "Sergey Lavrov"], ["(all)", "Dmytro Kuleba"]]);
  });
});

describe("quoteTable", () => {
  it("lists every quote, flagging what counts as voice, with an excerpt", () => {
    const t = quoteTable([profileArticle(aq, lexicon, { voice: { excerptLength: 12 } })], { excerptLength: 12 });
    expect(t.rows.map((x) => [x.kind, x.speaker, x.counted])).toEqual([
      ["indirect", "Sergey Lavrov", true], ["direct", "Dmytro Kuleba", true], ["direct", "Dmytro Kuleba", true], ["scare", "unresolved", false],
      ["direct", "unresolved", true], ["indirect", "Reuters", true], ["indirect", "Sergey Lavrov", true],
    ]);
    expect(t.rows[1]).toMatchObject({ outlet: "a", event: "(all)", articleId: "a1", quoteIndex: 1, verb: "say", stance: "neutral", words: 4, phrase: "Kuleba", pattern: "after", excerpt: "We will nev…" });
    expect(t.kind).toBe("quote-table");
  });

  it("warns about unclosed quote marks and never counts a nested quote", () => {
    const p = parseQuoted(article({ id: "u", text: `"He asked me, 'Can you do the same again?' and I said no," Kuleba said.\nLavrov said: "We will never agree to this.\nThe end.` }), lexicon);
    const pp = profileArticle(p, lexicon);
    const t = quoteTable([pp]);
    expect(t.rows.map((x) => [x.depth, x.counted, x.unclosed])).toEqual([[0, true, false], [1, false, false], [0, true, true]]);
    expect(t.warnings.map((w) => [w.code, w.articleId])).toEqual([["unclosed-quote", "u"]]);
    expect(voiceByOutlet([pp]).rows[0]).toMatchObject({ quotes: 2, unclosedQuotes: 1 });
  });

  it("reads quote columns given by hand (fakeParsed) and can leave headline quotes out", () => {
    const quotes = { ...emptyQuoteColumns(), kind: ["direct"], start: [0], end: [2], sentenceStart: [0], sentenceEnd: [0], words: [7], speaker: ["X"], speakerResolved: [true], resolution: ["explicit"], phrase: ["X"], phraseStart: [-1], phraseEnd: [-1], verb: ["say"], stance: ["neutral"], pattern: ["after"], via: [""], unclosed: [false], depth: [0], parent: [-1] } as const;
    const f = profileArticle(fakeParsed({ id: "f", outlet: "o", scores: [0, 0], headline: 1, quotes: quotes as never }));
    expect(voiceBySpeaker([f]).rows.map((x) => [x.speaker, x.words])).toEqual([["X", 7]]);
    expect(voiceBySpeaker([f], { includeHeadline: false }).rows).toEqual([]);
  });

  it("checks its options", () => {
    expect(() => voiceOptions({ excerptLength: 0 })).toThrow("invalid excerptLength: 0");
    expect(() => voiceOptions({ includeScare: "yes" as never })).toThrow("invalid includeScare: yes");
  });
});

describe("voice on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lex = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    parsed = profilesOf(corpus.articles.map((x) => parseQuoted(x, lex)), lex);
  });

  it("TASS quotes Lavrov most; every outlet's speaker shares sum to 1", () => {
    const r = voiceBySpeaker(parsed);
    expect(r.rows.find((x) => x.outlet === "tass")!.speaker).toBe("Sergey Lavrov");
    for (const outlet of new Set(r.rows.map((x) => x.outlet))) {
      expect(r.rows.filter((x) => x.outlet === outlet).reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    }
    expect(r.warnings).toEqual([]);
  });

  it("counts scare quotes per outlet apart from voice", () => {
    const r = voiceByOutlet(parsed);
    const scare = Object.fromEntries(r.rows.map((x) => [x.outlet, x.scareQuotes]));
    expect(scare).toEqual({ src000: 2, src001: 8, src003: 1, tass: 0, yahoo: 1 });
  });
});
