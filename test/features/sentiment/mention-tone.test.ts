import { sentimentToward } from "../../../src/features/sentiment/index";
import { parseLexicon } from "../../../src/lexicon/index";
import { profileArticle } from "../../../src/profile/profile-article";
import { clauseAround, mentionScore, type ClauseTokens } from "../../../src/profile/sentiment-mention";
import { wordSentiment } from "../../../src/profile/sentiment-words";
import { article, parseQuoted } from "../../helpers";

const lexicon = parseLexicon(`name: tone
version: 1
actors:
  Smith: [Smith]
  Jones: [Jones]
`, "tone.yaml");

/** Hand-built tokens: words split at spaces, punctuation marks as their own tokens. */
function tokens(s: string): ClauseTokens {
  const normal = Object.freeze(s.split(" "));
  return { normal, punct: Object.freeze(normal.map((w) => /^[^a-z]+$/.test(w))) };
}

/** A hand lexicon, so the scope rules are checked without wink. */
const LEX: Readonly<Record<string, number>> = Object.freeze({ praised: 0.6, accused: -0.4, corruption: -0.6, failure: -0.4, good: 0.8 });
const hand = (w: string) => LEX[w] ?? 0;

describe("wordSentiment: wink's own per-word scores", () => {
  it("gives the lexicon entry of a word, 0 for a word it does not score or cannot read alone", () => {
    expect([wordSentiment("praised"), wordSentiment("accused"), wordSentiment("corruption"), wordSentiment("said")]).toEqual([0.6, -0.4, -0.6, 0]);
    expect([wordSentiment("Praised"), wordSentiment("don't"), wordSentiment("")]).toEqual([0, 0, 0]);
  });
  it("reproduces wink's sentence score as the mean over the sentence's sentiment words", () => {
    // wink's sa-setter: a sentence scores the mean of the scores of the tokens its lexicon matches
    const q = parseQuoted(article({ id: "a", outlet: "o", text: "Critics praised the reforms, but Smith was accused of corruption." }));
    const words = q.tokens.normal.map(wordSentiment).filter((s) => s !== 0);
    expect(words).toEqual([-0.4, 0.6, -0.4, -0.6]); // critics, praised, accused, corruption
    expect(q.sentences.sentiment[0]).toBeCloseTo((-0.4 + 0.6 - 0.4 - 0.6) / 4, 12); // -0.2
  });
});

describe("clauseAround", () => {
  const at = (s: string, word: string) => {
    const t = tokens(s), i = t.normal.indexOf(word);
    const [lo, hi] = clauseAround(t, 0, t.normal.length, i, i + 1);
    return t.normal.slice(lo, hi).join(" ");
  };
  it("splits at ; : and dashes, and before a subordinator", () => {
    expect(at("jones won ; smith spoke .", "smith")).toBe("smith spoke .");
    expect(at("jones won — smith spoke", "jones")).toBe("jones won");
    expect(at("jones was praised , while smith spoke", "smith")).toBe("while smith spoke");
    expect(at("jones was praised , while smith spoke", "jones")).toBe("jones was praised ,");
  });
  it("splits before but, yet, however only after a comma", () => {
    expect(at("critics praised it , but smith was accused .", "smith")).toBe("but smith was accused .");
    expect(at("smith was poor but honest .", "smith")).toBe("smith was poor but honest .");
  });
  it("ends a leading subordinate clause at its comma", () => {
    expect(at("although critics praised it , smith was accused .", "smith")).toBe("smith was accused .");
    expect(at("although smith was praised , critics left .", "smith")).toBe("although smith was praised");
  });
});

