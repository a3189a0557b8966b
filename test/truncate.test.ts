import fc from "fast-check";
import { excerpt, truncateCodePoints } from "../src/truncate";

const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const codePoints = (s: string) => Array.from(s).length;

describe("truncateCodePoints", () => {
  it("counts code points, not UTF-16 units, and never keeps half an emoji", () => {
    expect(truncateCodePoints("ab😀c", 3)).toBe("ab😀");
    expect(truncateCodePoints("😀😀😀", 2)).toBe("😀😀");
    expect(truncateCodePoints("😀😀😀", 0)).toBe("");
    expect(truncateCodePoints("short", 99)).toBe("short");
  });

  it("keeps combining marks, flags and ZWJ sequences with their base", () => {
    expect(truncateCodePoints("cafe\u0301!", 4)).toBe("caf");
    expect(truncateCodePoints("cafe\u0301!", 5)).toBe("cafe\u0301");
    expect(truncateCodePoints("a🇺🇦b", 2)).toBe("a");
    expect(truncateCodePoints("a👨‍👩‍👧b", 5)).toBe("a");
    expect(truncateCodePoints("a👨‍👩‍👧b", 6)).toBe("a👨‍👩‍👧");
  });

  it("cuts between code points only when not even the first grapheme fits", () => {
    expect(truncateCodePoints("e\u0301\u0302\u0303x", 2)).toBe("e\u0301");
    expect(truncateCodePoints("👨‍👩‍👧", 3)).toBe("👨‍👩");
  });

  it("rejects a max that is not a whole number ≥ 0", () => {
    expect(() => truncateCodePoints("x", -1)).toThrow("invalid max: -1 (use a whole number ≥ 0)");
    expect(() => truncateCodePoints("x", 1.5)).toThrow("invalid max: 1.5");
  });
});

describe("excerpt", () => {
  it("ends a cut string with … and stays within max code points", () => {
    expect(excerpt("Lavrov said 👍👍👍", 14)).toBe("Lavrov said 👍…");
    expect(excerpt("Lavrov said 👍👍👍", 15)).toBe("Lavrov said 👍👍👍");
    expect(excerpt("abc", 1)).toBe("…");
    expect(() => excerpt("abc", 0)).toThrow("invalid excerpt length: 0");
  });
});

describe("issue 8 finding 9: no half emoji", () => {
  // Astral characters (emoji, CJK extension B, math letters) mixed with ASCII, combining marks, ZWJ and regional indicators.
  const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
  const piece = fc.oneof(astral, astral, fc.constantFrom("a", " ", "\u0301", "\u200d", "🇺", "🇦", "👍🏽"));
  const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(""));

  it("truncating any string of astral characters at any length gives well-formed UTF-16, a prefix, within the limit", () => {
    fc.assert(fc.property(text, fc.nat({ max: 60 }), (s, max) => {
      const cut = truncateCodePoints(s, max);
      expect(wellFormed(cut)).toBe(true);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(s.startsWith(cut)).toBe(true);
      expect(codePoints(cut)).toBeLessThanOrEqual(max);
      if (codePoints(s) <= max) expect(cut).toBe(s);
      const ex = excerpt(s, max + 1);
      expect(wellFormed(ex)).toBe(true);
      expect(codePoints(ex)).toBeLessThanOrEqual(max + 1);
    }), { numRuns: 300, seed: 89 });
  });

  it("cuts where a slice by UTF-16 units would leave half an emoji", () => {
    const s = "😀".repeat(5);
    expect(wellFormed(s.slice(0, 3))).toBe(false); // the bug this replaces
    expect(truncateCodePoints(s, 3)).toBe("😀😀😀");
  });
});

describe("issue 9: the printable-ASCII fast path cuts where the grapheme walk does", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  /** The cut by graphemes alone (the general path), as an independent reference. */
  const byGraphemes = (s: string, max: number) => {
    let points = 0, end = 0;
    for (const { segment, index } of segmenter.segment(s)) {
      const n = [...segment].length;
      if (points + n > max) break;
      points += n;
      end = index + segment.length;
    }
    return s.slice(0, end);
  };
  it("property: equal on ASCII-heavy text with accents, emoji, CR LF and combining marks mixed in", () => {
    const piece = fc.oneof(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 }), fc.constantFrom("é", "e\u0301", "👍🏽", "\r\n", "\n", "🇺🇦", "Київ"));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((xs) => xs.join("")), fc.integer({ min: 1, max: 60 }), (s, max) => {
      const r = byGraphemes(s, max);
      if (r.length > 0 || max === 0) expect(truncateCodePoints(s, max)).toBe(r);
    }), { numRuns: 500 });
  });
});
