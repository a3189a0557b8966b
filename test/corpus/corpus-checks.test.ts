import { assembleCorpus } from "../../src/corpus/assemble";
import { createCorpusChecks } from "../../src/corpus/corpus-checks";
import type { ReadItem, Source } from "../../src/corpus/source";
import type { Article } from "../../src/corpus/types";
import { caught } from "./tmp";

function article(id: string, outlet: string, line: number): Article {
  return Object.freeze({
    id, outlet, language: "unknown", originalLanguage: "unknown", translated: "unknown" as const,
    text: `text of ${id}`, meta: {}, source: { file: "c.jsonl", line },
  });
}
const item = (id: string, outlet: string, line: number, outletLabel?: string): ReadItem =>
  Object.freeze({ article: article(id, outlet, line), where: { file: "c.jsonl", line }, ...(outletLabel ? { outletLabel } : {}) });
const bad = (id: string | undefined, line: number): ReadItem =>
  Object.freeze({ skipped: { ...(id ? { id } : {}), problems: [{ code: "missing-field", message: "m" }] }, where: { file: "c.jsonl", line } });
const jsonlSource = { format: "jsonl" as const };

describe("createCorpusChecks", () => {
  it("answers each item as it comes: duplicates (first wins, even an invalid first) and label conflicts", () => {
    const checks = createCorpusChecks("c.jsonl", jsonlSource);
    const answers = [bad("1", 1), item("1", "x", 2), item("2", "x", 3, "Ex"), item("3", "x", 4, "X!"), bad(undefined, 5), item("2", "y", 6)].map((i) => checks.add(i));
    expect(answers.map((a) => (a.skipped ? a.skipped.problems.map((p) => p.code) : a.article.id))).toEqual([
      ["missing-field"], ["duplicate-id"], "2", "3", ["missing-field"], ["duplicate-id"],
    ]);
    expect(answers[1].skipped?.problems[0].message).toBe('id "1" is a duplicate: first at line 1, again at line 2.');
    expect(answers[3].article && answers[3].warnings.map((w) => w.message)).toEqual([
      'outlet "x" is labelled "X!" here but "Ex" at line 3; keeping "Ex".',
    ]);
    const found = checks.finish();
    expect(found).toMatchObject({ articleCount: 2, skippedCount: 4 });
    expect(found.empty).toBeUndefined();
    expect(found.outlets).toEqual([{ id: "x", label: "Ex", meta: {} }]);
    expect(found.warnings.map((w) => w.code)).toEqual(["single-outlet"]);
  });

  it("adds a duplicate problem after an invalid item's own problems, without changing the item", () => {
    const checks = createCorpusChecks("c.jsonl", jsonlSource);
    checks.add(item("1", "x", 1));
    const second = bad("1", 2);
    const a = checks.add(second);
    expect(a.skipped?.problems.map((p) => p.code)).toEqual(["missing-field", "duplicate-id"]);
    expect(second.skipped?.problems).toHaveLength(1);
  });

  it("sorts outlets by code units and warns about declared outlets no article uses", () => {
    const declared = [{ id: "b", label: "Bee", meta: {} }, { id: "unused", label: "U", meta: {} }];
    const checks = createCorpusChecks("dir", { format: "folder", outlets: declared, outletsFile: "dir/manifest.json" });
    for (const i of [item("1", "b", 1), item("2", "a", 2, "A"), item("3", "B", 3)]) checks.add(i);
    const found = checks.finish();
    expect(found.outlets.map((o) => [o.id, o.label])).toEqual([["B", "B"], ["a", "A"], ["b", "Bee"]]);
    expect(found.warnings).toEqual([expect.objectContaining({ code: "unused-outlet", file: "dir/manifest.json", field: "outlets[1]" })]);
  });

  it("reports an empty corpus at finish instead of throwing, by format and by cause", () => {
    expect(createCorpusChecks("c.csv", { format: "csv" }).finish().empty?.message).toBe("the file has no article rows.");
    const checks = createCorpusChecks("c.jsonl", jsonlSource);
    checks.add(bad("1", 1));
    checks.add(bad("2", 2));
    expect(checks.finish()).toMatchObject({ articleCount: 0, skippedCount: 2, outlets: [], warnings: [], empty: { code: "empty-corpus", message: "no valid articles: all 2 were invalid." } });
  });
});

describe("assembleCorpus uses the same checks", () => {
  it("lists an empty corpus's head problem first, then every skipped article's problems", async () => {
    const source: Source = { format: "jsonl", warnings: [], items: (async function* () { yield bad("1", 1); yield bad("1", 2); })() };
    const e = await caught(() => assembleCorpus("c.jsonl", source, "skip"));
    expect(e.problems.map((p) => p.code)).toEqual(["empty-corpus", "missing-field", "missing-field", "duplicate-id"]);
  });
});
