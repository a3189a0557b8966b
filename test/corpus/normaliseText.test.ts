import { normaliseLabel, normaliseText } from "../../src/corpus/normaliseText";

describe("normaliseText", () => {
  it("strips a leading BOM only", () => {
    expect(normaliseText("\uFEFFabc")).toBe("abc");
    expect(normaliseText("a\uFEFFb")).toBe("a\uFEFFb");
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(normaliseText("a\r\nb\rc\n\r\nd")).toBe("a\nb\nc\n\nd");
  });

  it("composes to NFC", () => {
    expect(normaliseText("Mevlu\u0308t C\u0327avus\u0327og\u0306lu")).toBe("Mevlüt Çavuşoğlu");
  });

  it("alters nothing else", () => {
    const s = "  Tabs\tand  spaces  \n\n\n“quotes” — dashes … \u00a0nbsp\n";
    expect(normaliseText(s)).toBe(s);
    expect(normaliseText("")).toBe("");
  });
});

describe("normaliseLabel", () => {
  it("trims and composes", () => {
    expect(normaliseLabel("  Mevlu\u0308t \n")).toBe("Mevlüt");
  });
});
