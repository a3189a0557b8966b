import { assembleCorpus } from "../../src/corpus/assemble";
import type { ReadItem, Source } from "../../src/corpus/source";
import type { Article } from "../../src/corpus/types";
import { caught } from "./tmp";

function article(id: string, outlet: string, line: number): Article {
  return Object.freeze({
    id, outlet, language: "unknown", originalLanguage: "unknown", translated: "unknown" as const,
    text: `text of ${id}`, meta: {}, source: { file: "c.jsonl", line },
  });
}

function item(id: string, outlet: string, line: number, outletLabel?: string): ReadItem {
  return { article: article(id, outlet, line), where: { file: "c.jsonl", line }, ...(outletLabel ? { outletLabel } : {}) };
}

function source(items: ReadItem[], extra: Partial<Source> = {}): Source {
  return {
    format: "jsonl", warnings: [], ...extra,
    items: (async function* () { yield* items; })(),
  };
}

describe("assembleCorpus", () => {
  it("keeps source order, sorts outlets by id and labels them", async () => {
    const c = await assembleCorpus("c.jsonl", source([item("1", "zeta", 1), item("2", "alpha", 2, "Alpha"), item("3", "Beta", 3)]), "error");
    expect(c.articles.map((a) => a.id)).toEqual(["1", "2", "3"]);
    expect(c.outlets).toEqual([
      { id: "Beta", label: "Beta", meta: {} }, { id: "alpha", label: "Alpha", meta: {} }, { id: "zeta", label: "zeta", meta: {} },
    ]);
    expect(c.warnings).toEqual([]);
    expect(Object.isFrozen(c) && Object.isFrozen(c.articles)).toBe(true);
  });

  it("lets a declared label win over outletLabel, warning about the conflict", async () => {
    const declared = [{ id: "x", label: "Ex", meta: { n: 1 } }];
    const c = await assembleCorpus("dir", source([item("1", "x", 1, "X!"), item("2", "y", 2)], {
      format: "folder", outlets: declared, outletsFile: "dir/manifest.json",
    }), "error");
    expect(c.outlets[0]).toEqual({ id: "x", label: "Ex", meta: { n: 1 } });
    expect(c.warnings.map((w) => w.message)).toEqual([
      'outlet "x" is labelled "X!" here but "Ex" at the outlets list of manifest.json; keeping "Ex".',
    ]);
  });

  it("keeps the first of duplicate ids, even when the first is itself invalid", async () => {
    const bad: ReadItem = { skipped: { id: "1", problems: [{ code: "missing-field", message: "m" }] }, where: { file: "c.jsonl", line: 1 } };
    const c = await assembleCorpus("c.jsonl", source([bad, item("1", "x", 2), item("2", "y", 3), item("2", "x", 4)]), "skip");
    expect(c.articles.map((a) => a.source.line)).toEqual([3]);
    expect(c.skipped.map((s) => [s.id, s.problems.map((p) => p.code)])).toEqual([
      ["1", ["missing-field"]], ["1", ["duplicate-id"]], ["2", ["duplicate-id"]],
    ]);
    expect(c.skipped[2].problems[0].message).toBe('id "2" is a duplicate: first at line 3, again at line 4.');
  });

  it("throws on the first duplicate when onInvalid is error", async () => {
    const e = await caught(() => assembleCorpus("c.jsonl", source([item("1", "x", 1), item("1", "y", 5)]), "error"));
    expect(e.problems[0]).toMatchObject({ code: "duplicate-id", file: "c.jsonl", line: 5, field: "id" });
  });

  it("warns about a single outlet after the other warnings", async () => {
    const first = { code: "unlisted-file", file: "d/x.txt", message: "m" };
    const c = await assembleCorpus("d", source([item("1", "x", 1), item("2", "x", 2)], { format: "folder", warnings: [first] }), "error");
    expect(c.warnings.map((w) => w.code)).toEqual(["unlisted-file", "single-outlet"]);
    expect(c.warnings[1].message).toBe('all 2 articles are from one outlet ("x"); comparisons need at least two outlets.');
  });

  it("throws on an empty corpus", async () => {
    const e = await caught(() => assembleCorpus("c.jsonl", source([]), "skip"));
    expect(e.problems).toEqual([expect.objectContaining({ code: "empty-corpus", file: "c.jsonl" })]);
  });
});
