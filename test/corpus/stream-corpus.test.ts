import fc from "fast-check";
import { corpusHash } from "../../src/corpus/corpus-hash";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { streamCorpus } from "../../src/corpus/stream-corpus";
import type { Article } from "../../src/corpus/types";
import { BUNDLED } from "../helpers";
import { caught, tmpDir, write } from "./tmp";

async function drain(path: string, options?: Parameters<typeof streamCorpus>[1]) {
  const s = await streamCorpus(path, options);
  const articles: Article[] = [];
  for await (const a of s.articles) articles.push(a);
  return { articles, found: s.finish() };
}

// a line of a generated JSONL corpus: valid, invalid (no text, bad outlet), a duplicate id, a label conflict, or not JSON
const line = fc.oneof(
  fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f"), outlet: fc.constantFrom("tass", "yahoo", "ria"), text: fc.string({ minLength: 1 }), outletLabel: fc.constantFrom("TASS", "Yahoo", "RIA", "Tass") }).map((r) => JSON.stringify(r)),
  fc.record({ id: fc.constantFrom("a", "g"), outlet: fc.constantFrom("tass", "yahoo") }).map((r) => JSON.stringify(r)),
  fc.record({ id: fc.constantFrom("h", "i"), outlet: fc.constant(""), text: fc.constant("x") }).map((r) => JSON.stringify(r)),
);

describe("streamCorpus: loadCorpus without holding the articles", () => {
  it("gives the bundled corpus's articles, outlets, warnings and hash", async () => {
    const corpus = await loadCorpus(BUNDLED);
    const { articles, found } = await drain(BUNDLED);
    expect(articles).toEqual(corpus.articles);
    expect(found.outlets).toEqual(corpus.outlets);
    expect(found.warnings).toEqual(corpus.warnings);
    expect(found.hash).toBe(corpusHash(corpus));
    expect(found.articleCount).toBe(corpus.articles.length);
  });

  it("property: on generated JSONL with invalid lines, duplicate ids and label conflicts, equals loadCorpus with onInvalid skip", async () => {
    const dir = tmpDir();
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
      const path = write(dir, "c.jsonl", lines.join("\n") + "\n");
      let corpus;
      try { corpus = await loadCorpus(path, { onInvalid: "skip" }); } catch (e) {
        // no valid article: streaming must fail the same way, after reading everything
        await expect(drain(path)).rejects.toThrow((e as Error).message);
        return;
      }
      const { articles, found } = await drain(path);
      expect(articles).toEqual(corpus.articles);
      expect(found.skipped).toEqual(corpus.skipped);
      expect(found.warnings).toEqual(corpus.warnings);
      expect(found.outlets).toEqual(corpus.outlets);
      expect(found.hash).toBe(corpusHash(corpus));
    }), { numRuns: 60 });
  });

  it("refuses finish() before the articles are read", async () => {
    const s = await streamCorpus(BUNDLED);
    expect(() => s.finish()).toThrow(/before every article was read/);
  });

  it("throws the loader's error for a corpus with no valid article", async () => {
    const dir = tmpDir();
    const path = write(dir, "c.jsonl", JSON.stringify({ id: "a", outlet: "x" }) + "\n");
    const e = await caught(() => drain(path));
    expect(e.problems[0].message).toMatch(/no valid articles/);
  });
});
