import { execFile } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { writeMatchedCorpus } from "../../bench/bench-machine";
import { analyze } from "../../src/cli/analyze";
import { main } from "../../src/cli/main";
import { reduceStore } from "../../src/cli/reduce";
import { BUNDLED } from "../helpers";

const run = promisify(execFile);
const quiet = { write: () => undefined };
const CLI = join(__dirname, "..", "..", "scripts", "ts-main.js");

/** Every table file's bytes, by name. */
function tables(out: string): Map<string, Buffer> {
  return new Map(readdirSync(join(out, "tables")).sort().map((f) => [f, readFileSync(join(out, "tables", f))]));
}

/** `framediff` as a separate process with these environment variables, as an array-job task runs it. */
async function task(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  const clean = { ...process.env };
  for (const v of ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"]) delete clean[v];
  return run(process.execPath, [CLI, ...args], { env: { ...clean, ...env }, timeout: 120_000 });
}

/** Runs `framediff reduce` in this process and returns its exit code and stderr. */
async function reduceCli(args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(["reduce", ...args], () => undefined, (s) => { err += s; });
  // progress lines ("[1/6] check the shards") go to stderr too; keep the error's
  return { code, err: err.split("\n").filter((l) => !/^\[\d+\/\d+\]/.test(l)).join("\n") };
}

describe("issue 10: shards mapped as separate processes (as array jobs run them) reduce to analyze's tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "fd-shards-"));
  const corpus = join(dir, "matched.jsonl");
  writeMatchedCorpus(corpus, 42, 150); // 14 events × 3 outlets
  const lexicon = join(BUNDLED, "lexicon.yaml");
  let single: Map<string, Buffer>;
  beforeAll(async () => {
    const out = join(dir, "analyze");
    await analyze(corpus, { out, noFigures: true, iterations: 200, lexicon, jobs: 1 }, quiet);
    single = tables(out);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each N takes the task index from a different scheduler's variable.
  const schedulers: [number, string][] = [[1, "SLURM_ARRAY_TASK_ID"], [3, "JOB_COMPLETION_INDEX"], [7, "AWS_BATCH_JOB_ARRAY_INDEX"]];
  for (const [n, variable] of schedulers) {
    it(`N = ${n}: ${n} map processes (index from ${variable}), then reduce: byte-identical tables`, async () => {
      const store = join(dir, `store-${n}`);
      await Promise.all(Array.from({ length: n }, (_, i) => task(["map", corpus, "--store", store, "--shards", String(n), "--lexicon", lexicon, "--jobs", "1"], { [variable]: String(i) })));
      expect(readdirSync(store).sort()).toEqual(Array.from({ length: n }, (_, i) => `part-${i}-of-${n}.parquet`).sort());
      const out = join(dir, `reduce-${n}`);
      const report = await reduceStore(store, { out, noFigures: true, iterations: 200, lexicon }, quiet);
      expect(report.shards.map((s) => s.articles).reduce((a, b) => a + b, 0)).toBe(42);
      const mine = tables(out);
      expect([...mine.keys()]).toEqual([...single.keys()]);
      expect(single.get("divergence.csv")!.toString("utf8").split("\n").length).toBeGreaterThan(10); // not two empty folders
      for (const [name, bytes] of single) expect({ name, same: mine.get(name)!.equals(bytes) }).toEqual({ name, same: true });
      const runJson = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
      expect(runJson.store.shards.map((s: { file: string }) => s.file)).toEqual(Array.from({ length: n }, (_, i) => `part-${i}-of-${n}.parquet`));
      expect(runJson.store.shards.every((s: { sha256: string }) => /^[0-9a-f]{64}$/.test(s.sha256))).toBe(true);
    }, 240_000);
  }

  it("a finished shard is kept on rerun (idempotent array jobs)", async () => {
    const { stdout } = await task(["map", corpus, "--store", join(dir, "store-3"), "--shard", "1/3", "--lexicon", lexicon, "--jobs", "1"], {});
    expect(stdout).toMatch(/^Kept .*part-1-of-3\.parquet: shard 1 of 3 was already mapped/);
  }, 60_000);

  describe("a store that does not add up gives one line naming the file, exit 1", () => {
    const copy = (name: string) => { const to = join(dir, name); cpSync(join(dir, "store-7"), to, { recursive: true }); return to; };

    it("a missing shard: names the missing parts", async () => {
      const store = copy("missing");
      rmSync(join(store, "part-2-of-7.parquet"));
      rmSync(join(store, "part-5-of-7.parquet"));
      const { code, err } = await reduceCli([store, "--out", join(dir, "o-missing"), "--lexicon", lexicon, "--no-figures"]);
      expect(code).toBe(1);
      expect(err).toBe(`framediff reduce: ${store}: 2 of 7 shards missing: part-2-of-7.parquet, part-5-of-7.parquet Fix: run the map for those indices (framediff map <corpus> --store ${store} --shard I/7), then reduce again.\n`);
    });

    it("a truncated shard: names the file", async () => {
      const store = copy("truncated");
      const file = join(store, "part-4-of-7.parquet");
      truncateSync(file, 100);
      const { code, err } = await reduceCli([store, "--out", join(dir, "o-truncated"), "--lexicon", lexicon, "--no-figures"]);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^framediff reduce: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: is not a readable Parquet file \\(truncated or corrupt\\)[^\\n]*\\n$`));
    });

    it("a corrupt shard (its middle overwritten): names the file", async () => {
      const store = copy("corrupt");
      const file = join(store, "part-3-of-7.parquet");
      const bytes = Buffer.from(readFileSync(file));
      bytes.fill(0x5a, 4, bytes.length - 8); // footer length and magic kept, everything else garbage
      writeFileSync(file, bytes);
      const { code, err } = await reduceCli([store, "--out", join(dir, "o-corrupt"), "--lexicon", lexicon, "--no-figures"]);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^framediff reduce: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: [^\\n]*Fix: delete this file and run its map job again[^\\n]*\\n$`));
    });

    it("a shard from another lexicon: names the file", async () => {
      const store = copy("lexicon");
      const other = join(dir, "other-lexicon.yaml");
      writeFileSync(other, readFileSync(lexicon, "utf8") + "\n# an edited copy\n");
      rmSync(join(store, "part-6-of-7.parquet"));
      await task(["map", corpus, "--store", store, "--shard", "6/7", "--lexicon", other, "--jobs", "1"], {});
      const { code, err } = await reduceCli([store, "--out", join(dir, "o-lexicon"), "--lexicon", lexicon, "--no-figures"]);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^framediff reduce: ${join(store, "part-6-of-7.parquet").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: was mapped with another lexicon than part-0-of-7.parquet [^\\n]*\\n$`));
    }, 60_000);

    it("the map refuses to add a shard of another lexicon to a store that has it already", async () => {
      const store = copy("stale");
      const other = join(dir, "other-lexicon-2.yaml");
      copyFileSync(lexicon, other);
      writeFileSync(other, readFileSync(lexicon, "utf8") + "\n# edited\n");
      await expect(task(["map", corpus, "--store", store, "--shard", "0/7", "--lexicon", other, "--jobs", "1"], {})).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("part-0-of-7.parquet: exists but was made with another lexicon") });
    }, 60_000);
  });

  it("--shards without a scheduler's index is a usage error that says which variables are read", async () => {
    await expect(task(["map", corpus, "--store", join(dir, "s"), "--shards", "4"], {})).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX") });
    await expect(task(["map", corpus, "--store", join(dir, "s"), "--shards", "4"], { SLURM_ARRAY_TASK_ID: "4" })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("SLURM_ARRAY_TASK_ID=4 is not a shard index below 4") });
  }, 60_000);
});
