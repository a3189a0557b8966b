import { parseLexicon } from "../../src/lexicon/index";
import { extractQuotes } from "../../src/quotes/extract";
import { quoteOptions } from "../../src/quotes/options";
import { isPersonName } from "../../src/quotes/profiles";
import { REPORTING_VERBS } from "../../src/quotes/verbs";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import type { QuoteOptions } from "../../src/quotes/options";
import { article, parseQuoted } from "../helpers";

const lexicon = parseLexicon(`name: t
actors:
  Sergey Lavrov: [Sergey Lavrov, Lavrov]
  Dmytro Kuleba: [Dmytro Kuleba, Kuleba]
  NATO: [NATO]
`, "t.yaml");
const parse = (text: string, options?: { quotes?: QuoteOptions }) => parseQuoted(article({ text }), lexicon, options);
/** [quoted text, kind, speaker, resolution] per quote. */
const list = (p: QuotedArticle) => p.quotes.kind.map((k, i) => [p.text.slice(p.quotes.start[i], p.quotes.end[i]), k, p.quotes.speaker[i], p.quotes.resolution[i]]);

describe("extractQuotes: attribution patterns", () => {
  it('"…," X said / "…," said X / X said: "…" / X said that "…" are explicit', () => {
    expect(list(parse('"We are ready to talk again," Kuleba said.'))).toEqual([["We are ready to talk again,", "direct", "Dmytro Kuleba", "explicit"]]);
    expect(list(parse("“We will not surrender at all,” said Kuleba. Lavrov’s team didn’t reply."))).toEqual([["We will not surrender at all,", "direct", "Dmytro Kuleba", "explicit"]]);
    const colon = parse('Lavrov said: "We are not planning to attack anyone."');
    expect(list(colon)).toEqual([["We are not planning to attack anyone.", "direct", "Sergey Lavrov", "explicit"]]);
    expect(colon.quotes.pattern[0]).toBe("before");
    expect(list(parse('Kuleba stated that "there are prospects for a serious discussion".'))[0]).toEqual(["there are prospects for a serious discussion", "direct", "Dmytro Kuleba", "explicit"]);
  });

  it('a quote followed by "he said" resolves to the actor named just before', () => {
    const p = parse('Kuleba arrived in Antalya on Thursday. "We are ready to talk," he said.');
    expect(list(p)).toEqual([["We are ready to talk,", "direct", "Dmytro Kuleba", "pronoun"]]);
    expect(p.quotes.phrase[0]).toBe("he");
    // the nearest sentence naming a person decides
    expect(list(parse('Lavrov left early. Kuleba arrived later. "We are ready to talk," he said.'))[0][2]).toBe("Dmytro Kuleba");
  });

  it("leaves he unresolved rather than guess: nothing named before, a non-person, two people with neither the subject", () => {
    expect(list(parse('"We are ready to talk," he said.'))[0].slice(2)).toEqual(["unresolved", "none"]);
    expect(list(parse('NATO met on Thursday. "We are ready to talk," he said.'))[0].slice(2)).toEqual(["unresolved", "none"]);
    expect(list(parse('The meeting was described as difficult by Lavrov and Kuleba. "We are ready to talk," he said.'))[0].slice(2)).toEqual(["unresolved", "none"]);
  });

  it("never gives a quote to an actor named inside it", () => {
    const p = parse('Lavrov spoke first. "I made a proposal to Minister Lavrov today," he told reporters.');
    expect(list(p)[0].slice(2)).toEqual(["unresolved", "none"]);
  });

  it("resolves a role noun by the titles written next to each actor's name", () => {
    const text = 'Russian Foreign Minister Sergey Lavrov met Ukrainian Foreign Minister Dmytro Kuleba. "We are ready to talk," the Ukrainian minister said. "We are ready too," the Russian minister said.';
    expect(list(parse(text)).map((r) => r.slice(2))).toEqual([["Dmytro Kuleba", "role"], ["Sergey Lavrov", "role"]]);
  });

  it("carries a speaker into the next quote of the paragraph only when nothing else comes between", () => {
    expect(list(parse('"We are ready to talk," Lavrov said. "We will wait for their answer."'))[1].slice(2)).toEqual(["Sergey Lavrov", "continuation"]);
    expect(list(parse('"We are ready to talk," Lavrov said. Kuleba left the room. "We will wait for their answer."'))[1].slice(2)).toEqual(["unresolved", "none"]);
    // issue 11 finding 8: a paragraph that is one quote, right after a paragraph ending on an attributed quote, continues it (wire style)
    expect(list(parse('"We are ready to talk," Lavrov said.\n"We will wait for their answer."'))[1].slice(2)).toEqual(["Sergey Lavrov", "continuation"]);
    // …but not after reported speech, and not a quoted subheading (no closing punctuation)
    expect(list(parse('Lavrov said the talks would go on.\n"We will wait for their answer."')).find((r) => r[1] === "direct")!.slice(2)).toEqual(["unresolved", "none"]);
    expect(list(parse('"We are ready to talk," Lavrov said.\n"Waiting for an answer"'))[1].slice(2)).toEqual(["unresolved", "none"]);
    // a re-opened quote runs into the attributed one
    expect(list(parse("“All of this is true. “And more of it is true,” Lavrov said.")).map((r) => r.slice(2))).toEqual([["Sergey Lavrov", "continuation"], ["Sergey Lavrov", "explicit"]]);
  });
});

