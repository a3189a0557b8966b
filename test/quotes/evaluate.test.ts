import { normalizeQuoteText, scoreQuotes, type EvalDocument } from "../../src/quotes/evaluate";

const freeze = <T>(x: T): T => Object.freeze(x);

describe("scoreQuotes (hand computed)", () => {
  it("counts precision over found quotes, recall over gold quotes and speaker accuracy over detected gold quotes", () => {
    // doc d1: gold A (Kessler), B (null), C (Ortiz); found A (Kessler ✓), B (Ortiz ✗: gold has none), X (not gold)
    // doc d2: gold D (Hale); found nothing
    // gold 4, found 3, detected 2 (A, B), correct 1 (A) → precision 2/3, recall 2/4, accuracy 1/2
    const docs: EvalDocument[] = freeze([
      freeze({ id: "d1", gold: [{ text: "We will not raise taxes,", speaker: "Maria Kessler", tag: "x-said" }, { text: "Everyone is angry,", speaker: null, tag: "anonymous" }, { text: "Every government promises that,", speaker: "Rafael Ortiz", tag: "said-x" }], found: [{ text: "We will not raise taxes,", speaker: "Maria Kessler" }, { text: "Everyone is angry", speaker: "Rafael Ortiz" }, { text: "special operation", speaker: null }] }),
      freeze({ id: "d2", gold: [{ text: "Hope is not a strategy.", speaker: "Jonathan Hale", tag: "x-said" }], found: [] }),
    ]);
    const s = scoreQuotes(docs);
    expect([s.gold, s.found, s.detected, s.correct]).toEqual([4, 3, 2, 1]);
    expect([s.precision, s.recall, s.speakerAccuracy]).toEqual([2 / 3, 2 / 4, 1 / 2]);
    expect(s.byTag).toEqual([["anonymous", { gold: 1, detected: 1, correct: 0 }], ["said-x", { gold: 1, detected: 0, correct: 0 }], ["x-said", { gold: 2, detected: 1, correct: 1 }]]);
    expect(s.errors.map((e) => [e.doc, e.tag, e.found])).toEqual([["d1", "anonymous", "Rafael Ortiz"], ["d1", "said-x", undefined], ["d2", "x-said", undefined]]);
  });

  it("pairs each found quote at most once, in order, and a gold text ending in ' …' is a prefix", () => {
    // the same partial quote twice in gold, once found: one detected; a prefix gold matches the long found quote
    const s = scoreQuotes([{ id: "d", gold: [{ text: "all of it failed,", speaker: "A", tag: "t" }, { text: "all of it failed,", speaker: "A", tag: "t" }, { text: "No one had plans …", speaker: "A", tag: "t" }], found: [{ text: "all of it failed", speaker: "A" }, { text: "No one had plans here to agree.", speaker: "B" }] }]);
    expect([s.detected, s.correct, s.found]).toEqual([2, 1, 2]);
    expect([s.precision, s.recall]).toEqual([1, 2 / 3]);
  });

  it("states its empty-input rule: NaN where a ratio has nothing to count", () => {
    const s = scoreQuotes([]);
    expect([s.gold, s.found, s.precision, s.recall, s.speakerAccuracy].map(String)).toEqual(["0", "0", "NaN", "NaN", "NaN"]);
  });

  it("compares texts with white space collapsed and end punctuation dropped", () => {
    expect(normalizeQuoteText("  We  are\nready,”  ")).toBe("We are ready,”"); // quote marks are not punctuation to drop
    expect(normalizeQuoteText("…No. ")).toBe("No");
    expect(normalizeQuoteText("a (b).")).toBe("a (b)");
  });
});
