import fc from "fast-check";
import { parseArticle } from "../../src/parse";
import { articleTerms } from "../../src/profile/terminology-terms";
import { isTerm, POSSESSIVE_STOP_HOSTS, TERM_DEFAULTS, termCounts, termWords, TERM_SHAPE } from "../../src/profile/terms";
import { article } from "../helpers";
import { loadedArticle, newsDocument } from "../property/news-text";

const uni = (text: string, o: Parameters<typeof termCounts>[1] = {}) => [...termCounts(parseArticle(article({ text })), { ngrams: [1], ...o }).keys()];
// The documented rule (TERM_SHAPE's TSDoc), written out independently: pieces of letters/digits (marks after the first
// character) joined by - ' . (or , : / between digits), an optional final full stop, an optional sign before a number.
const PIECE = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*";
const RULE = new RegExp(`^(?:[-+](?=\\p{N}))?${PIECE}(?:(?:[-'.]|(?<=\\p{N})[,:/](?=\\p{N}))${PIECE})*\\.?$`, "u");

describe("issue 11 finding 4: a term is a word, and possessives split the same way for both apostrophes", () => {
  it("never counts punctuation or symbols: the dateline dash, currency signs, LRM, emoji", () => {
    const text = "MOSCOW ― Officials met. They paid $5 and €20 \u200e today 😀 🇺🇦 № 5 ½ § 4. Kim\u200e spoke ― again.";
    for (const keepNumbers of [false, true]) for (const keepStopWords of [false, true]) {
      const terms = uni(text, { keepNumbers, keepStopWords });
      for (const bad of ["―", "$", "€", "\u200e", "😀", "🇺", "🇦", "№", "§"]) expect(terms.filter((t) => t.includes(bad))).toEqual([]);
      expect(terms).toContain("kim"); // the invisible mark is dropped, the word kept
      expect(terms.includes("½")).toBe(keepNumbers); // no letter: a number
    }
  });

  it("counts a curly possessive as the straight one does, at a comma, a full stop or mid-sentence", () => {
    const curly = "Trump’s plan. They backed Trump’s. Lavrov’s, said Çavuşoğlu’s aide; everyone’s view.";
    const straight = curly.replace(/’/g, "'");
    const c = termCounts(parseArticle(article({ text: curly })), { ngrams: [1] });
    const s = termCounts(parseArticle(article({ text: straight })), { ngrams: [1] });
    expect(Object.fromEntries(c)).toEqual(Object.fromEntries(s));
    expect(c.get("trump")).toBe(2);
    expect([...c.keys()].filter((k) => k.includes("'") || k.includes("’"))).toEqual([]);
    expect(c.get("lavrov")).toBe(1);
    expect(c.get("çavuşoğlu")).toBe(1); // the split word rejoined, the clitic off its last piece
    expect(c.has("everyone")).toBe(false); // a stop word once its clitic is off
  });

  it("keeps apostrophes inside words, folded to the straight one", () => {
    expect(uni("It was five o’clock; O’Brien left at five o'clock.")).toEqual(["o'clock", "o'brien", "leave"]);
  });

  it("splits an unsplit possessive into the word and the clitic, which breaks a bigram as wink's split does", () => {
    const { bigrams } = articleTerms(parseArticle(article({ text: "Aides backed Trump’s, aides said." })), { unit: "lemma", keepStopWords: false, keepNumbers: false });
    expect([...bigrams].flatMap(([a, m]) => [...m.keys()].map((b) => `${a} ${b}`)).sort()).toEqual(["aide say", "aides back", "back trump"]); // no "trump aide": the clitic and comma break it
    const words = termWords(parseArticle(article({ text: "Trump’s." })));
    expect(words.map((w) => [w.form, isTerm(w, TERM_DEFAULTS)])).toEqual([["trump", true], ["'s", false], [".", false]]);
  });

  it("restores the stop flag of a possessive's host from a list that agrees with wink", () => {
    // wink flags each host a stop word when it splits the clitic off ("everyone 's plan")
    const p = parseArticle(article({ text: [...POSSESSIVE_STOP_HOSTS].map((w) => `${w} 's plan`).join(". ") + "." }));
    const hosts = termWords(p).filter((w) => POSSESSIVE_STOP_HOSTS.has(w.form));
    expect(hosts.map((w) => w.form).sort()).toEqual([...POSSESSIVE_STOP_HOSTS].sort());
    expect(hosts.every((w) => w.stop)).toBe(true);
  });

  it("TERM_SHAPE is the documented rule", () => {
    for (const ok of ["kim", "cease-fire", "o'clock", "u.s.", "mr.", "24-hour", "1,234.56", "10:30", "-5", "विदेश", "çavuşoğlu", "3rd"]) expect([ok, TERM_SHAPE.test(ok)]).toEqual([ok, true]);
    for (const bad of ["―", "$", "\u200e", "😀", "'s", "-", "a--b", "a,b", "-x", "№", "️⃣", "a'"]) expect([bad, TERM_SHAPE.test(bad)]).toEqual([bad, false]);
  });

  it("every term of hostile news text is a word (property, fast-check)", () => {
    fc.assert(
      fc.property(newsDocument({ long: false, maxParagraphs: 3 }), fc.boolean(), fc.boolean(), fc.constantFrom("lemma" as const, "surface" as const), (text, keepStopWords, keepNumbers, unit) => {
        const a = loadedArticle({ id: "p", outlet: "o", text });
        if (a.text.trim() === "") return;
        const c = termCounts(parseArticle(a), { unit, keepStopWords, keepNumbers });
        for (const term of c.keys()) for (const w of term.split(" ")) {
          if (!RULE.test(w)) throw new Error(`term ${JSON.stringify(term)} breaks the rule (text ${JSON.stringify(text.slice(0, 200))})`);
          if (!keepNumbers && !/\p{L}/u.test(w)) throw new Error(`number ${JSON.stringify(w)} counted without keepNumbers`);
        }
        expect(term(c)).toBe(true);
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});

/** No term keeps a curly apostrophe or a possessive ending. */
function term(c: ReadonlyMap<string, number>): boolean {
  for (const k of c.keys()) if (k.includes("’") || /(^|[^\s])'s( |$)/.test(k)) return false;
  return true;
}
