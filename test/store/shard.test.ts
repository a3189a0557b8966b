import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import type { StreamedCorpus } from "../../src/corpus/stream-corpus";
import { loadLexicon } from "../../src/lexicon/parse-lexicon";
import { mapArticles } from "../../src/profile/map-corpus";
import type { ArticleProfile } from "../../src/profile/types";
import { inferShape, readShardMeta, readShardProfiles, shardOf, toJsonLine, writeShard } from "../../src/store";
import { BUNDLED } from "../helpers";
import { loadedArticle, newsDocument } from "../property/news-text";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const corpusInfo = (n: number): StreamedCorpus => ({ path: "corpus.jsonl", format: "jsonl", outlets: [], warnings: [], skipped: [], articleCount: n, hash: "h" });
const meta = (profiles: readonly ArticleProfile[], index = 0, count = 1) => ({
  framediffVersion: "test", shard: { index, count }, profileVersion: profiles[0]?.profileVersion ?? 2, lexiconHash: profiles[0]?.lexiconHash ?? null, mapOptions: {}, corpus: corpusInfo(profiles.length), skipped: [],
});

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "framediff-store-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(profiles: readonly ArticleProfile[]): Promise<ArticleProfile[]> {
  const { path } = await writeShard(dir, profiles, meta(profiles));
  const m = await readShardMeta(path);
  expect(m.articles).toBe(profiles.length);
  return readShardProfiles(path, m);
}

describe("profile store: a shard reads back exactly what was written (issue 10)", () => {
  it("the bundled corpus's profiles, with and without a lexicon: every typed array, null and left-out value", async () => {
    const articles = (await loadCorpus(BUNDLED)).articles;
    for (const lex of [lexicon, undefined]) {
      const { profiles } = mapArticles(articles, lex);
      expect(await roundTrip(profiles)).toStrictEqual(profiles);
    }
  }, 60_000);

  it("profiles of generated hostile news text (scripts, emoji, invisibles, quotes, long and empty articles)", async () => {
    const docs = fc.sample(newsDocument(), { numRuns: 40, seed: 7 });
    const articles = docs.map((text, i) => loadedArticle({ id: `g${String(i).padStart(3, "0")}`, outlet: ["a", "b", "c"][i % 3], ...(i % 4 ? { event: `e${i % 5}` } : {}), text: text.trim() ? text : "Empty." }));
    const { profiles } = mapArticles(articles, lexicon);
    expect(await roundTrip(profiles)).toStrictEqual(profiles);
  }, 60_000);

  it("a shard with no articles is a valid file with its metadata", async () => {
    expect(await roundTrip([])).toEqual([]);
  });

  it("keeps −0, the smallest subnormal and the largest double; a width seen mixed reads back to the narrowest array", async () => {
    const values = [{ a: new Float64Array([-0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]), n: new Uint8Array([1]) }, { a: new Float64Array([]), n: new Uint16Array([300]) }];
    const shape = inferShape(values);
    expect(shape).toEqual({ t: "struct", fields: { a: { t: "typed", cls: "Float64Array" }, n: { t: "narrow" } } });
    expect(toJsonLine(values[0])).toContain("[-0.0,5e-324,1.7976931348623157e+308,0.30000000000000004]");
    const back = await roundTrip(values as unknown as ArticleProfile[]);
    for (let i = 0; i < values.length; i++) expect(back[i]).toStrictEqual(values[i]);
    expect(Object.is((back[0] as unknown as { a: Float64Array }).a[0], -0)).toBe(true);
  });
});

describe("shardOf: a stable hash of the article id", () => {
  it("matches the documented recipe (first 4 bytes of SHA-256, big-endian, mod N), computed here with node:crypto", () => {
    const { createHash } = require("node:crypto") as typeof import("node:crypto");
    for (const id of ["004_a6941b140a9282af", "a", "Київ-1", "😀"]) {
      const h = createHash("sha256").update(Buffer.from(id, "utf8")).digest();
      const u = h[0] * 2 ** 24 + h[1] * 2 ** 16 + h[2] * 2 ** 8 + h[3];
      for (const n of [1, 3, 7]) expect(shardOf(id, n)).toBe(u % n);
    }
  });

  it("spreads 3,000 ids evenly over 7 shards (each within ±25% of 3000/7)", () => {
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 3000; i++) counts[shardOf(`article-${i}`, 7)]++;
    for (const c of counts) expect(Math.abs(c - 3000 / 7)).toBeLessThan(0.25 * 3000 / 7);
  });
});

describe("damaged shards give one line naming the file (issue 10 acceptance)", () => {
  let path: string;
  beforeEach(async () => {
    const { profiles } = mapArticles((await loadCorpus(BUNDLED)).articles, lexicon);
    path = (await writeShard(dir, profiles, meta(profiles))).path;
  });

  it("a truncated shard", async () => {
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readShardMeta(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: is not a readable Parquet file \\(truncated or corrupt\\)[^\\n]*Fix: delete this file and run its map job again`));
  });

  it("a corrupt shard (bytes overwritten in the middle)", async () => {
    const bytes = Buffer.from(readFileSync(path));
    bytes.fill(0x5a, 200, bytes.length - 2000);
    writeFileSync(path, bytes);
    const failure = readShardMeta(path).then((m) => readShardProfiles(path, m));
    await expect(failure).rejects.toThrow(path);
    await expect(failure).rejects.toThrow(/^[^\n]+$/);
  });

  it("a Parquet file that is not a shard", async () => {
    const other = join(dir, "other.parquet");
    const { duck } = await import("../../src/store/duckdb");
    await (await duck()).run(`COPY (SELECT 1 AS x) TO '${other}' (FORMAT parquet)`);
    await expect(readShardMeta(other)).rejects.toThrow(`${other}: is a Parquet file but not a framediff shard`);
  });

  it("writing leaves no temporary file behind, and a failed write no shard", async () => {
    expect(readdirSync(dir)).toEqual(["part-0-of-1.parquet"]);
    const bad = [{ id: "x", outlet: "o", profileVersion: 2, lexiconHash: null, weird: new Map() }] as unknown as ArticleProfile[];
    await expect(writeShard(dir, bad, { ...meta(bad), shard: { index: 1, count: 2 } })).rejects.toThrow("cannot be stored");
    expect(readdirSync(dir)).toEqual(["part-0-of-1.parquet"]);
    expect(existsSync(join(dir, "part-1-of-2.parquet"))).toBe(false);
  });
});
