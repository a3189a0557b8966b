/**
 * bench:scale (issue 9 targets: < 5 min and < 4 GB peak RSS at 100k articles
 * on a 2-core machine, time linear within ±20% from 1k to 100k). For each
 * size, one child process after another: `framediff analyze --no-figures`
 * on generated matched-event JSONL (3 outlets, ~600 words an article), then
 * wink's raw readDoc on the same texts (raw-parse.ts) as a separate child.
 *
 *   npm run bench:scale [-- --sizes 1000,10000,100000 --timeout 900 --jobs N]
 *   (or BENCH_SCALE_SIZES, BENCH_SCALE_TIMEOUT)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { machineLine, sharedCpuWarning, writeMatchedCorpus } from "./bench-machine";
import { rssMethod, runNode, type ChildRun } from "./child-run";
import { bundledCorpusDir, repoRoot } from "./generate-corpus";
import type { RawParse } from "./raw-parse";

const TARGET_SECONDS_AT_100K = 300;
const TARGET_RSS_MB = 4000;
const LINEARITY = 0.2;

interface Settings { sizes: number[]; timeoutSeconds: number; cli: string; rawParse: string; lexicon: string; jobs: string[] }

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const lastLine = (s: string) => s.trim().split("\n").pop()?.slice(0, 200) ?? "";

/** "ok", or why a child run did not finish cleanly. */
function outcome(r: ChildRun, limit: number): string {
  if (r.timedOut) return `timed out after ${limit} s`;
  if (r.signal) return `killed by ${r.signal}`;
  if (r.exitCode !== 0) return `exit ${r.exitCode}: ${lastLine(r.stderrTail) || lastLine(r.stdoutTail)}`;
  return "ok";
}

