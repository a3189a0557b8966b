import { parseLexicon } from "../../src/lexicon";
import { parseArticle, type ParsedArticle } from "../../src/parse";
import { article, seedText } from "../helpers";

const lexicon = parseLexicon(`name: t
actors:
  Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov, Lavrov]
  Dmytro Kuleba: [Dmytro Kuleba, Dmitry Kuleba, Kuleba]
concepts:
  capital:
    labels:
      Kyiv: [Kyiv]
      Kiev: [Kiev]
frames:
  humanitarian: [humanitarian]
`, "t.yaml");

const TITLES: Record<string, string> = {
  "000": 'No ceasefire; "Russia will win; They are either with us or against us"',
  "002": "No ceasefire agreement reached in meeting between Ukraine Russia diplomats",
  "004": "Russian top diplomat Lavrov: No one intended to agree on ceasefire at talks in Antalya",
};
const parseSeed = (p: string) => parseArticle(article({ id: p, text: seedText(p), title: TITLES[p] }), lexicon);
const surfaces = (pa: ParsedArticle, key: string) => pa.mentions.surface.filter((_, i) => pa.mentions.key[i] === key);

describe("parseArticle on the seeds (facts checked by hand)", () => {
  it("002 (Yahoo) has 18 sentences: headline, date line, URL line and 15 body sentences", () => {
    const pa = parseSeed("002");
    expect(pa.sentences.text).toHaveLength(18);
    expect(pa.sentences.text.slice(0, 3)).toEqual([TITLES["002"], "20220310", "https://news.yahoo.com/no-cease-fire-agreement-reached-124757093.html"]);
    expect(pa.sentences.headline.filter(Boolean)).toHaveLength(1);
    expect(pa.sentences.headline[0]).toBe(true);
    expect(pa.headline.placement).toBe("in-text");
    // the quoted question and its reply are two sentences, as a reader splits them
    expect(pa.sentences.text.slice(-2)).toEqual([`"I asked him, 'Can you do the same?'`, `And he did not respond," Kuleba added.`]);
  });

  it("Kyiv is written only by Yahoo (002), Kiev only by TASS (004, three times)", () => {
    const caps = (p: string) => parseSeed(p).mentions.label.filter((_, i, a) => a[i] === "Kyiv" || a[i] === "Kiev");
    expect(caps("002")).toEqual(["Kyiv"]);
    expect(caps("004")).toEqual(["Kiev", "Kiev", "Kiev"]);
    expect(caps("000")).toEqual([]);
  });

  it("Kuleba is Dmytro in 000 and 002, Dmitry in TASS (004)", () => {
    const first = (p: string) => surfaces(parseSeed(p), "Dmytro Kuleba").filter((s) => s.includes(" ")).map((s) => s.split(" ")[0]);
    expect(first("000")).toEqual(["Dmytro", "Dmytro", "Dmytro"]);
    expect(first("002")).toEqual(["Dmytro"]);
    expect(first("004")).toEqual(["Dmitry", "Dmitry"]);
  });

  it("004 (TASS) names Lavrov in the headline; the page furniture 'All news' is not headline", () => {
    const pa = parseSeed("004");
    expect(pa.sentences.text[0]).toBe("All news");
    expect(pa.sentences.headline.slice(0, 3)).toEqual([false, true, false]);
    const i = pa.mentions.key.indexOf("Sergey Lavrov");
    expect(pa.mentions.sentence[i]).toBe(1);
  });

  it("offsets index the text exactly", () => {
    const pa = parseSeed("000");
    pa.sentences.text.forEach((t, i) => expect(pa.text.slice(pa.sentences.start[i], pa.sentences.end[i])).toBe(t));
    pa.tokens.value.forEach((v, i) => expect(pa.text.slice(pa.tokens.start[i], pa.tokens.end[i])).toBe(v));
    pa.mentions.surface.forEach((s, i) => expect(pa.text.slice(pa.mentions.start[i], pa.mentions.end[i])).toBe(s));
    // every mention's sentence contains it
    pa.mentions.start.forEach((s, i) => {
      const k = pa.mentions.sentence[i];
      expect(s >= pa.sentences.start[k] && pa.mentions.end[i] <= pa.sentences.end[k]).toBe(true);
    });
  });
});