describe("extractQuotes: indirect speech", () => {
  it("finds X said (that) …, …, X said., according to X and the reported clause's words", () => {
    const p = parse("The talks failed, Kuleba said. Kuleba said no progress was made. Lavrov said that it was over. It will take time, according to NATO. Lavrov claimed that Kyiv was stalling.");
    expect(list(p)).toEqual([
      ["The talks failed", "indirect", "Dmytro Kuleba", "explicit"],
      ["no progress was made", "indirect", "Dmytro Kuleba", "explicit"],
      ["it was over", "indirect", "Sergey Lavrov", "explicit"],
      ["It will take time", "indirect", "NATO", "explicit"],
      ["Kyiv was stalling", "indirect", "Sergey Lavrov", "explicit"],
    ]);
    expect(p.quotes.pattern).toEqual(["trailing", "speaker-first", "speaker-first", "according-to", "speaker-first"]);
    expect(p.quotes.verb).toEqual(["say", "say", "say", "according to", "claim"]);
    expect(p.quotes.stance).toEqual(["neutral", "neutral", "neutral", "neutral", "distancing"]);
    expect(p.quotes.words).toEqual([3, 4, 3, 4, 3]);
  });

  it("gives a partial quote the speaker of its clause, and does not count its words twice", () => {
    const p = parse('Lavrov said that the talks were "a waste of everyone\'s time" and ended.');
    expect(list(p)).toEqual([["the talks were \"a waste of everyone's time\" and ended", "indirect", "Sergey Lavrov", "explicit"], ["a waste of everyone's time", "direct", "Sergey Lavrov", "explicit"]]);
    expect(p.quotes.pattern[1]).toBe("within");
    expect(p.quotes.words).toEqual([5, 5]); // "the talks were … and ended" + the five quoted words
  });

  it("keeps a non-lexicon source as its raw phrase, unresolved as an actor", () => {
    const p = parse("According to the news service, the shelling continued. Moscow has said that it will not stop.");
    expect(list(p).map((r) => r.slice(2))).toEqual([["the news service", "explicit"], ["Moscow", "explicit"]]);
    expect(p.quotes.speakerResolved).toEqual([false, false]);
  });
});

