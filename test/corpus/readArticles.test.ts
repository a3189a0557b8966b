import { readArticles, type ReadItem } from "../../src/corpus";
import { caught, collect, jsonl, tmpDir, write } from "./tmp";

describe("readArticles", () => {
  const dir = tmpDir();

  it("streams a 2,000-line JSONL one article at a time", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, outlet: `o${i % 3}`, text: `Article ${i}.`, n: i }));
    const file = write(dir, "big.jsonl", jsonl(...rows));
    let count = 0;
    for await (const item of readArticles(file)) {
      expect(item.article?.id).toBe(`a${count}`);
      expect(item.article?.source.line).toBe(count + 1);
      count++;
    }
    expect(count).toBe(2000);
  });

  it("yields the first article without reading on, and can be stopped early", async () => {
    const file = write(dir, "tail-broken.jsonl", jsonl({ id: "a", outlet: "x", text: "t" }) + "{ not json\n");
    const items = readArticles(file);
    const first = await items.next();
    expect((first.value as ReadItem).article?.id).toBe("a");
    expect(await items.return(undefined)).toEqual({ done: true, value: undefined });
  });

  it("streams CSV rows", async () => {
    const file = write(dir, "c.csv", "id,outlet,text\na,x,t\nb,y,u\n");
    const items = await collect(readArticles(file));
    expect(items.map((i) => [i.article?.id, i.where.line])).toEqual([["a", 2], ["b", 3]]);
  });

  it("throws on the first invalid article by default", async () => {
    const file = write(dir, "bad.jsonl", jsonl({ id: "a", outlet: "x", text: "t" }, { id: "b", text: "t" }, { id: "c" }));
    const e = await caught(() => collect(readArticles(file)));
    expect(e.problems).toEqual([expect.objectContaining({ code: "missing-field", file, line: 2, field: "outlet" })]);
  });

  it("yields skipped items with all their problems when skipping", async () => {
    const file = write(dir, "skip.jsonl", jsonl({ id: "a", outlet: "x", text: "t" }, { id: "b", text: "  " }));
    const items = await collect(readArticles(file, { onInvalid: "skip" }));
    expect(items[0].article?.id).toBe("a");
    expect(items[1].skipped).toEqual({
      id: "b",
      problems: [expect.objectContaining({ code: "missing-field", field: "outlet" }), expect.objectContaining({ code: "empty-text", field: "text" })],
    });
  });

  it("leaves corpus-level checks (duplicate ids, empty corpus) to loadCorpus", async () => {
    const dup = write(dir, "dup.jsonl", jsonl({ id: "a", outlet: "x", text: "t" }, { id: "a", outlet: "x", text: "t" }));
    expect(await collect(readArticles(dup))).toHaveLength(2);
    expect(await collect(readArticles(write(dir, "empty.jsonl", "")))).toEqual([]);
  });

  it("reads folder corpora too", async () => {
    const items = await collect(readArticles("corpus/antalya-2022-03-10"));
    expect(items.map((i) => i.article?.outlet)).toEqual(["src000", "src001", "yahoo", "src003", "tass"]);
  });

  it("rejects bad options before opening anything", async () => {
    const e = await caught(() => collect(readArticles("nowhere.jsonl", { onInvalid: "warn" as never })));
    expect(e.problems[0].code).toBe("invalid-option");
  });
});
