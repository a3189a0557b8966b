import { loadCorpus } from "../../src/corpus/index";
import { loadLexicon } from "../../src/lexicon/index";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, parseQuoted } from "../helpers";

/**
 * Quotes on the bundled corpus, checked by hand against the texts
 * (corpus/antalya-2022-03-10/*.txt). Each expected row is
 * [start of the quoted text, speaker, resolution].
 */
let seeds: Record<string, QuotedArticle>;
beforeAll(async () => {
  const corpus = await loadCorpus(BUNDLED);
  const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
  seeds = Object.fromEntries(corpus.articles.map((a) => [a.id.slice(0, 3), parseQuoted(a, lexicon)]));
});
const rows = (id: string, kind: string) => {
  const p = seeds[id], q = p.quotes;
  return q.kind.flatMap((k, i) => (k === kind ? [[p.text.slice(q.start[i], q.end[i]), q.speaker[i], q.resolution[i]]] : []));
};
/** Actual rows with each text cut to the length of the expected prefix, so a mismatch prints readably. */
const like = (actual: string[][], expected: string[][]) => actual.map((r, i) => [r[0].slice(0, expected[i]?.[0].length ?? 30), r[1], r[2]]);
const LAVROV = "Sergey Lavrov", KULEBA = "Dmytro Kuleba", PUTIN = "Vladimir Putin";

describe("quotes in 004 (TASS)", () => {
  it("attributes every direct quote as read by hand", () => {
    const expected = [
      // lead: `If Kiev wanted … that "…," then it fits "…," which …, Sergey Lavrov noted` (quotes inside Lavrov's reported clause)
      ["all of [Ukraine’s] good d", LAVROV, "explicit"],
      ["within the logic of Ukra", LAVROV, "explicit"],
      // `"I am not surprised that Mister Kuleba stated …," Lavrov said. "No one had plans here …"`
      ["I am not surprised that ", LAVROV, "explicit"],
      ["No one had plans here to", LAVROV, "continuation"],
      // `Lavrov said that if Kiev wanted … "…," then it fits "…," …` (the same two fragments again)
      ["all of [Ukraine’s] good d", LAVROV, "explicit"],
      ["within the logic of Ukra", LAVROV, "explicit"],
      ["We have arrived here not", LAVROV, "explicit"],
      ["This is where all practi", LAVROV, "continuation"],
      // `"It concerns the demilitarization …," the Russian foreign minister added.`
      ["It concerns the demilita", LAVROV, "role"],
      // `"We are ready for diplomacy …," he said after talks with … Lavrov and … Cavusoglu` (Kuleba named in the sentence before)
      ["We are ready for diplomacy", KULEBA, "pronoun"],
      // `"Ukraine has not surrendered …," the top Ukrainian diplomat said.`
      ["Ukraine has not surrendered", KULEBA, "role"],
      // Putin's address, quoted inside `Russian President Putin said … that …`
      ["who have been suffering", PUTIN, "explicit"],
    ];
    expect(like(rows("004", "direct"), expected)).toEqual(expected);
  });

  it("nearly all directly quoted words are Lavrov's or Kuleba's (Putin's one fragment is the rest)", () => {
    const q = seeds["004"].quotes;
    const words = (who?: string) => q.words.reduce((s, w, i) => s + (q.kind[i] === "direct" && q.parent[i] === -1 && (!who || q.speaker[i] === who) ? w : 0), 0);
    expect((words(LAVROV) + words(KULEBA)) / words()).toBeGreaterThan(0.9);
    expect(words(LAVROV) + words(KULEBA) + words(PUTIN)).toBe(words());
  });

  it("finds the reported speech with its verbs: Lavrov's, Kuleba's, Putin's (said, stressed) and the Defense Ministry's (reassured)", () => {
    const expected = [
      ["No one intended to agree", LAVROV, "explicit"], // headline `Russian top diplomat Lavrov: No one …`
      ["If Kiev wanted to announ", LAVROV, "explicit"],
      ["Russian-Ukrainian negoti", LAVROV, "explicit"],
      ["if Kiev wanted to announ", LAVROV, "explicit"],
      ["he Ukrainian side is rea", KULEBA, "explicit"],
      ["in response to a request", PUTIN, "explicit"],
      ["Moscow had no plans of o", PUTIN, "role"], // `The Russian leader stressed that …`
      ["Russian troops are not t", "Russian Ministry of Defense", "explicit"],
    ];
    expect(like(rows("004", "indirect"), expected)).toEqual(expected);
    const q = seeds["004"].quotes;
    expect(q.stance.filter((s, i) => q.kind[i] === "indirect")).toEqual(["none", "neutral", "neutral", "neutral", "neutral", "neutral", "assertive", "assertive"]);
    expect(q.kind.filter((k) => k === "scare")).toEqual([]);
  });
});

