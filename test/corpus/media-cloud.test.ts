import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { recogniseMediaCloud } from "../../src/corpus/media-cloud";
import { checkCorpus } from "../../src/cli/check";
import { caught, tmpDir, write } from "./tmp";

const EXAMPLE = join(__dirname, "..", "..", "examples", "media-cloud", "stories.csv");
const HEADER = ["id", "indexed_date", "language", "media_name", "media_url", "publish_date", "title", "url"];

describe("recogniseMediaCloud", () => {
  it("maps outlet and date from a current export's header", () => {
    expect(recogniseMediaCloud([...HEADER, "text"], undefined)).toEqual({ name: "a Media Cloud export", map: { outlet: "media_name", date: "publish_date" } });
  });

  it("maps id from stories_id in an older export without id", () => {
    const old = ["stories_id", "publish_date", "title", "url", "language", "media_id", "media_name", "media_url", "text"];
    expect(recogniseMediaCloud(old, undefined)?.map).toEqual({ outlet: "media_name", date: "publish_date", id: "stories_id" });
  });

  it("leaves a field alone when the header has it under framediff's name or the user maps it", () => {
    expect(recogniseMediaCloud([...HEADER, "outlet", "text"], undefined)?.map).toEqual({ date: "publish_date" });
    expect(recogniseMediaCloud(HEADER, { outlet: "media_url", date: "indexed_date" })).toBeUndefined();
  });

  it("does not recognise other headers", () => {
    expect(recogniseMediaCloud(["id", "media_name", "text"], undefined)).toBeUndefined();
    expect(recogniseMediaCloud(["id", "outlet", "publish_date", "text"], undefined)).toBeUndefined();
  });
});

describe("issue 12: a Media Cloud export is rejected", () => {
  it("checks the example export with its text column named by --map (the README's command)", async () => {
    const r = await checkCorpus(EXAMPLE, { load: { fieldMap: { text: "story_text" } } });
    expect(r.errors).toEqual([]);
    expect(r.usable).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-lexicon"]);
    expect(r.summary?.articleCount).toBe(6);
    expect(r.summary?.outlets.map((o) => o.outlet)).toEqual(["harbourtimes.example", "northpost.example", "rivertongazette.example"]);
    expect(r.reading).toEqual({ fieldMap: { outlet: "media_name", date: "publish_date", text: "story_text" }, recognised: "a Media Cloud export" });
  });

  it("loads its rows with dates, titles, urls and the other columns in meta", async () => {
    const corpus = await loadCorpus(EXAMPLE, { fieldMap: { text: "story_text" } });
    const a = corpus.articles[0];
    expect(a).toMatchObject({
      id: "3f2a9c1e8b7d4a60a1c2e3f405a6b7c8", outlet: "harbourtimes.example", date: "2031-04-01", language: "en",
      title: "Riverton council closes the old harbour bridge", url: "https://harbourtimes.example/2031/04/01/bridge-closed",
      meta: { indexed_date: "2031-04-02 06:12:40.118204", media_url: "https://harbourtimes.example" },
    });
    expect(Object.keys(a.meta).sort()).toEqual(["indexed_date", "media_url"]);
  });

  it("says plainly that an export has no text, and how to add it", async () => {
    const e = await caught(() => loadCorpus(EXAMPLE));
    expect(e.problems[0]).toMatchObject({ code: "missing-column", file: EXAMPLE, line: 1, field: "text" });
    expect(e.problems[0].hint).toMatch(/a Media Cloud export carries no article text.*--map text=COLUMN/);
  });

  it("reads an export whose texts were added in a column named text, with no flag at all", async () => {
    const dir = tmpDir();
    const file = write(dir, "mc.csv", [
      [...HEADER, "text"].join(","),
      'a1,2031-01-02 00:00:00,en,one.example,https://one.example,2031-01-01,T1,https://one.example/1,"First text."',
      'a2,2031-01-02 00:00:00,en,two.example,https://two.example,2031-01-01,T2,https://two.example/2,"Second text."',
    ].join("\n") + "\n");
    const corpus = await loadCorpus(file);
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.date])).toEqual([["a1", "one.example", "2031-01-01"], ["a2", "two.example", "2031-01-01"]]);
    expect(corpus.fieldMap).toEqual({ outlet: "media_name", date: "publish_date" });
  });
});
