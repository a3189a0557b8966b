import { findQuoteMarks } from "../../src/quotes/marks";

const spans = (text: string) => findQuoteMarks(text).map((m) => ({ text: text.slice(m.start, m.end), unclosed: m.unclosed, depth: m.depth, parent: m.parent }));

describe("findQuoteMarks", () => {
  it("finds straight and curly double quotes, exclusive of the marks", () => {
    expect(spans('He said "no" and “never”.')).toEqual([
      { text: "no", unclosed: false, depth: 0, parent: -1 },
      { text: "never", unclosed: false, depth: 0, parent: -1 },
    ]);
  });

  it("never opens a quote at an apostrophe (didn't, Ukraine’s, boys')", () => {
    expect(spans("Ukraine’s minister didn't say 'yes'. The boys' toys.")).toEqual([]);
    expect(spans('"We didn\'t attack Ukraine’s cities," he said.').map((s) => s.text)).toEqual(["We didn't attack Ukraine’s cities,"]);
  });

  it("nests single quotes (straight or curly) and straight doubles inside a double quote", () => {
    expect(spans(`"I asked him, 'Can you do the same?' And he did not respond," Kuleba added.`)).toEqual([
      { text: "I asked him, 'Can you do the same?' And he did not respond,", unclosed: false, depth: 0, parent: -1 },
      { text: "Can you do the same?", unclosed: false, depth: 1, parent: 0 },
    ]);
    expect(spans('“They call it "peace talks" and ‘a truce’ but it is not,” he said.').map((s) => [s.text, s.depth, s.parent])).toEqual([
      ["They call it \"peace talks\" and ‘a truce’ but it is not,", 0, -1], ["peace talks", 1, 0], ["a truce", 1, 0],
    ]);
  });

  it("stops an unclosed quote at the end of its paragraph and flags it", () => {
    expect(spans('Lavrov said: "We will never agree.\nThe talks ended. "Fine," he said.')).toEqual([
      { text: "We will never agree.", unclosed: true, depth: 0, parent: -1 },
      { text: "Fine,", unclosed: false, depth: 0, parent: -1 },
    ]);
  });

  it("ignores a stray closing mark (TASS 004: `… a real work.\"` with no opening mark)", () => {
    expect(spans('It fits "within the logic," which is aimed at a real work."').map((s) => s.text)).toEqual(["within the logic,"]);
  });

  it("reads a re-opened curly quote as two quotes, and a closing “ as a close (003's typesetting)", () => {
    expect(spans("“A is true. “B is true,” he said.").map((s) => s.text)).toEqual(["A is true.", "B is true,"]);
    expect(spans("“It was a civilized meeting, “the head of Turkish diplomacy stated.").map((s) => [s.text, s.unclosed])).toEqual([["It was a civilized meeting,", false]]);
  });

  it("finds a quote that spans several sentences, and none in a text without marks", () => {
    expect(spans('"One. Two. Three," he said.').map((s) => s.text)).toEqual(["One. Two. Three,"]);
    expect(findQuoteMarks("No quotes here.")).toEqual([]);
    expect(findQuoteMarks("")).toEqual([]);
  });
});
