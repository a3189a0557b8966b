/**
 * bench:stress (issue 8 acceptance), one child process after another:
 *  1. `framediff check` on generated JSONL of ~25, ~100 and ~250 MB: time,
 *     MB/s and peak RSS; flags peak RSS ≥ 500 MB and per-MB times more than
 *     25% apart (not linear).
 *  2. `framediff analyze --no-figures` on the same texts laid out as
 *     1,000 outlets × 1 article and as 10 outlets × 100 articles; flags a ratio
 *     above 2.
 * Every time is also given as a ratio to wink's raw readDoc on the same texts.
 *
 *   npm run bench:stress [-- --scale 0.02 --timeout 1200]   (or BENCH_STRESS_SCALE, BENCH_STRESS_TIMEOUT)
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { rssMethod, runNode, type ChildRun } from "./child-run";
import { bundledCorpusDir, repoRoot } from "./generate-corpus";
import { stressRecords, writeStress, type StressRecord } from "./generate-stress";
import type { RawParse } from "./raw-parse";

interface Settings { scale: number; timeoutSeconds: number; cli: string; rawParse: string; lexicon: string; dir: string }

const CHECK_SIZES_MB = [25, 100, 250];
const RSS_LIMIT_MB = 500;
const LINEARITY = 0.25;
const ANALYZE_TARGET = 2;

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const mb = (r: ChildRun) => (r.peakRssMB === undefined ? "?" : `${fmt(r.peakRssMB, 0)} MB`);

/** "ok", or why a child run did not finish cleanly. */
function outcome(r: ChildRun, limit: number): string {
  if (r.timedOut) return `timed out after ${limit} s`;
  if (r.signal) return `killed by ${r.signal}`;
  if (r.exitCode !== 0) return `exit ${r.exitCode}: ${lastLine(r.stderrTail) || lastLine(r.stdoutTail)}`;
  return "ok";
}
const lastLine = (s: string) => s.trim().split("\n").pop()?.slice(0, 200) ?? "";

async function rawParse(s: Settings, file: string): Promise<{ run: ChildRun; parse?: RawParse }> {
  const run = await runNode([s.rawParse, file], { timeoutSeconds: s.timeoutSeconds });
  return { run, parse: outcome(run, s.timeoutSeconds) === "ok" ? (JSON.parse(lastLine(run.stdoutTail)) as RawParse) : undefined };
}

