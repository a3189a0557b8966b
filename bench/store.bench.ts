/**
 * bench:store (issue 10 targets: `reduce` of 100k articles' profiles in
 * < 30 s and < 2 GB peak RSS on this machine, its cost growing linearly from
 * 10k to 100k; the store's size on disk per article). For each size, one
 * child process after another: `framediff map --shard 0/1` into a fresh
 * store, then `framediff reduce --no-figures` of that store, on generated
 * matched-event JSONL (3 outlets, ~600 words an article).
 *
 *   npm run bench:store [-- --sizes 10000,100000 --timeout 900 --jobs N]
 *   (or BENCH_STORE_SIZES, BENCH_STORE_TIMEOUT)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { machineLine, sharedCpuWarning, writeMatchedCorpus } from "./bench-machine";
import { rssMethod, runNode, type ChildRun } from "./child-run";
import { bundledCorpusDir, repoRoot } from "./generate-corpus";

const TARGET_REDUCE_SECONDS_AT_100K = 30;
const TARGET_REDUCE_RSS_MB = 2000;
/** Reduce seconds per 1k articles may grow at most this much from the smallest size (startup makes small sizes dearer, never cheaper). */
const LINEARITY = 0.2;

interface Settings { sizes: number[]; timeoutSeconds: number; cli: string; lexicon: string; jobs: number }

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const lastLine = (s: string) => s.trim().split("\n").pop()?.slice(0, 200) ?? "";
/** framediff's own one-line error (usage text follows it), else the last line. */
const errorLine = (s: string) => s.split("\n").find((l) => l.startsWith("framediff"))?.slice(0, 200) ?? lastLine(s);
const mb = (r: ChildRun) => (r.peakRssMB === undefined ? "?" : `${fmt(r.peakRssMB, 0)} MB`);

/** "ok", or why a child run did not finish cleanly. */
function outcome(r: ChildRun, limit: number): string {
  if (r.timedOut) return `timed out after ${limit} s`;
  if (r.signal) return `killed by ${r.signal}`;
  if (r.exitCode !== 0) return `exit ${r.exitCode}: ${errorLine(r.stderrTail) || lastLine(r.stdoutTail)}`;
  return "ok";
}

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`invalid ${name} "${text}" (use a whole number ≥ ${min})`);
  return n;
}

