import { toArticle, type RawRecord } from "../../src/corpus/toArticle";

const where = Object.freeze({ file: "c.jsonl", line: 7 });
const source = { file: "c.jsonl", line: 7 };

function record(fields: Record<string, unknown>): RawRecord {
  return Object.freeze({ fields: Object.freeze(fields), where, problems: Object.freeze([]) });
}

describe("toArticle", () => {
  it("builds an article with defaults written down", () => {
    const c = toArticle(record({ id: "a1", outlet: "tass", text: "Hello." }), { source });
    expect(c).toEqual({
      ok: true,
      article: {
        id: "a1", outlet: "tass", language: "unknown", originalLanguage: "unknown", translated: "unknown",
        text: "Hello.", meta: {}, source: { file: "c.jsonl", line: 7 },
      },
    });
  });

  it("normalises text once, and trims + composes title and other strings", () => {
    const c = toArticle(record({
      id: " a1 ", outlet: "tass", outletLabel: " TASS ", title: "  Mevlu\u0308t meets Kuleba \n", date: "20220310",
      url: "https://x.test/a", language: "en", originalLanguage: "ru", translated: "TRUE", event: "antalya",
      text: "\uFEFF  Mevlu\u0308t\r\nsaid.\r",
    }), { source });
    if (!c.ok) throw new Error(JSON.stringify(c.problems));
    expect(c.outletLabel).toBe("TASS");
    expect(c.article).toMatchObject({
      id: "a1", title: "Mevlüt meets Kuleba", date: "2022-03-10", url: "https://x.test/a",
      language: "en", originalLanguage: "ru", translated: true, event: "antalya",
      text: "  Mevlüt\nsaid.\n",
    });
    expect(Object.isFrozen(c.article)).toBe(true);
  });

  it("keeps unknown fields in meta, as given", () => {
    const c = toArticle(record({ id: "a", outlet: "o", text: "t", section: "World", wordCount: 412, tags: ["x"] }), { source });
    expect(c.ok && c.article.meta).toEqual({ section: "World", wordCount: 412, tags: ["x"] });
  });

  it.each([
    [true, true], [false, false], ["false", false], [" Unknown ", "unknown"], ["", "unknown"], [null, "unknown"],
  ])("reads translated %j as %j", (value, expected) => {
    const c = toArticle(record({ id: "a", outlet: "o", text: "t", translated: value }), { source });
    expect(c.ok && c.article.translated).toBe(expected);
  });

  it("reports a missing outlet with file, line and field", () => {
    const c = toArticle(record({ id: "a", text: "t" }), { source });
    expect(c).toEqual({
      ok: false, id: "a",
      problems: [{
        code: "missing-field", file: "c.jsonl", line: 7, field: "outlet", articleId: "a",
        message: "missing value.", hint: expect.stringContaining("outlet"),
      }],
    });
  });

  it("reports a missing text and a whitespace-only text", () => {
    const missing = toArticle(record({ id: "a", outlet: "o" }), { source });
    expect(!missing.ok && missing.problems).toEqual([expect.objectContaining({ code: "missing-field", field: "text", line: 7 })]);
    const blank = toArticle(record({ id: "a", outlet: "o", text: " \n\t\r\n " }), { source });
    expect(!blank.ok && blank.problems).toEqual([expect.objectContaining({ code: "empty-text", field: "text", file: "c.jsonl", line: 7 })]);
    expect(!blank.ok && blank.problems[0].message).toBe("text is whitespace only.");
  });

  it("lists every problem of a record, not only the first", () => {
    const c = toArticle(record({ id: 42, outlet: "", title: ["x"], date: "2022-02-30", translated: "maybe", text: "" }), { source });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problems.map((p) => [p.code, p.field])).toEqual([
      ["invalid-type", "id"], ["missing-field", "outlet"], ["invalid-type", "title"], ["invalid-date", "date"],
      ["invalid-value", "translated"], ["empty-text", "text"],
    ]);
    expect(c.problems[0].message).toContain("found a number (42)");
    expect(c.problems[0].hint).toContain('"42"');
  });

  it("keeps problems found while reading, and names manifest rows by path", () => {
    const c = toArticle({
      fields: { id: "a", outlet: "o", date: "soon" }, where: { file: "m/manifest.json", row: "articles[3]" },
      problems: [{ code: "x", message: "earlier" }],
    }, { source: { file: "m/a.txt" }, textFile: { file: "m/a.txt", listedAt: "manifest.json articles[3]", text: "t" } });
    expect(!c.ok && c.problems.map((p) => [p.code, p.file, p.field])).toEqual([
      ["x", undefined, undefined], ["invalid-date", "m/manifest.json", "articles[3].date"],
    ]);
  });

  it("points text problems of a folder article at its text file and names the manifest row", () => {
    const c = toArticle(record({ id: "a", outlet: "o" }), {
      source: { file: "m/a.txt" }, textFile: { file: "m/a.txt", listedAt: "manifest.json articles[0]", text: "\n\n" },
    });
    expect(!c.ok && c.problems).toEqual([expect.objectContaining({
      code: "empty-text", file: "m/a.txt", message: "text file is whitespace only (listed in manifest.json articles[0]).",
    })]);
  });
});
