import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FramediffError } from "../../src/errors";
import { loadLexicon, parseLexicon } from "../../src/lexicon";

const GOOD = `name: test
version: 2
actors:
  Sergey Lavrov: [Sergey Lavrov, Sergei Lavrov, Lavrov]
  Dmytro Kuleba: [Dmytro Kuleba, Dmitry Kuleba, Kuleba]
concepts:
  conflict:
    description: naming of the war
    labels:
      invasion: [invasion, invad*]
      special military operation: [special military operation]
frames:
  humanitarian:
    description: civilians and aid
    cues: [humanitarian, civilian*]
  nuclear: [nuclear]
`;

function problemsOf(fn: () => unknown): string[] {
  try { fn(); } catch (e) {
    expect(e).toBeInstanceOf(FramediffError);
    return (e as FramediffError).problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
  }
  throw new Error("expected a FramediffError");
}

describe("parseLexicon", () => {
  it("reads actors, concepts with labels, and frames in both forms", () => {
    const lex = parseLexicon(GOOD, "lex.yaml");
    expect(lex.name).toBe("test");
    expect(lex.version).toBe("2");
    expect(lex.actors.map((a) => a.name)).toEqual(["Sergey Lavrov", "Dmytro Kuleba"]);
    expect(lex.concepts[0].labels.map((l) => l.label)).toEqual(["invasion", "special military operation"]);
    expect(lex.frames.map((f) => [f.id, f.cues.length])).toEqual([["humanitarian", 2], ["nuclear", 1]]);
    expect(lex.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects a variant claimed by two entries, naming file, line and both entries", () => {
    const bad = GOOD.replace("Kuleba: [Dmytro Kuleba, Dmitry Kuleba, Kuleba]", "Kuleba: [Dmytro Kuleba, Dmitry Kuleba, LAVROV]");
    const problems = problemsOf(() => parseLexicon(bad, "lex.yaml"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lex\.yaml:5 actors\.Dmytro Kuleba pattern "LAVROV" is claimed by two entries: "Sergey Lavrov" \(line 4\)/);
  });

  it("rejects a duplicate variant that differs only by diacritics", () => {
    const bad = GOOD.replace("[humanitarian, civilian*]", "[humanitarian, civilian*, Humanitärian]");
    expect(problemsOf(() => parseLexicon(bad, "lex.yaml"))[0]).toMatch(/frames\.humanitarian pattern "Humanitärian" is listed twice/);
  });

  it("rejects empty patterns, empty entries and misplaced wildcards, all at once", () => {
    const bad = GOOD.replace("[humanitarian, civilian*]", '["", "ci*vilian"]').replace("nuclear: [nuclear]", "nuclear: []");
    const problems = problemsOf(() => parseLexicon(bad, "lex.yaml"));
    expect(problems.join("\n")).toMatch(/empty pattern/);
    expect(problems.join("\n")).toMatch(/misplaced "\*"/);
    expect(problems.join("\n")).toMatch(/frames\.nuclear has no patterns/);
  });

  it("reports YAML syntax errors and duplicate keys with their line", () => {
    expect(problemsOf(() => parseLexicon("actors:\n  A: [a\n", "x.yaml"))[0]).toMatch(/^x\.yaml:\d/);
    expect(problemsOf(() => parseLexicon("actors:\n  A: [a]\n  A: [b]\n", "x.yaml"))[0]).toMatch(/^x\.yaml:3 .*[Mm]ap keys must be unique/);
  });

  it("rejects unknown sections and a concept without labels", () => {
    const problems = problemsOf(() => parseLexicon("actor:\n  A: [a]\nconcepts:\n  c:\n    description: x\n", "x.yaml"));
    expect(problems.join("\n")).toMatch(/unknown section "actor"/);
    expect(problems.join("\n")).toMatch(/concept "c" needs a "labels" mapping/);
  });
});

describe("loadLexicon", () => {
  it("names the file when it is missing", () => {
    expect(() => loadLexicon("/nonexistent/lex.yaml")).toThrow(/\/nonexistent\/lex\.yaml: cannot read lexicon/);
  });
  it("reads a file and records its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-lex-"));
    writeFileSync(join(dir, "l.yaml"), GOOD);
    expect(loadLexicon(join(dir, "l.yaml")).file).toBe(join(dir, "l.yaml"));
  });
});
