import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { colourEnabled, paint } from "../../src/cli/colour";
import { didYouMean, editDistance } from "../../src/util/did-you-mean";
import { BUNDLED } from "../helpers";

async function run(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

/** Plain Levenshtein by the textbook recurrence, as the reference for strings without adjacent swaps. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe("editDistance (optimal string alignment)", () => {
  it("counts an adjacent swap as one edit, where Levenshtein counts two", () => {
    expect(editDistance("lexcion", "lexicon")).toBe(1);
    expect(levenshtein("lexcion", "lexicon")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("is symmetric, zero only for equal strings, and never above Levenshtein nor below half of it", () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
      const d = editDistance(a, b), l = levenshtein(a, b);
      expect(editDistance(b, a)).toBe(d);
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(l);
      expect(2 * d).toBeGreaterThanOrEqual(l);
    }));
  });
});

describe("didYouMean", () => {
  const flags = ["--lexicon", "--out", "--formats", "--no-figures", "--jobs", "--json"];
  it("suggests the known word a slip came from, and nothing for a word far from all", () => {
    expect(didYouMean("--lexcion", flags)).toBe("--lexicon");
    expect(didYouMean("--fromats", flags)).toBe("--formats");
    expect(didYouMean("--no-fig", flags)).toBe("--no-figures");
    expect(didYouMean("--bogus", flags)).toBeUndefined();
    expect(didYouMean("analyse", ["check", "analyze", "map", "reduce"])).toBe("analyze");
  });
  it("does not depend on the order of the known words", () => {
    fc.assert(fc.property(fc.shuffledSubarray(flags, { minLength: flags.length }), fc.constantFrom("--jsn", "--jobz", "--ot", "--lexicon"), (order, typed) => {
      expect(didYouMean(typed, order)).toBe(didYouMean(typed, flags));
    }));
  });
});

describe("issue 12: CLI conventions (usage errors, did you mean, --quiet, --json, NO_COLOR)", () => {
  it("a mistyped flag names the flag it most likely meant, in one line and without the full help", async () => {
    const r = await run("analyze", BUNDLED, "--lexcion", "x.yaml");
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option "--lexcion" (did you mean --lexicon?)');
    expect(r.err).toContain('Run "framediff analyze --help"');
    expect(r.err).not.toContain("Usage:");
    expect(r.err.trim().split("\n")).toHaveLength(2);
  });
  it("a mistyped command is suggested too; a wild one is only named", async () => {
    const r = await run("analyse", BUNDLED);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "analyse" (did you mean analyze?)');
    expect(r.err).not.toContain("Usage:");
    const wild = await run("frobnicate");
    expect(wild.err).toContain('unknown command "frobnicate"\n');
  });
  it("a usage error without a flag (a missing corpus) is one line and the help hint", async () => {
    const r = await run("check");
    expect(r.code).toBe(2);
    expect(r.err).toBe('framediff check: expected one corpus path, got 0\nRun "framediff check --help" for its options.\n');
  });
  it("--quiet prints nothing on success; check still prints a corpus it cannot use", async () => {
    const ok = await run("check", BUNDLED, "--quiet");
    expect(ok.code).toBe(0);
    expect(ok.out + ok.err).toBe("");
    const bad = await run("check", "-q", "/nonexistent/corpus.jsonl");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("/nonexistent/corpus.jsonl");
  });
  it("analyze --json prints one JSON summary naming its files; --quiet prints nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-conv-"));
    const j = await run("analyze", BUNDLED, "--no-figures", "--iterations", "20", "--out", join(dir, "a"), "--json", "--no-store");
    expect(j.code).toBe(0);
    expect(j.err).toBe("");
    const summary = JSON.parse(j.out);
    expect(summary.command).toBe("analyze");
    expect(summary.files).toContain("report.html");
    expect(typeof summary.warnings).toBe("number");
    const q = await run("analyze", BUNDLED, "--no-figures", "--iterations", "20", "--out", join(dir, "b"), "-q", "--no-store");
    expect(q.code).toBe(0);
    expect(q.out + q.err).toBe("");
  }, 120_000);
  it("colour only on a terminal, and never with NO_COLOR set or TERM=dumb", () => {
    expect(colourEnabled(true, {})).toBe(true);
    expect(colourEnabled(false, {})).toBe(false);
    expect(colourEnabled(undefined, {})).toBe(false);
    expect(colourEnabled(true, { NO_COLOR: "1" })).toBe(false);
    expect(colourEnabled(true, { NO_COLOR: "" })).toBe(true); // no-color.org: only a non-empty value disables
    expect(colourEnabled(true, { TERM: "dumb" })).toBe(false);
    expect(paint("error", "x", false)).toBe("x");
    expect(paint("error", "x", true)).toBe("\x1b[31mx\x1b[0m");
  });
  it("errors written to a test's own stream never carry colour codes", async () => {
    const r = await run("check", "--bogus");
    expect(r.err).not.toMatch(/\x1b\[/);
  });
});