async function checkSection(s: Settings, flags: string[]): Promise<void> {
  const outlets = Math.max(20, Math.round(1000 * s.scale));
  console.log(`\n1. framediff check on generated JSONL (${outlets} outlets, Zipf article counts, phenomena in 20% of sentences)`);
  const tiny = join(s.dir, "tiny.jsonl");
  await writeStress(tiny, { articles: 1, outlets: 1, words: 20 });
  const start = await runNode([s.cli, "check", tiny, "--lexicon", s.lexicon], { timeoutSeconds: s.timeoutSeconds });
  const startup = outcome(start, s.timeoutSeconds) === "ok" ? start.seconds : 0;
  console.log(`   startup (check on 1 article): ${fmt(start.seconds, 2)} s, peak RSS ${mb(start)} — ${outcome(start, s.timeoutSeconds)}`);
  console.log(`   ${"size".padEnd(9)}${"articles".padStart(9)}${"check s".padStart(10)}${"MB/s".padStart(8)}${"peak RSS".padStart(10)}${"s/MB*".padStart(8)}${"vs first".padStart(10)}${"Δs/ΔMB".padStart(9)}${"readDoc s".padStart(11)}${"×readDoc".padStart(10)}  status`);
  let first: number | undefined, previous: { size: number; seconds: number } | undefined;
  for (const target of CHECK_SIZES_MB.map((m) => m * s.scale)) {
    const file = join(s.dir, `stress-${target}.jsonl`);
    const gen = await writeStress(file, { megabytes: target, outlets, seed: 8 });
    const size = gen.bytes / 1e6;
    const check = await runNode([s.cli, "check", file, "--lexicon", s.lexicon], { timeoutSeconds: s.timeoutSeconds });
    const raw = await rawParse(s, file);
    rmSync(file, { force: true });
    const status = outcome(check, s.timeoutSeconds);
    const perMB = (check.seconds - startup) / size;
    let versus = "", marginal = "";
    if (status === "ok") {
      if (previous) marginal = fmt((check.seconds - previous.seconds) / (size - previous.size), 2);
      previous = { size, seconds: check.seconds };
      first ??= perMB;
      const ratio = perMB / first;
      versus = `${fmt(ratio, 2)}×`;
      if (Math.abs(ratio - 1) > LINEARITY) flags.push(`check: not linear — ${fmt(size)} MB takes ${fmt(ratio, 2)}× the per-MB time of the first size (limit ±${LINEARITY * 100}%)`);
    } else flags.push(`check on ${fmt(size)} MB: ${status}`);
    if (check.peakRssMB !== undefined && check.peakRssMB >= RSS_LIMIT_MB) flags.push(`check on ${fmt(size)} MB: peak RSS ${mb(check)} ≥ ${RSS_LIMIT_MB} MB`);
    const readDoc = raw.parse ? fmt(raw.parse.seconds) : outcome(raw.run, s.timeoutSeconds);
    const ratio = raw.parse && status === "ok" ? `${fmt(check.seconds / raw.parse.seconds, 2)}` : "";
    console.log(`   ${`${fmt(size)} MB`.padEnd(9)}${String(gen.articles).padStart(9)}${fmt(check.seconds).padStart(10)}${(status === "ok" ? fmt(size / check.seconds, 2) : "").padStart(8)}${mb(check).padStart(10)}${(status === "ok" ? fmt(perMB, 2) : "").padStart(8)}${versus.padStart(10)}${marginal.padStart(9)}${readDoc.padStart(11)}${ratio.padStart(10)}  ${status === "ok" && check.peakRssMB !== undefined && check.peakRssMB >= RSS_LIMIT_MB ? `peak RSS ≥ ${RSS_LIMIT_MB} MB` : status}`);
  }
  console.log(`   * seconds per MB after subtracting the startup; "vs first" compares it with the smallest size (linear: within ±${LINEARITY * 100}%);`);
  console.log(`     Δs/ΔMB is the extra time per extra MB since the previous size, free of any fixed cost. ×readDoc = check time ÷ raw readDoc time.`);
}

/** The same texts under another outlet layout: article i goes to outlet `outletOf(i)`. */
function* relabel(records: Iterable<StressRecord>, outletOf: (i: number) => string): Generator<StressRecord> {
  let i = 0;
  for (const r of records) { const outlet = outletOf(i); yield { ...r, id: `a${String(i + 1).padStart(5, "0")}-${outlet}`, outlet }; i++; }
}

