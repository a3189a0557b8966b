import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCorpus, defaultLexiconPath, formatCheckReport } from "../../src/cli/check";
import { BUNDLED } from "../helpers";

describe("defaultLexiconPath", () => {
  it("prefers the lexicon given, else the corpus's own", () => {
    expect(defaultLexiconPath(BUNDLED, "x.yaml")).toBe("x.yaml");
    expect(defaultLexiconPath(BUNDLED)).toBe(join(BUNDLED, "lexicon.yaml"));
    const dir = mkdtempSync(join(tmpdir(), "fd-lexpath-"));
    writeFileSync(join(dir, "c.jsonl"), "");
    expect(defaultLexiconPath(join(dir, "c.jsonl"))).toBeUndefined();
    writeFileSync(join(dir, "c.lexicon.yaml"), "");
    expect(defaultLexiconPath(join(dir, "c.jsonl"))).toBe(join(dir, "c.lexicon.yaml"));
  });
});

describe("checkCorpus", () => {
  it("warns that no hits are counted when there is no lexicon", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fd-check-")), "c.jsonl");
    writeFileSync(file, ['{"id":"a","outlet":"x","text":"One."}', '{"id":"b","outlet":"y","text":"Two."}'].join("\n"));
    const r = await checkCorpus(file);
    expect(r.usable).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-lexicon"]);
    expect(formatCheckReport(r)).toMatch(/Lexicon: none[\s\S]*usable: 2 articles from 2 outlets\.\n$/);
  });
  it("collects problems from both the lexicon and the corpus", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-check-"));
    writeFileSync(join(dir, "l.yaml"), "actors:\n  A: []\n");
    writeFileSync(join(dir, "c.jsonl"), '{"id":"a","outlet":"x","text":""}\n{"id":"b","outlet":"y","text":"Fine."}\n');
    const r = await checkCorpus(join(dir, "c.jsonl"), { lexicon: join(dir, "l.yaml") });
    expect(r.usable).toBe(false);
    expect(r.errors.map((e) => e.file)).toEqual([join(dir, "l.yaml"), join(dir, "c.jsonl")]);
    expect(formatCheckReport(r)).toMatch(/Problems \(2\):/);
  });
});

describe("issue 8 finding 4: check streams (a report of any length)", () => {
  it("formats 300,000 problems, one line each, without a spread into push", () => {
    const errors = Array.from({ length: 300_000 }, (_, i) => ({ code: "missing-field", file: "c.jsonl", line: i + 1, field: "text", message: "missing value." }));
    const text = formatCheckReport({ usable: false, warnings: [], errors, verdict: "NOT USABLE" });
    const lines = text.split("\n");
    expect(lines[0]).toBe("Problems (300000):");
    expect(lines[300_000]).toBe('  - c.jsonl:300000 field "text": missing value.');
    expect(lines.length).toBe(1 + 300_000 + 1 + 1 + 1); // title, problems, blank, verdict, final newline
  });
});