describe("quotes in 002 (Yahoo; paragraphs scraped out of order)", () => {
  it("attributes Kuleba's quotes that name him, and his nested question", () => {
    const p = seeds["002"], q = p.quotes;
    const i = q.kind.findIndex((_, k) => p.text.slice(q.start[k]).startsWith("I asked him"));
    expect([q.speaker[i], q.resolution[i], q.verb[i]]).toEqual([KULEBA, "explicit", "add"]);
    const nested = q.parent.indexOf(i);
    expect(p.text.slice(q.start[nested], q.end[nested])).toBe("Can you do the same?");
    expect([q.speaker[nested], q.depth[nested]]).toEqual([KULEBA, 1]);
    const agreed = q.kind.findIndex((_, k) => p.text.slice(q.start[k]).startsWith("agreed to continue"));
    expect([q.speaker[agreed], q.pattern[agreed], q.via[agreed]]).toEqual([KULEBA, "within", "The New York Times"]);
  });

  it('"I made a simple proposal to Minister Lavrov …," he told reporters: Kuleba, found forward — the actor addressed inside the quote (Lavrov) is excluded, no one else is named before it in the scraped order, and the next sentence names Kuleba', () => {
    expect(rows("002", "direct").find((r) => r[0].startsWith("I made a simple"))!.slice(1)).toEqual([KULEBA, "forward"]);
  });

  it("KNOWN MISATTRIBUTION: Kuleba's \"I will be ready to meet again in this format …,\" he added resolves to Lavrov, the only person named in the (scrambled) paragraphs before it (001 gives the line to Kuleba)", () => {
    expect(rows("002", "direct").find((r) => r[0].startsWith("I will be ready"))!.slice(1)).toEqual([LAVROV, "pronoun"]);
  });

  it("lists every direct and scare quote as the extractor attributes it", () => {
    const expected = [
      ["We didn't attack Ukraine", LAVROV, "forward"], // first line, `he added`: no one named before; the next sentence names Lavrov
      ["not planning to attack o", LAVROV, "explicit"], // inside `Lavrov, meanwhile, told reporters that …`
      ["I made a simple proposal", KULEBA, "forward"],
      ["agreed to continue effor", KULEBA, "explicit"],
      ["I will be ready to meet ", LAVROV, "pronoun"], // wrong, see above
      ["I asked him, 'Can you do", KULEBA, "explicit"],
      ["Can you do the same?", KULEBA, "explicit"],
      ["special military operati", "unresolved", "none"],
    ];
    expect(like([...rows("002", "direct"), ...rows("002", "scare")], expected)).toEqual(expected);
  });

  it("resolves reported speech: He said that Lavrov … is Kuleba's (the actor in the clause is not its speaker); sources are kept as via", () => {
    const p = seeds["002"], q = p.quotes;
    const at = (prefix: string) => q.kind.findIndex((_, k) => p.text.slice(q.start[k]).startsWith(prefix));
    const i = at("Lavrov did not commit");
    expect([q.speaker[i], q.resolution[i], q.phrase[i]]).toEqual([KULEBA, "pronoun", "He"]);
    const j = at("no progress was made");
    expect([q.speaker[j], q.via[j]]).toEqual([KULEBA, "Reuters"]);
    const k = at("Kyiv appears to want");
    expect([q.speaker[k], q.resolution[k]]).toEqual([LAVROV, "pronoun"]);
  });
});

describe("quotes in 000, 001, 003 (translations)", () => {
  it("000: every direct quote of the body with a speaker is Lavrov's; the headline and two of three subheading quotes have none", () => {
    const p = seeds["000"], q = p.quotes;
    const direct = q.kind.flatMap((k, i) => (k === "direct" ? [q.speaker[i]] : []));
    expect(new Set(direct)).toEqual(new Set([LAVROV, "unresolved"]));
    // headline + two subheadings; KNOWN MISATTRIBUTION (issue 11 finding 8): the subheading "Russia wants the war to be
    // over!" is a paragraph that is one quote, ending on "!", right after Lavrov's quote paragraph, so it reads as his
    // words run on (the wire convention for multi-paragraph quotes); only typography tells a subheading apart
    expect(direct.filter((s) => s === "unresolved")).toHaveLength(3);
    const over = q.kind.findIndex((_, k) => p.text.slice(q.start[k]).startsWith("Russia wants the war to be over!"));
    expect([q.speaker[over], q.resolution[over]]).toEqual([LAVROV, "continuation"]);
    const scare = q.kind.flatMap((k, i) => (k === "scare" ? [p.text.slice(q.start[i], q.end[i])] : []));
    expect(scare).toEqual(["on the table", "Azov"]);
  });

  it("001: the distancing verbs are Lavrov's (accused ×2, claimed ×2) and the role noun resolves by nationality", () => {
    const p = seeds["001"], q = p.quotes;
    const distancing = q.kind.flatMap((k, i) => (k === "indirect" && q.stance[i] === "distancing" ? [[q.speaker[i], q.verb[i]]] : []));
    expect(distancing).toEqual([[LAVROV, "accuse"], [LAVROV, "claim"], [LAVROV, "accuse"], [LAVROV, "claim"]]);
    const i = q.phrase.indexOf("the Ukrainian minister");
    expect([q.speaker[i], q.resolution[i]]).toEqual([KULEBA, "role"]);
  });

  it("003: re-opened quotes take the speaker of the quote they run into; the head of Turkish diplomacy is Çavuşoğlu", () => {
    const p = seeds["003"], q = p.quotes;
    const at = (prefix: string) => q.kind.findIndex((_, k) => p.text.slice(q.start[k]).startsWith(prefix));
    expect([q.speaker[at("Everyone is well aware")], q.resolution[at("Everyone is well aware")]]).toEqual([LAVROV, "continuation"]);
    expect(q.speaker[at("The most tragic situation")]).toBe(KULEBA);
    expect([q.speaker[at("I have already said")], q.resolution[at("I have already said")]]).toEqual(["Mevlüt Çavuşoğlu", "role"]);
    // Kuleba's opening quote: "he said" after a sentence naming both ministers, neither as subject — unresolved rather than a guess
    expect(q.speaker[at("We are ready to find")]).toBe("unresolved");
  });
});