async function analyzeSection(s: Settings, flags: string[]): Promise<void> {
  const n = Math.max(20, Math.round((1000 * s.scale) / 10) * 10), words = 150;
  const texts = { articles: n, outlets: 1, words, degenerate: 0, seed: 9 };
  console.log(`\n2. framediff analyze --no-figures on the same ${n} texts (~${words} words each), two outlet layouts`);
  const layouts: [string, (i: number) => string][] = [
    [`${n} outlets × 1 article`, (i) => `outlet-${String(i + 1).padStart(4, "0")}`],
    [`10 outlets × ${n / 10} articles`, (i) => `outlet-${String((i % 10) + 1).padStart(4, "0")}`],
  ];
  const seconds: number[] = [];
  let raw: { run: ChildRun; parse?: RawParse } | undefined;
  for (const [label, outletOf] of layouts) {
    const file = join(s.dir, `layout-${seconds.length}.jsonl`);
    await writeStress(file, texts, relabel(stressRecords(texts), outletOf));
    raw ??= await rawParse(s, file);
    const run = await runNode([s.cli, "analyze", file, "--no-figures", "--lexicon", s.lexicon, "--out", join(s.dir, `out-${seconds.length}`)], { timeoutSeconds: s.timeoutSeconds });
    const status = outcome(run, s.timeoutSeconds);
    if (status !== "ok") flags.push(`analyze on ${label}: ${status}`);
    seconds.push(status === "ok" ? run.seconds : NaN);
    const ratio = raw.parse && status === "ok" ? `${fmt(run.seconds / raw.parse.seconds, 1)}× readDoc` : "";
    console.log(`   ${label.padEnd(26)}${fmt(run.seconds).padStart(8)} s  peak RSS ${mb(run).padStart(8)}  ${ratio.padStart(14)}  ${status}`);
  }
  if (raw?.parse) console.log(`   ${"raw readDoc, same texts".padEnd(26)}${fmt(raw.parse.seconds, 2).padStart(8)} s  (${raw.parse.tokens} tokens)`);
  else if (raw) console.log(`   raw readDoc: ${outcome(raw.run, s.timeoutSeconds)}`);
  const ratio = seconds[0] / seconds[1];
  if (Number.isFinite(ratio)) {
    console.log(`   ratio many-outlets / few-outlets: ${fmt(ratio, 2)} (target ≤ ${ANALYZE_TARGET})`);
    if (ratio > ANALYZE_TARGET) flags.push(`analyze: ${n} outlets × 1 takes ${fmt(ratio, 2)}× as long as 10 outlets × ${n / 10} (target ≤ ${ANALYZE_TARGET})`);
  }
}

function settings(): Settings {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { scale: { type: "string" }, timeout: { type: "string" } } });
  const number = (name: string, v: string | undefined, fallback: number) => {
    const n = v === undefined ? fallback : Number(v);
    if (!(n > 0) || !Number.isFinite(n)) throw new Error(`invalid ${name} "${v}" (use a number > 0)`);
    return n;
  };
  const root = repoRoot();
  const cli = join(root, "dist", "cli", "main.js");
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench:stress does).`);
  return {
    scale: number("--scale / BENCH_STRESS_SCALE", values.scale ?? process.env.BENCH_STRESS_SCALE, 1),
    timeoutSeconds: number("--timeout / BENCH_STRESS_TIMEOUT", values.timeout ?? process.env.BENCH_STRESS_TIMEOUT, 1200),
    cli, rawParse: join(__dirname, "raw-parse.js"), lexicon: join(bundledCorpusDir(), "lexicon.yaml"),
    dir: mkdtempSync(join(tmpdir(), "framediff-stress-")),
  };
}

async function main(): Promise<void> {
  const s = settings();
  console.log(`bench:stress — scale ${s.scale}, time limit ${s.timeoutSeconds} s a run, peak RSS via ${rssMethod() === "time" ? "/usr/bin/time -v" : "the child's process.resourceUsage()"}, node ${process.version}, ${availableParallelism()} cores; sizes in MB = 10^6 bytes`);
  const flags: string[] = [];
  const busy = () => { const load = loadavg()[0]; return load >= availableParallelism() * 0.75 ? `load average ${fmt(load, 1)} on ${availableParallelism()} cores: other work shares the CPU, so times are not reliable` : undefined; };
  const before = busy();
  if (before) console.log(`warning: ${before}`);
  try {
    await checkSection(s, flags);
    await analyzeSection(s, flags);
  } finally {
    rmSync(s.dir, { recursive: true, force: true });
  }
  const after = busy();
  if (before ?? after) flags.push((before ?? after)!);
  console.log(flags.length ? `\nFLAGGED (${flags.length}):\n${flags.map((f) => `  - ${f}`).join("\n")}` : "\nAll targets met.");
}

main().catch((e: unknown) => { console.error(`bench:stress: ${(e as Error).message}`); process.exitCode = 1; });
