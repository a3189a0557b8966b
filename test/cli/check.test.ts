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