describe("extractQuotes: edge cases", () => {
  it("an unclosed quote mark stops at the end of its paragraph and is flagged", () => {
    const p = parse('Lavrov said: "We will never agree to this.\nThe talks ended after an hour.');
    expect(list(p)).toEqual([["We will never agree to this.", "direct", "Sergey Lavrov", "explicit"]]);
    expect(p.quotes.unclosed).toEqual([true]);
  });

  it("a quote with no speaker anywhere is unresolved, never dropped", () => {
    const p = parse('The talks ended. "Nobody wants this war to go on."');
    expect(list(p)).toEqual([["Nobody wants this war to go on.", "direct", "unresolved", "none"]]);
    expect(p.quotes.speakerResolved).toEqual([false]);
    expect(p.quotes.verb).toEqual([""]);
    expect(p.quotes.stance).toEqual(["none"]);
  });

  it("an article with no quotes has empty columns", () => {
    const q = parse("The talks ended without a deal.").quotes;
    for (const col of Object.values(q)) expect(col).toEqual([]);
  });

  it("an article of one sentence", () => {
    const p = parse('"We are ready to talk again," Kuleba said.');
    expect(p.sentences.text).toHaveLength(1);
    expect(p.quotes.sentenceStart).toEqual([0]);
    expect(p.quotes.sentenceEnd).toEqual([0]);
    expect(list(p)[0][2]).toBe("Dmytro Kuleba");
  });

  it("nested quotes: the inner quote goes through the outer speaker and is marked with depth and parent", () => {
    const p = parse(`"He asked me, 'Can you do the same?' and I said no," Kuleba said.`);
    expect(list(p)).toEqual([["He asked me, 'Can you do the same?' and I said no,", "direct", "Dmytro Kuleba", "explicit"], ["Can you do the same?", "direct", "Dmytro Kuleba", "explicit"]]);
    expect(p.quotes.depth).toEqual([0, 1]);
    expect(p.quotes.parent).toEqual([-1, 0]);
    expect(p.quotes.pattern).toEqual(["after", "nested"]);
  });

  it("curly quotes are quotes; their apostrophes are not", () => {
    const p = parse("“We won’t get a capitulation from Kyiv,” said Kuleba. Lavrov’s team didn’t reply.");
    expect(list(p)).toEqual([["We won’t get a capitulation from Kyiv,", "direct", "Dmytro Kuleba", "explicit"]]);
  });

  it('a scare-quoted label is kind "scare", unless an attribution sits next to it', () => {
    const p = parse('Russia calls it a "special military operation" in Ukraine. "No," Kuleba said.');
    expect(list(p)).toEqual([["special military operation", "scare", "unresolved", "none"], ["No,", "direct", "Dmytro Kuleba", "explicit"]]);
    // the length is an option
    expect(parse('Russia calls it a "special military operation" in Ukraine.', { quotes: { minQuoteWords: 2 } }).quotes.kind).toEqual(["direct"]);
  });

  it("offsets index the text and rows are in text order", () => {
    const p = parse('Lavrov said that the talks failed. "We will never surrender," Kuleba said. "We are ready to talk again," he added.');
    expect(p.quotes.start).toEqual([...p.quotes.start].sort((a, b) => a - b));
    p.quotes.start.forEach((s, i) => expect(p.quotes.end[i]).toBeGreaterThan(s));
    expect(p.quotes.phraseStart.map((s, i) => (s < 0 ? "" : p.text.slice(s, p.quotes.phraseEnd[i])))).toEqual(p.quotes.phrase);
  });
});

describe("extractQuotes: options and heuristics", () => {
  it("takes the reporting-verb list as an option", () => {
    const text = "Lavrov said that the talks failed.";
    expect(parse(text, { quotes: { reportingVerbs: { ...REPORTING_VERBS, say: "distancing" } } }).quotes.stance).toEqual(["distancing"]);
    expect(parse(text, { quotes: { reportingVerbs: { claim: "distancing" } } }).quotes.kind).toEqual([]);
  });

  it("checks options with a message naming the option", () => {
    expect(() => quoteOptions({ minQuoteWords: 0 })).toThrow("invalid minQuoteWords: 0");
    expect(() => quoteOptions({ reportingVerbs: { say: "loud" as never } })).toThrow('invalid reportingVerbs stance for "say": loud');
    expect(() => quoteOptions({ reportingVerbs: { Say: "neutral" } })).toThrow('invalid reportingVerbs lemma: "Say"');
  });

  it("records the resolved quote options on the parse and does not freeze the caller's objects", () => {
    const verbs = { say: "neutral" as const };
    const p = parse("Lavrov said that it was over.", { quotes: { reportingVerbs: verbs } });
    expect(p.options.quotes).toEqual({ reportingVerbs: { say: "neutral" }, minQuoteWords: 4, personActors: null, antecedentSentences: 10 });
    expect(Object.isFrozen(verbs)).toBe(false);
    expect(Object.isFrozen(p.quotes.speaker)).toBe(true);
  });

  it("guesses people from canonical names; personActors overrides the guess", () => {
    expect(["Sergey Lavrov", "Mevlüt Çavuşoğlu", "Denis Pushilin"].map(isPersonName)).toEqual([true, true, true]);
    expect(["NATO", "European Union", "UN Security Council", "the West", "Russian Ministry of Defense", "The New York Times", "Reuters"].map(isPersonName)).toEqual([false, false, false, false, false, false, false]);
    const text = 'NATO met on Thursday. "We are ready to talk," he said.';
    expect(parse(text, { quotes: { personActors: ["NATO"] } }).quotes.speaker).toEqual(["NATO"]);
  });

  it("without a lexicon, names are kept as raw phrases and pronouns stay unresolved", () => {
    const p = parseQuoted(article({ text: '"We are ready to talk again," Kuleba said. "We will wait for an answer," he added.' }));
    expect(list(p).map((r) => r.slice(2))).toEqual([["Kuleba", "explicit"], ["unresolved", "none"]]);
    expect(p.quotes.speakerResolved).toEqual([false, false]);
  });

  it("reads only the parse (no new wink read) and gives the same columns as the parse", () => {
    const p = parse('"We are ready to talk again," Kuleba said. He said it was over.');
    expect(extractQuotes(p)).toEqual(p.quotes);
    expect(list(p).map((r) => r[2])).toEqual(["Dmytro Kuleba", "Dmytro Kuleba"]);
  });
});
