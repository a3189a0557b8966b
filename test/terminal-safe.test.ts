import fc from "fast-check";
import { terminalSafe } from "../src/terminal-safe";

describe("terminalSafe", () => {
  it("escapes each kind of control character in its own form", () => {
    expect(["\n", "\t", "\r", "\u0000", "\u001b", "\u007f", "\u0080", "\u009b", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069"].map(terminalSafe))
      .toEqual(["\\n", "\\t", "\\r", "\\x00", "\\x1b", "\\x7f", "\\u0080", "\\u009b", "\\u2028", "\\u2029", "\\u202a", "\\u202e", "\\u2066", "\\u2069"]);
  });

  it("leaves printable text as is: accents, CJK, RTL letters, emoji, zero-width joiners, backslashes", () => {
    const s = "Çavuşoğlu 北京 مرحبا 👨‍👩‍👧 🇺🇦 a\\b \u00a0\u200d";
    expect(terminalSafe(s)).toBe(s);
  });

  it("replaces each lone surrogate with U+FFFD and keeps pairs", () => {
    expect(terminalSafe("\ud83d\ude00\ud83d")).toBe("\ud83d\ude00\ufffd");
    expect(terminalSafe("\ude00\ud83d\ude00")).toBe("\ufffd\ud83d\ude00");
    expect(terminalSafe("\udbff\ud800\udc00\udc00")).toBe("\ufffd\ud800\udc00\ufffd");
  });

  it("gives well-formed text with no control characters for any string, and changes no safe one", () => {
    const unit = fc.oneof(fc.string({ unit: "binary", maxLength: 3 }), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join("")), (s) => {
      const out = terminalSafe(s);
      expect((out as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/.test(s)) expect(out).toBe(s);
    }), { numRuns: 300, seed: 9 });
  });
});