describe("mentionScore (hand lexicon)", () => {
  const score = (s: string, word: string) => {
    const t = tokens(s), i = t.normal.indexOf(word);
    return mentionScore(t, 0, t.normal.length, i, i + 1, hand);
  };
  it("averages the sentiment words of the mention's clause", () => {
    expect(score("critics praised the reforms , but smith was accused of corruption .", "smith")).toBeCloseTo((-0.4 - 0.6) / 2, 12);
  });
  it("flips a word with a negator among the three tokens before it, not four", () => {
    expect(score("smith was not a failure .", "smith")).toBe(0.4);
    expect(score("smith was not a real big failure .", "smith")).toBe(-0.4); // "not" is four tokens before
    expect(score("smith never praised anyone", "smith")).toBe(-0.6);
  });
  it("reads at most MENTION_WINDOW (6) words each side, and not the mention's own words", () => {
    expect(score("smith a b c d e good", "smith")).toBe(0.8); // good is the 6th word after
    expect(score("smith a b c d e f good", "smith")).toBe(0); // the 7th
    expect(score("good", "good")).toBe(0); // a mention whose own word is a sentiment word
  });
  it("is 0 for a mention outside its sentence's tokens", () => {
    const t = tokens("smith was good");
    expect(mentionScore(t, 0, 3, 3, 3, hand)).toBe(0);
  });
});

describe("issue 11 finding 9: tone toward an actor scores the words about the mention, not the whole sentence", () => {
  const toward = (texts: readonly string[], target: string) => {
    const profiles = texts.map((text, i) => profileArticle(parseQuoted(article({ id: `a${i}`, outlet: "o", text }), lexicon), lexicon));
    return sentimentToward(profiles, { iterations: 50 }).rows.find((r) => r.target === target)!;
  };
  it("gives Smith the tone of his clause when the sentence praises something else", () => {
    // wink: critics -0.4, warmly 0, praised 0.6, brilliant, welcomed, generous ... accused -0.4; sentence mean > 0
    const r = toward(["Critics warmly praised the brilliant reforms and welcomed the generous aid, but Smith was accused."], "Smith");
    expect(r.sentenceTone!.estimate).toBeGreaterThan(0);
    expect(r.mentionTone!.estimate).toBe(-0.4); // "but Smith was accused": accused alone
    expect([r.mentions, r.sentences]).toEqual([1, 1]);
  });
  it("reads the finding's sentence: Smith negative (accused, corruption), more than the sentence", () => {
    const r = toward(["Critics praised the reforms, but Smith was accused of corruption."], "Smith");
    expect(r.mentionTone!.estimate).toBeCloseTo((-0.4 - 0.6) / 2, 12); // -0.5
    expect(r.sentenceTone!.estimate).toBeCloseTo((-0.4 + 0.6 - 0.4 - 0.6) / 4, 12); // -0.2: "praised" pulls it up
  });
  it("handles negation: 'Smith was not a failure' is positive, 'Smith was a failure' negative", () => {
    expect(toward(["Smith was not a failure."], "Smith").mentionTone!.estimate).toBe(0.4);
    expect(toward(["Smith was a failure."], "Smith").mentionTone!.estimate).toBe(-0.4);
  });
  it("scores ~0 for an actor in a neutral clause of a sentence about someone else", () => {
    const texts = ["Jones was praised for his brilliant and generous leadership, while Smith attended the meeting.", "Jones won a great victory and thanked his loyal supporters; Smith spoke on Tuesday."];
    const smith = toward(texts, "Smith"), jones = toward(texts, "Jones");
    expect(smith.sentenceTone!.estimate).toBeGreaterThan(0.3); // the sentences are warm
    expect(smith.mentionTone).toEqual({ estimate: 0, lower: 0, upper: 0 });
    expect(jones.mentionTone!.estimate).toBeGreaterThan(0.3); // the warm words are about Jones
  });
  it("counts every mention, and keeps headline mentions out on request", () => {
    const profiles = [profileArticle(parseQuoted(article({ id: "h", outlet: "o", title: "Smith was accused", text: "Smith was accused\n\nSmith met Smith's lawyers." }), lexicon), lexicon)];
    const all = sentimentToward(profiles, { iterations: 20 }).rows[0];
    const body = sentimentToward(profiles, { iterations: 20, includeHeadline: false }).rows[0];
    expect([all.mentions, all.sentences, all.mentionTone!.estimate]).toEqual([3, 2, -0.4 / 3]);
    expect([body.mentions, body.sentences, body.mentionTone!.estimate]).toEqual([2, 1, 0]);
  });
});