function settings(): Settings {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { sizes: { type: "string" }, timeout: { type: "string" }, jobs: { type: "string" } } });
  const sizesText = values.sizes ?? process.env.BENCH_STORE_SIZES ?? "10000,100000";
  const sizes = sizesText.split(",").map((s) => wholeNumber("--sizes / BENCH_STORE_SIZES", s.trim(), 3));
  const timeoutText = values.timeout ?? process.env.BENCH_STORE_TIMEOUT;
  const timeoutSeconds = timeoutText === undefined ? 900 : Number(timeoutText);
  if (!(timeoutSeconds > 0) || !Number.isFinite(timeoutSeconds)) throw new Error(`invalid --timeout / BENCH_STORE_TIMEOUT "${timeoutText}" (use seconds > 0)`);
  const cli = join(repoRoot(), "dist", "cli", "main.js");
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench:store does).`);
  const jobs = values.jobs === undefined ? availableParallelism() : wholeNumber("--jobs", values.jobs, 1);
  // Smallest first: it is the reference for linearity, and a timeout there predicts the rest.
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), timeoutSeconds, cli, lexicon: join(bundledCorpusDir(), "lexicon.yaml"), jobs };
}

/** Bytes and count of the files directly in a store folder (shards are flat). */
function storeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    if (st.isFile()) { bytes += st.size; files++; }
  }
  return { bytes, files };
}

/** The reduce's own stage timings from its run.json, or "" when it wrote none. */
function stages(out: string): string {
  const file = join(out, "run.json");
  if (!existsSync(file)) return "";
  const r = JSON.parse(readFileSync(file, "utf8")) as { timings?: Record<string, number> };
  return Object.entries(r.timings ?? {}).map(([k, v]) => `${k} ${fmt(v)} s`).join("; ");
}

async function main(): Promise<void> {
  const s = settings();
  console.log(`bench:store — ${machineLine()}`);
  console.log(`sizes ${s.sizes.join(", ")} articles; map with --jobs ${s.jobs}; time limit ${s.timeoutSeconds} s a run; peak RSS via ${rssMethod() === "time" ? "/usr/bin/time -v" : "the child's process.resourceUsage()"}; MB = 10^6 bytes`);
  const before = sharedCpuWarning();
  if (before) console.log(before);
  console.log(`${"articles".padStart(9)}${"MB".padStart(7)}${"map s".padStart(8)}${"core-s/1k".padStart(11)}${"map RSS".padStart(9)}${"store MB".padStart(10)}${"B/article".padStart(11)}${"reduce s".padStart(10)}${"s/1k".padStart(7)}${"vs first".padStart(10)}${"reduce RSS".padStart(12)}  status`);
  const flags: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "framediff-store-"));
  let firstPerK: number | undefined, stopped: string | undefined;
  try {
    for (const n of s.sizes) {
      if (stopped) { console.log(`${String(n).padStart(9)}  skipped: ${stopped}`); flags.push(`${n} articles: skipped (${stopped})`); continue; }
      const file = join(dir, `matched-${n}.jsonl`), store = join(dir, `store-${n}`), out = join(dir, `out-${n}`);
      const corpus = writeMatchedCorpus(file, n);
      // --shard 0/1: the whole corpus as one part, whatever array variables the shell running the bench has set
      const map = await runNode([s.cli, "map", file, "--store", store, "--shard", "0/1", "--lexicon", s.lexicon, "--jobs", String(s.jobs)], { timeoutSeconds: s.timeoutSeconds });
      const mapStatus = outcome(map, s.timeoutSeconds);
      rmSync(file, { force: true });
      const size = storeSize(store);
      let reduce: ChildRun | undefined, reduceStatus = "not run (map failed)", stageLine = "";
      if (mapStatus === "ok") {
        reduce = await runNode([s.cli, "reduce", store, "--out", out, "--no-figures", "--lexicon", s.lexicon], { timeoutSeconds: s.timeoutSeconds });
        reduceStatus = outcome(reduce, s.timeoutSeconds);
        stageLine = stages(out);
      }
      rmSync(store, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });

      let perK = "", versus = "";
      if (reduce && reduceStatus === "ok") {
        const k = reduce.seconds / (n / 1000);
        firstPerK ??= k;
        const spread = k / firstPerK - 1;
        perK = fmt(k, 2);
        versus = `${spread >= 0 ? "+" : ""}${fmt(spread * 100, 0)}%`;
        if (spread > LINEARITY) flags.push(`${n} articles: reduce ${fmt(k, 2)} s per 1k articles, ${versus} vs the first size (linear: at most +${LINEARITY * 100}%)`);
        if (n >= 100_000 && reduce.seconds >= TARGET_REDUCE_SECONDS_AT_100K) flags.push(`${n} articles: reduce ${fmt(reduce.seconds)} s ≥ ${TARGET_REDUCE_SECONDS_AT_100K} s`);
      }
      if (n >= 100_000 && reduce?.peakRssMB !== undefined && reduce.peakRssMB >= TARGET_REDUCE_RSS_MB) flags.push(`${n} articles: reduce peak RSS ${fmt(reduce.peakRssMB, 0)} MB ≥ ${TARGET_REDUCE_RSS_MB} MB`);
      if (mapStatus !== "ok") flags.push(`${n} articles: map ${mapStatus}`);
      else if (reduceStatus !== "ok") flags.push(`${n} articles: reduce ${reduceStatus}`);
      if (map.timedOut || reduce?.timedOut) stopped = `${n} articles timed out after ${s.timeoutSeconds} s`;
      if (mapStatus === "ok" && size.files !== 1) flags.push(`${n} articles: the store holds ${size.files} files where one part was written`);

      const ok = mapStatus === "ok";
      const status = ok ? reduceStatus : `map ${mapStatus}`;
      console.log(`${String(corpus.articles).padStart(9)}${fmt(corpus.bytes / 1e6).padStart(7)}${(ok ? fmt(map.seconds) : "").padStart(8)}${(ok ? fmt((map.seconds * s.jobs) / (n / 1000), 2) : "").padStart(11)}${mb(map).padStart(9)}${(ok ? fmt(size.bytes / 1e6) : "").padStart(10)}${(ok ? fmt(size.bytes / n, 0) : "").padStart(11)}${(reduce && reduceStatus === "ok" ? fmt(reduce.seconds) : "").padStart(10)}${perK.padStart(7)}${versus.padStart(10)}${(reduce ? mb(reduce) : "").padStart(12)}  ${status}`);
      if (stageLine) console.log(`          reduce stages: ${stageLine}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`core-s/1k = map seconds × jobs per 1,000 articles (compare with bench:scale's "read, parse and profile" stage for the single-machine rate per core).`);
  console.log(`B/article = store bytes on disk ÷ articles; s/1k = reduce seconds per 1,000 articles (startup included); "vs first" = its change from the smallest size's (target at most +${LINEARITY * 100}%).`);
  if (!s.sizes.some((n) => n >= 100_000)) console.log(`(the 100k targets, reduce < ${TARGET_REDUCE_SECONDS_AT_100K} s and < ${TARGET_REDUCE_RSS_MB / 1000} GB, are judged only when a size ≥ 100000 is run)`);
  const after = sharedCpuWarning(1);
  if (before ?? after) flags.push((before ?? after)!.replace(/^warning: /, ""));
  const judged = s.sizes.some((n) => n >= 100_000);
  console.log(flags.length ? `\nFLAGGED (${flags.length}):\n${flags.map((f) => `  - ${f}`).join("\n")}` : judged ? "\nAll targets met." : "\nNothing flagged; the 100k targets were not judged (run a size ≥ 100000).");
}

main().catch((e: unknown) => { console.error(`bench:store: ${(e as Error).message}`); process.exitCode = 1; });
