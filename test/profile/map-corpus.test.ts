import { loadCorpus } from "../../src/corpus/loadCorpus";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import { checkJobs, mapCorpus } from "../../src/profile/map-corpus";
import { BUNDLED, article } from "../helpers";
import type { Article } from "../../src/corpus/types";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);

describe("mapCorpus: the map on worker threads", () => {
  let articles: Article[];
  beforeAll(async () => {
    articles = (await loadCorpus(BUNDLED)).articles.slice();
  });

  it("gives byte-identical profiles for 1 and 2 jobs, any batch size and any input order", async () => {
    const one = await mapCorpus(articles, lexicon, {}, { jobs: 1 });
    const two = await mapCorpus(articles.slice().reverse(), lexicon, {}, { jobs: 2, batchSize: 2 });
    expect(one.profiles.map((p) => p.id)).toEqual(articles.map((a) => a.id).sort());
    expect(JSON.stringify(two.profiles)).toBe(JSON.stringify(one.profiles));
    expect(two.profiles).toStrictEqual(one.profiles); // typed arrays compared element by element (JSON would not show them)
    expect(two.skipped).toEqual([]);
  }, 120_000);

  it("streams from an async iterable and reports progress per batch", async () => {
    async function* stream() { for (const a of articles) yield a; }
    const seen: number[] = [];
    const r = await mapCorpus(stream(), lexicon, {}, { jobs: 1, batchSize: 2, onProgress: (n) => seen.push(n) });
    expect(r.profiles).toHaveLength(articles.length);
    expect(seen).toEqual([2, 4, 5]);
  });

  it("stops between batches when aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(mapCorpus(articles, lexicon, {}, { jobs: 1, signal: controller.signal })).rejects.toThrow("stop");
  });

  it("rejects a bad jobs value with the option named", () => {
    expect(() => checkJobs(0)).toThrow(/invalid jobs: 0/);
    expect(() => checkJobs(1.5)).toThrow(/invalid jobs/);
  });

  it("keeps a run going past an article the parse cannot take, and names it", async () => {
    // stands for any article that makes the parse throw: its text cannot even be read
    const bad = { ...article({ id: "zz-bad", text: "x" }) } as Article;
    Object.defineProperty(bad, "text", { get() { throw new Error("unreadable text"); } });
    const r = await mapCorpus([...articles, bad], lexicon, {}, { jobs: 1 });
    expect(r.profiles).toHaveLength(articles.length);
    expect(r.skipped.map((s) => s.id)).toEqual(["zz-bad"]);
    expect(r.skipped[0].problems[0].message).toMatch(/could not be parsed \(Error: unreadable text\)/);
  });
});