function settings(): Settings {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { sizes: { type: "string" }, timeout: { type: "string" }, jobs: { type: "string" } } });
  const sizesText = values.sizes ?? process.env.BENCH_SCALE_SIZES ?? "1000,10000,100000";
  const sizes = sizesText.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error(`invalid --sizes / BENCH_SCALE_SIZES "${sizesText}" (use whole numbers ≥ 3, comma-separated, e.g. 1000,10000)`);
  const timeoutText = values.timeout ?? process.env.BENCH_SCALE_TIMEOUT;
  const timeoutSeconds = timeoutText === undefined ? 900 : Number(timeoutText);
  if (!(timeoutSeconds > 0) || !Number.isFinite(timeoutSeconds)) throw new Error(`invalid --timeout / BENCH_SCALE_TIMEOUT "${timeoutText}" (use seconds > 0)`);
  const cli = join(repoRoot(), "dist", "cli", "main.js");
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench:scale does).`);
  // Smallest first: it is the reference for linearity, and a timeout there predicts the rest.
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), timeoutSeconds, cli, rawParse: join(__dirname, "raw-parse.js"), lexicon: join(bundledCorpusDir(), "lexicon.yaml"), jobs: values.jobs !== undefined ? ["--jobs", values.jobs] : [] };
}

async function main(): Promise<void> {
  const s = settings();
  console.log(`bench:scale — ${machineLine()}`);
  console.log(`sizes ${s.sizes.join(", ")} articles; time limit ${s.timeoutSeconds} s a run; peak RSS via ${rssMethod() === "time" ? "/usr/bin/time -v" : "the child's process.resourceUsage()"}; MB = 10^6 bytes`);
  const before = sharedCpuWarning();
  if (before) console.log(before);
  console.log(`${"articles".padStart(9)}${"MB".padStart(8)}${"analyze s".padStart(11)}${"peak RSS".padStart(10)}${"s/1k".padStart(8)}${"vs first".padStart(10)}${"readDoc s".padStart(11)}${"×readDoc".padStart(10)}  status`);
  const flags: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "framediff-scale-"));
  let firstPerK: number | undefined, stopped: string | undefined;
  try {
    for (const n of s.sizes) {
      // A size that timed out predicts the larger ones: do not spend hours proving it again.
      if (stopped) { console.log(`${String(n).padStart(9)}  skipped: ${stopped}`); flags.push(`${n} articles: skipped (${stopped})`); continue; }
      const file = join(dir, `matched-${n}.jsonl`);
      const corpus = writeMatchedCorpus(file, n);
      const run = await runNode([s.cli, "analyze", file, "--no-figures", "--lexicon", s.lexicon, "--out", join(dir, `out-${n}`), ...s.jobs], { timeoutSeconds: s.timeoutSeconds });
      const runJson = join(dir, `out-${n}`, "run.json");
      if (existsSync(runJson)) {
        // the map (read, parse, profile on the workers) and the reduce (every feature), from analyze's own timings
        const r = JSON.parse(readFileSync(runJson, "utf8")) as { timings: Record<string, number>; parameters: { jobs?: number } };
        console.log(`          stages (jobs ${r.parameters.jobs ?? "?"}): ${Object.entries(r.timings).map(([k, v]) => `${k} ${fmt(v)} s`).join("; ")}`);
      }
      rmSync(join(dir, `out-${n}`), { recursive: true, force: true });
      const status = outcome(run, s.timeoutSeconds);
      const raw = await runNode([s.rawParse, file], { timeoutSeconds: s.timeoutSeconds });
      const rawStatus = outcome(raw, s.timeoutSeconds);
      const parse = rawStatus === "ok" ? (JSON.parse(lastLine(raw.stdoutTail)) as RawParse) : undefined;
      rmSync(file, { force: true });

      let perK = "", versus = "", times = "";
      if (status === "ok") {
        const k = run.seconds / (n / 1000);
        firstPerK ??= k;
        const spread = k / firstPerK - 1;
        perK = fmt(k);
        versus = `${spread >= 0 ? "+" : ""}${fmt(spread * 100, 0)}%`;
        if (Math.abs(spread) > LINEARITY) flags.push(`${n} articles: ${fmt(k)} s per 1k articles, ${versus} vs the first size (linear: within ±${LINEARITY * 100}%)`);
        if (parse) times = fmt(run.seconds / parse.seconds, 1);
      } else {
        flags.push(`${n} articles: ${status}`);
        if (run.timedOut) stopped = `${n} articles timed out after ${s.timeoutSeconds} s`;
      }
      if (n >= 100_000 && status === "ok" && run.seconds >= TARGET_SECONDS_AT_100K) flags.push(`${n} articles: ${fmt(run.seconds)} s ≥ ${TARGET_SECONDS_AT_100K} s`);
      if (run.peakRssMB !== undefined && run.peakRssMB >= TARGET_RSS_MB) flags.push(`${n} articles: peak RSS ${fmt(run.peakRssMB, 0)} MB ≥ ${TARGET_RSS_MB} MB`);
      const rss = run.peakRssMB === undefined ? "?" : `${fmt(run.peakRssMB, 0)} MB`;
      const readDoc = parse ? fmt(parse.seconds, 2) : rawStatus;
      console.log(`${String(corpus.articles).padStart(9)}${fmt(corpus.bytes / 1e6).padStart(8)}${(status === "ok" ? fmt(run.seconds) : "").padStart(11)}${rss.padStart(10)}${perK.padStart(8)}${versus.padStart(10)}${readDoc.padStart(11)}${times.padStart(10)}  ${status}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`s/1k = analyze seconds per 1,000 articles (startup included); "vs first" = its spread from the smallest size's (target ±${LINEARITY * 100}%).`);
  console.log(`readDoc s = wink's raw readDoc on the same texts (separate child, model load excluded); ×readDoc = analyze s ÷ readDoc s.`);
  if (!s.sizes.includes(100_000)) console.log(`(the 100k targets, < ${TARGET_SECONDS_AT_100K} s and < ${TARGET_RSS_MB / 1000} GB, are judged only when 100000 is among the sizes)`);
  const after = sharedCpuWarning(1);
  if (before ?? after) flags.push((before ?? after)!.replace(/^warning: /, ""));
  console.log(flags.length ? `\nFLAGGED (${flags.length}):\n${flags.map((f) => `  - ${f}`).join("\n")}` : "\nAll targets met.");
}

main().catch((e: unknown) => { console.error(`bench:scale: ${(e as Error).message}`); process.exitCode = 1; });
