import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMatchedCorpus } from "../../bench/bench-machine";
import { analyze } from "../../src/cli/analyze";
import { reduceStore } from "../../src/cli/reduce";
import { BUNDLED } from "../helpers";

const quiet = { write: () => undefined };
const tables = (out: string) => new Map(readdirSync(join(out, "tables")).sort().map((f) => [f, readFileSync(join(out, "tables", f))]));
const storeOf = (out: string) => JSON.parse(readFileSync(join(out, "run.json"), "utf8")).store;
const sameTables = (a: Map<string, Buffer>, b: Map<string, Buffer>) => {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect({ name, same: b.get(name)!.equals(bytes) }).toEqual({ name, same: true });
};

describe("issue 10: analyze keeps its profiles in OUT/profiles and a rerun profiles only what changed", () => {
  const dir = mkdtempSync(join(tmpdir(), "fd-cache-"));
  const corpus = join(dir, "c.jsonl");
  writeMatchedCorpus(corpus, 30, 120);
  const lexicon = join(BUNDLED, "lexicon.yaml");
  const out = join(dir, "out");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let first: Map<string, Buffer>;

  it("the first run profiles every article and stores them; the rerun reuses all 30 and writes identical tables", async () => {
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon, jobs: 1 }, quiet);
    expect(storeOf(out)).toMatchObject({ file: "part-0-of-1.parquet", reused: 0, profiled: 30, written: true });
    first = tables(out);
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon, jobs: 1 }, quiet);
    // nothing changed: the stored shard is kept as it is, not written again
    expect(storeOf(out)).toMatchObject({ reused: 30, profiled: 0, written: false });
    sameTables(first, tables(out));
  }, 120_000);

  it("other statistics options reuse every profile and give the tables a fresh run with those options gives", async () => {
    await analyze(corpus, { out, noFigures: true, iterations: 150, seed: 3, lexicon, jobs: 1 }, quiet);
    expect(storeOf(out)).toMatchObject({ reused: 30, profiled: 0 });
    const fresh = join(dir, "fresh");
    await analyze(corpus, { out: fresh, noFigures: true, iterations: 150, seed: 3, lexicon, jobs: 1, store: false }, quiet);
    expect(storeOf(fresh)).toEqual({ dir: null });
    sameTables(tables(fresh), tables(out));
  }, 120_000);

  it("added and edited articles are the only ones profiled", async () => {
    const lines = readFileSync(corpus, "utf8").trimEnd().split("\n");
    const edited = JSON.parse(lines[4]);
    edited.text += " One more sentence was added.";
    lines[4] = JSON.stringify(edited);
    const extra = JSON.parse(lines[0]);
    extra.id = "added-1";
    writeFileSync(corpus, lines.join("\n") + "\n" + JSON.stringify(extra) + "\n");
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon, jobs: 1 }, quiet);
    expect(storeOf(out)).toMatchObject({ reused: 29, profiled: 2, written: true });
    const fresh = join(dir, "fresh-2");
    await analyze(corpus, { out: fresh, noFigures: true, iterations: 100, lexicon, jobs: 1, store: false }, quiet);
    sameTables(tables(fresh), tables(out));
  }, 120_000);

  it("another lexicon profiles everything again and says why", async () => {
    const other = join(dir, "lexicon.yaml");
    writeFileSync(other, readFileSync(lexicon, "utf8") + "\n# edited\n");
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon: other, jobs: 1 }, quiet);
    expect(storeOf(out)).toMatchObject({ reused: 0, profiled: 31, ignored: "they were made with another lexicon" });
  }, 120_000);

  it("a damaged store is a warning, not an error: everything is profiled again and the store replaced", async () => {
    appendFileSync(join(out, "profiles", "part-0-of-1.parquet"), "garbage");
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon, jobs: 1 }, quiet);
    expect(storeOf(out)).toMatchObject({ reused: 0, profiled: 31, ignored: "the stored profiles could not be read" });
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run.warnings.map((w: { code: string }) => w.code)).toContain("profile-cache-unreadable");
  }, 120_000);

  it("framediff reduce reads analyze's store like any other: the same tables", async () => {
    await analyze(corpus, { out, noFigures: true, iterations: 100, lexicon, jobs: 1 }, quiet);
    const again = join(dir, "reduced");
    await reduceStore(join(out, "profiles"), { out: again, noFigures: true, iterations: 100, lexicon }, quiet);
    sameTables(tables(out), tables(again));
  }, 120_000);
});
