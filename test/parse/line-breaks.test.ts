import { withLineBreakBoundaries } from "../../src/parse/line-breaks";

describe("withLineBreakBoundaries", () => {
  it("turns each run of white space with a line break into one blank line", () => {
    expect(withLineBreakBoundaries("a\nb\n\n\n\nc \n d", true).analysed).toBe("a\n\nb\n\nc\n\nd");
  });
  it("maps offsets back to the original text", () => {
    const text = "ab\ncd\n\n\n\nef \n gh";
    const { analysed, toOriginal } = withLineBreakBoundaries(text, true);
    for (const word of ["ab", "cd", "ef", "gh"]) {
      const at = analysed.indexOf(word);
      expect(text.slice(toOriginal(at), toOriginal(at + 2))).toBe(word);
    }
  });
  it("is the identity when disabled or without line breaks", () => {
    expect(withLineBreakBoundaries("a\nb", false).analysed).toBe("a\nb");
    expect(withLineBreakBoundaries("ab", true).toOriginal(1)).toBe(1);
  });
});
