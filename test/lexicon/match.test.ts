import { compileLexicon, findLexiconHits, parseLexicon } from "../../src/lexicon";

const lex = parseLexicon(`actors:
  Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov, Lavrov]
  Mevlüt Çavuşoğlu: [Mevlüt Çavuşoğlu, Cavusoglu]
concepts:
  conflict:
    labels:
      operation: [operation]
      special military operation: [special military operation]
      invasion: [invasion, invad*]
  capital:
    labels:
      Kyiv: [Kyiv]
      Kiev: [Kiev]
frames:
  security: [special military operation, security]
`, "t.yaml");
const matcher = compileLexicon(lex);
const hits = (text: string) => findLexiconHits(text, matcher).map((h) => `${h.section}:${h.label}=${text.slice(h.start, h.end)}`);

describe("findLexiconHits", () => {
  it("is case- and diacritic-insensitive and matches multi-word names whole", () => {
    expect(hits("SERGEI LAVROV met Mevlut Cavusoglu.")).toEqual(["actors:Sergey Lavrov=SERGEI LAVROV", "actors:Mevlüt Çavuşoğlu=Mevlut Cavusoglu"]);
  });
  it("counts possessives, straight and curly", () => {
    expect(hits("Lavrov's view; Lavrov’s view")).toEqual(["actors:Sergey Lavrov=Lavrov", "actors:Sergey Lavrov=Lavrov"]);
  });
  it("respects token boundaries", () => {
    expect(hits("Lavrovich and Kievan Rus and invasions")).toEqual([]);
  });
  it("prefers the longest label within a section, while other sections still match", () => {
    expect(hits("a special military operation")).toEqual([
      "concepts:special military operation=special military operation",
      "frames:security=special military operation",
    ]);
    expect(hits("the operation")).toEqual(["concepts:operation=operation"]);
  });
  it("matches multi-word patterns across a line break, prefix wildcards, and hyphenated patterns", () => {
    expect(findLexiconHits("a cease-fire", compileLexicon(parseLexicon("frames:\n  f: [cease-fire, U.S.]\n"))).map((h) => h.pattern)).toEqual(["cease-fire"]);
    expect(hits("special\nmilitary operation; they invaded")).toEqual([
      "concepts:special military operation=special\nmilitary operation",
      "frames:security=special\nmilitary operation",
      "concepts:invasion=invaded",
    ]);
  });
  it("gives offsets into the original text even after expanding letters", () => {
    const text = "Straße Çavuşoğlu’s Kiev";
    const found = findLexiconHits(text, matcher);
    expect(found.map((h) => text.slice(h.start, h.end))).toEqual(["Çavuşoğlu", "Kiev"]);
  });
});
