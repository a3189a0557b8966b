import { fold, foldChar, foldWithMap } from "../../src/lexicon/fold";

describe("fold", () => {
  it("removes case and diacritics, including letters Unicode does not decompose", () => {
    expect(fold("Mevlüt Çavuşoğlu")).toBe("mevlut cavusoglu");
    expect(fold("Kılıçdaroğlu")).toBe("kilicdaroglu");
    expect(fold("Łódź")).toBe("lodz");
    expect(fold("Lavrov’s")).toBe("lavrov's");
  });
  it("collapses whitespace", () => {
    expect(fold("  special \n military   operation ")).toBe("special military operation");
  });
  it("maps folded offsets back to the original text", () => {
    const text = "Çavuşoğlu and Kuleba";
    const { folded, origin } = foldWithMap(text);
    const at = folded.indexOf("kuleba");
    expect(text.slice(origin[at], origin[at + "kuleba".length - 1] + 1)).toBe("Kuleba");
    expect(origin[folded.length]).toBe(text.length);
  });
  it("keeps offsets right when a decomposed (NFD) letter folds to one character", () => {
    const text = "Mevlu\u0308t Lavrov";
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe("mevlut lavrov");
    const at = folded.indexOf("lavrov");
    expect(text.slice(origin[at])).toBe("Lavrov");
  });
});

describe("issue 9: foldChar's ASCII fast path", () => {
  it("folds every ASCII character as the general rule does (lower case, NFD, marks stripped)", () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      expect(foldChar(ch)).toBe(ch.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""));
    }
  });
});
