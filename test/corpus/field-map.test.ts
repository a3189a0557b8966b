import { checkFieldMap, parseFieldMap, sourceKeys } from "../../src/corpus/field-map";
import { corpusHash } from "../../src/corpus/corpus-hash";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { resolveOptions } from "../../src/corpus/options";
import { streamCorpus } from "../../src/corpus/stream-corpus";
import { toArticle } from "../../src/corpus/toArticle";
import { caught, collect, jsonl, tmpDir, write } from "./tmp";

const where = { file: "c.jsonl", line: 3 };
const source = { file: "c.jsonl", line: 3 };

describe("parseFieldMap / checkFieldMap", () => {
  it("reads FIELD=COLUMN pairs, trimming, and resolves event_title to eventTitle", () => {
    expect(parseFieldMap(" text = story_text ,outlet=media_name,event_title=Headline", "--map"))
      .toEqual({ text: "story_text", outlet: "media_name", eventTitle: "Headline" });
  });

  it.each([
    ["text", /"text" is not FIELD=COLUMN/],
    ["text=", /"text=" is not FIELD=COLUMN/],
    ["=body", /"=body" is not FIELD=COLUMN/],
    ["text=a,,outlet=b", /has an empty entry/],
    ["body=story_text", /unknown field "body"/],
    ["text=a,text=b", /field "text" is mapped twice/],
    ["eventTitle=a,event_title=b", /field "event_title" is mapped twice/],
  ])("rejects %j with one problem naming the flag", (spec, message) => {
    let error: unknown;
    try { parseFieldMap(spec, "--map"); } catch (e) { error = e; }
    const problems = (error as { problems: { field: string; message: string; hint: string }[] }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe("--map");
    expect(problems[0].message).toMatch(message);
    expect(problems[0].hint).toMatch(/\S/);
  });

  it("checks the object form (API, manifest) the same way", () => {
    expect(() => checkFieldMap({ text: 3 }, { name: "fieldMap" })).toThrow(/field "text" needs a column name/);
    expect(() => checkFieldMap(["text"], { name: "fields", file: "m.json" })).toThrow(/m\.json field "fields": expected an object/);
    expect(() => resolveOptions({ fieldMap: { nope: "x" } })).toThrow(/field "fieldMap": unknown field "nope"/);
    expect(resolveOptions({ fieldMap: {} })).toEqual({ onInvalid: "error", followSymlinks: false });
  });

  it("reads eventTitle from either spelling unless mapped", () => {
    expect(sourceKeys(undefined, "eventTitle")).toEqual(["eventTitle", "event_title"]);
    expect(sourceKeys({ eventTitle: "h" }, "eventTitle")).toEqual(["h"]);
  });
});

describe("toArticle with a field map", () => {
  const fieldMap = { text: "story_text", outlet: "media_name", date: "publish_date", id: "stories_id" };

  it("reads each field from its column and keeps unmapped columns, also one named like a mapped field, in meta", () => {
    const c = toArticle({ fields: Object.freeze({ stories_id: "7", media_name: "nyt", publish_date: "2031-04-01", story_text: "Body.", text: "Teaser.", extra: "e" }), where, problems: [] }, { source, fieldMap });
    expect(c.ok && c.article).toMatchObject({ id: "7", outlet: "nyt", date: "2031-04-01", text: "Body.", meta: { text: "Teaser.", extra: "e" } });
    expect(c.ok && Object.keys(c.article.meta).sort()).toEqual(["extra", "text"]);
  });

  it("reports a mapped column missing from a record as that column's missing-field problem", () => {
    const c = toArticle({ fields: { stories_id: "7", media_name: "nyt", text: "not this" }, where, problems: [] }, { source, fieldMap });
    expect(c.ok).toBe(false);
    expect(!c.ok && c.problems).toEqual([expect.objectContaining({ code: "missing-field", file: "c.jsonl", line: 3, field: "story_text", articleId: "7" })]);
  });

  it("names the mapped column in a bad value's problem", () => {
    const c = toArticle({ fields: { stories_id: "7", media_name: "nyt", story_text: "x", publish_date: "April 1" }, where, problems: [] }, { source, fieldMap });
    expect(!c.ok && c.problems[0]).toMatchObject({ code: "invalid-date", field: "publish_date" });
  });
});

describe("issue 12: a corpus whose columns have other names is rejected", () => {
  const dir = tmpDir();

  it("loads a JSONL file through LoadOptions.fieldMap, hashing as the same corpus with framediff's names", async () => {
    const mapped = write(dir, "m.jsonl", jsonl(
      { key: "a", source_name: "x", body: "One two.", published: "2031-01-02" },
      { key: "b", source_name: "y", body: "Three.", published: "2031-01-03" },
    ));
    const plain = write(dir, "p.jsonl", jsonl(
      { id: "a", outlet: "x", text: "One two.", date: "2031-01-02" },
      { id: "b", outlet: "y", text: "Three.", date: "2031-01-03" },
    ));
    const fieldMap = { id: "key", outlet: "source_name", text: "body", date: "published" };
    const corpus = await loadCorpus(mapped, { fieldMap });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.text, a.date])).toEqual([["a", "x", "One two.", "2031-01-02"], ["b", "y", "Three.", "2031-01-03"]]);
    expect(corpus.fieldMap).toEqual(fieldMap);
    expect(corpusHash(corpus)).toBe(corpusHash(await loadCorpus(plain)));
    const stream = await streamCorpus(mapped, { fieldMap });
    await collect(stream.articles);
    expect(stream.finish().hash).toBe(corpusHash(corpus));
  });

  it("requires a mapped CSV column in the header, naming it, even for an optional field", async () => {
    const file = write(dir, "c.csv", "id,outlet,body,when\na,x,Hello there.,2031-01-01\n");
    const e = await caught(() => loadCorpus(file, { fieldMap: { text: "body", date: "published" } }));
    expect(e.problems[0]).toMatchObject({ code: "missing-column", file, line: 1, field: "published" });
    expect(e.problems[0].hint).toMatch(/--map/);
    const ok = await loadCorpus(file, { fieldMap: { text: "body", date: "when" } });
    expect(ok.articles[0]).toMatchObject({ text: "Hello there.", date: "2031-01-01", meta: {} });
  });

  it("reads a folder manifest's fields mapping, with LoadOptions.fieldMap over it", async () => {
    const folder = tmpDir();
    write(folder, "a.txt", "Text of a.");
    write(folder, "b.txt", "Text of b.");
    write(folder, "manifest.json", JSON.stringify({
      fields: { outlet: "source", title: "headline" },
      articles: [{ id: "a", source: "x", headline: "A", alt: "AA", file: "a.txt" }, { id: "b", source: "y", headline: "B", alt: "BB", file: "b.txt" }],
    }));
    const corpus = await loadCorpus(folder);
    expect(corpus.articles.map((a) => [a.outlet, a.title])).toEqual([["x", "A"], ["y", "B"]]);
    expect(corpus.fieldMap).toEqual({ outlet: "source", title: "headline" });
    const over = await loadCorpus(folder, { fieldMap: { title: "alt" } });
    expect(over.articles.map((a) => [a.outlet, a.title, a.meta])).toEqual([["x", "AA", { headline: "A" }], ["y", "BB", { headline: "B" }]]);
  });

  it("rejects a manifest whose fields mapping names an unknown field, naming the manifest", async () => {
    const folder = tmpDir();
    write(folder, "manifest.json", JSON.stringify({ fields: { body: "x" }, articles: [] }));
    const e = await caught(() => loadCorpus(folder));
    expect(e.problems[0]).toMatchObject({ code: "invalid-field-map", field: "fields" });
    expect(e.message).toContain("manifest.json");
    expect(e.message).toMatch(/unknown field "body"/);
  });

  it("maps the id and outlet columns of a manifest.csv", async () => {
    const folder = tmpDir();
    write(folder, "a.txt", "Text of a.");
    write(folder, "manifest.csv", "key;source;file\na;x;a.txt\n");
    const corpus = await loadCorpus(folder, { fieldMap: { id: "key", outlet: "source" } });
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.text])).toEqual([["a", "x", "Text of a."]]);
  });
});