describe("parseArticle", () => {
  it("ignores lexicon words inside a URL", () => {
    const pa = parseArticle(article({ text: "See https://news.example.com/lavrov-kuleba-talks.html today. Lavrov spoke." }), lexicon);
    expect(pa.mentions.surface).toEqual(["Lavrov"]);
    expect(pa.mentions.sentence).toEqual([1]);
  });

  it("counts a possessive as a mention of the actor", () => {
    const pa = parseArticle(article({ text: "Lavrov's remarks angered Kuleba’s team." }), lexicon);
    expect(pa.mentions.key).toEqual(["Sergey Lavrov", "Dmytro Kuleba"]);
    expect(pa.mentions.surface).toEqual(["Lavrov", "Kuleba"]);
  });

  it("records tokens with lemma, POS, stop and negation flags and no whitespace tokens", () => {
    const pa = parseArticle(article({ text: "Talks didn't bring progress.\n\nKuleba said so." }), lexicon);
    const t = pa.tokens;
    expect(t.value).toEqual(["Talks", "did", "n't", "bring", "progress", ".", "Kuleba", "said", "so", "."]);
    expect(t.lemma[7]).toBe("say");
    expect(t.normal[2]).toBe("not");
    expect(t.pos[3]).toBe("VERB");
    expect(t.punct[5]).toBe(true);
    expect(t.stop[1]).toBe(true);
    expect(t.negated[3]).toBe(true); // "bring" is in the scope of "n't"
    expect(t.negated[6]).toBe(false);
    expect(t.sentence).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(pa.sentences.tokenStart).toEqual([0, 6]);
    expect(pa.sentences.tokenEnd).toEqual([6, 10]);
  });

  it("prepends a title that the text does not contain and marks it as headline", () => {
    const pa = parseArticle(article({ title: "Talks fail", text: "Lavrov spoke." }), lexicon);
    expect(pa.text).toBe("Talks fail\n\nLavrov spoke.");
    expect(pa.headline).toEqual({ placement: "prepended", start: 0, end: 10, bodyStart: 12 });
    expect(pa.sentences.text).toEqual(["Talks fail", "Lavrov spoke."]);
    expect(pa.sentences.headline).toEqual([true, false]);
  });

  it("ends a sentence at each line break by default, and not when told otherwise", () => {
    const a = article({ text: "Headline without stop\nBody sentence here." });
    expect(parseArticle(a).sentences.text).toEqual(["Headline without stop", "Body sentence here."]);
    expect(parseArticle(a, undefined, { lineBreaksEndSentences: false }).sentences.text).toHaveLength(1);
  });

  it("gives sentence sentiment from wink-nlp and no mentions without a lexicon", () => {
    const pa = parseArticle(article({ text: "This is a terrible, tragic failure. What a wonderful success!" }));
    expect(pa.sentences.sentiment[0]).toBeLessThan(0);
    expect(pa.sentences.sentiment[1]).toBeGreaterThan(0);
    expect(pa.mentions.key).toEqual([]);
    expect(pa.lexicon).toBeUndefined();
  });

  it("returns a frozen result and leaves the article alone", () => {
    const a = article({ text: "Lavrov spoke." });
    const pa = parseArticle(a, lexicon);
    expect(Object.isFrozen(pa)).toBe(true);
    expect(Object.isFrozen(pa.tokens.value)).toBe(true);
    expect(() => (pa.tokens.value as string[]).push("x")).toThrow();
    expect(pa.lexicon).toEqual({ name: "t", version: "1", hash: lexicon.hash });
  });

  it("is deterministic", () => {
    const a = article({ text: seedText("001") });
    expect(JSON.stringify(parseArticle(a, lexicon))).toBe(JSON.stringify(parseArticle(a, lexicon)));
  });
});
