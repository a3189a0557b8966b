import { lexiconPatterns, parseLexicon, validateLexicon } from "../../src/lexicon";
import type { Lexicon } from "../../src/lexicon";

describe("lexiconPatterns", () => {
  it("lists every pattern with its section, key and label, in file order", () => {
    const lex = parseLexicon("actors:\n  A: [a1, a2]\nconcepts:\n  c:\n    labels:\n      x: [x1]\nframes:\n  f: [f1]\n");
    expect(lexiconPatterns(lex).map((p) => `${p.section}/${p.key}/${p.label}/${p.pattern}`)).toEqual([
      "actors/A/A/a1", "actors/A/A/a2", "concepts/c/x/x1", "frames/f/f/f1",
    ]);
  });
});

describe("validateLexicon", () => {
  const base: Lexicon = { name: "t", version: "1", hash: "h", actors: [], concepts: [], frames: [] };
  it("accepts the same pattern in two different sections", () => {
    expect(() => validateLexicon({ ...base, concepts: [{ id: "c", labels: [{ label: "smo", variants: ["special military operation"] }] }], frames: [{ id: "f", cues: ["special military operation"] }] })).not.toThrow();
  });
  it("rejects one pattern under two labels of a concept, even across concepts", () => {
    expect(() => validateLexicon({ ...base, concepts: [
      { id: "c1", labels: [{ label: "a", variants: ["crisis"] }] },
      { id: "c2", labels: [{ label: "b", variants: ["Crisis"] }] },
    ] })).toThrow(/"Crisis" is claimed by two entries: "c1\/a" and "c2\/b"/);
  });
  it("rejects a lone wildcard and a wildcard inside a word", () => {
    expect(() => validateLexicon({ ...base, frames: [{ id: "f", cues: ["*"] }] })).toThrow(/empty pattern/);
    expect(() => validateLexicon({ ...base, frames: [{ id: "f", cues: ["in*vade"] }] })).toThrow(/misplaced "\*"/);
  });
});
