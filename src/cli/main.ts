#!/usr/bin/env node
import { parseArgs } from "node:util";
import { FramediffError, formatProblem } from "../errors";
import { analyze, Interrupted, type AnalyzeReport } from "./analyze";
import type { ProgressTarget } from "./progress";
import { terminalSafe } from "../terminal-safe";
import { checkCorpus, formatCheckReport } from "./check";
import type { ImageFormat } from "../render/types";
import { ARRAY_INDEX_VARIABLES, arrayIndexFromEnv, parseShardSpec, type ShardSpec } from "../store/index";
import { mapShard } from "./map-shard";
import { reduceStore } from "./reduce";

const VERSION: string = require("../../package.json").version;

const USAGE = `Usage: framediff <command> [options]

Commands:
  check <corpus>     Validate a corpus (folder with manifest, .jsonl or .csv) and summarise it
  analyze <corpus>   Measure every framing feature; write tables, figures, report.html and run.json
  map <corpus>       Profile one shard of a corpus into a Parquet store (an array-job task)
  reduce <store>     Measure the profiles of every shard of a store; write what analyze writes

Options:
  -h, --help       Show help (also: framediff <command> --help)
  -V, --version    Show the version
`;

const CHECK_USAGE = `Usage: framediff check <corpus> [--lexicon FILE] [--json] [--strict]
                       [--date-format FORMAT] [--follow-symlinks]

Validate a corpus and print a summary: articles, outlets, events, sentences and
tokens per outlet, lexicon hits per outlet, and every warning and problem.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --lexicon FILE    Lexicon YAML (default: lexicon.yaml inside a folder corpus, if present)
  --json            Print the report as JSON
  --strict          Exit 1 on warnings too
  --date-format F   Read dates in this format as well as ISO 8601, e.g. M/D/YY, D.M.YYYY,
                    "MMMM D, YYYY" (tokens YYYY YY M MM D DD MMM MMMM H HH mm ss)
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  -h, --help        Show this help

Exit status: 0 when the corpus is usable, 1 when it is not, 2 on a usage error.
`;

const ANALYZE_USAGE = `Usage: framediff analyze <corpus> [--lexicon FILE] [--out DIR] [--formats svg,pdf,png]
                         [--no-figures] [--seed N] [--iterations N] [--skip-invalid]
                         [--no-csv-guard] [--date-format FORMAT] [--follow-symlinks]
                         [--max-outlets N] [--pairwise-outlets N] [--jobs N]
                         [--store DIR | --no-store]

Measure sentiment, terminology, emphasis, voice, coverage and divergence per outlet
and write:
  DIR/tables/<kind>.csv   one table per result (columns documented in src/features/<family>/columns.ts)
  DIR/figures/            every chart as SVG/PDF/PNG with its data (.csv) and provenance (.json)
  DIR/report.html         one offline page with every interactive chart and the key tables
  DIR/run.json            parameters, versions, hashes, warnings and timings
  DIR/profiles/           every article's profile (Parquet), reused by the next run

  <corpus>           A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --lexicon FILE     Lexicon YAML (default: the corpus's own lexicon.yaml, if any; without one
                     the lexicon-free features run and the skipped ones are listed)
  --out DIR          Output folder (default: out)
  --formats LIST     Figure formats, comma-separated from svg, pdf, png (default: all three)
  --no-figures       Write no figure files (report.html still has every chart)
  --seed N           Seed of every random stream (default: 1)
  --iterations N     Bootstrap replicates (default: 2000)
  --skip-invalid     Analyse the valid articles of a corpus that has invalid ones, and list
                     every skipped article (default: an invalid corpus is an error, as in check)
  --date-format F    Read dates in this format as well as ISO 8601, e.g. M/D/YY, D.M.YYYY,
                     "MMMM D, YYYY" (tokens YYYY YY M MM D DD MMM MMMM H HH mm ss)
  --follow-symlinks  Read manifest entries that are symbolic links (refused by default)
  --max-outlets N    Outlets shown in charts and the report, those with most articles
                     (default: 30; the tables keep every outlet)
  --pairwise-outlets N  Outlets compared pairwise in divergence, those with most articles
                     (default: 100; the number of pairs grows with its square)
  --jobs N           Worker threads that parse and profile the articles (default: the
                     machine's available parallelism; 1 runs in one thread). Results are
                     identical for any N
  --no-csv-guard     Write text cells as they are: by default a text cell that a spreadsheet
                     would run as a formula (starting = + - @) gets a leading apostrophe
  --store DIR        Keep the profiles in DIR instead of DIR/profiles (default: OUT/profiles).
                     A rerun profiles only articles whose content, lexicon or framediff
                     profile version changed; other statistics options reuse every profile
  --no-store         Keep no profiles (every run profiles every article)
  -h, --help         Show this help

The run is written into a folder beside DIR and moved into place when it has
succeeded: a failed or interrupted run leaves DIR as it was. Only the files the
previous run listed in DIR/run.json are replaced; other files in DIR are kept.
Two runs on one DIR at the same time are refused (a lock file beside DIR).
An article that cannot be parsed or measured is skipped, listed on stderr, in
run.json and at the top of report.html; the run goes on.

Figure export needs Chromium (Debian/Ubuntu: apt-get install chromium; elsewhere set
FRAMEDIFF_CHROMIUM=/path/to/chrome). Exit status: 0 done, 1 on bad input, 2 on a usage error,
130/143 when interrupted (SIGINT/SIGTERM).
`;

const MAP_USAGE = `Usage: framediff map <corpus> --store DIR [--shard I/N | --shards N] [--lexicon FILE]
                     [--jobs N] [--skip-invalid] [--date-format FORMAT] [--follow-symlinks]

Profile the articles of shard I of N (I counts from 0) and write them to
DIR/part-I-of-N.parquet. An article's shard is a stable hash of its id, so
every shard gets a fair mix of outlets and events. Run one map per shard (an
array job), then framediff reduce DIR. Each map reads the whole corpus but
parses only its own articles.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --store DIR       The store folder (created if needed); every shard of a run goes in one folder
  --shard I/N       This shard, e.g. 0/8
  --shards N        The number of shards, when I comes from the scheduler: SLURM_ARRAY_TASK_ID
                    (Slurm job arrays), JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs) or
                    AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array jobs), read in that order
  --lexicon FILE    Lexicon YAML (default: the corpus's own lexicon.yaml, if any); every shard
                    of a store must use the same one
  --jobs N          Worker threads (default: the machine's available parallelism)
  --skip-invalid    Profile the valid articles of a corpus that has invalid ones
  --date-format F   Read dates in this format as well as ISO 8601
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  -h, --help        Show this help

The shard file appears whole or not at all. A shard already in DIR, made by the
same profile version with the same lexicon, is kept, so rerunning an array job
redoes only the tasks that failed. Exit status: 0 done, 1 on bad input, 2 on a
usage error, 130/143 when interrupted.
`;

const REDUCE_USAGE = `Usage: framediff reduce <store> [--out DIR] [--lexicon FILE] [--formats svg,pdf,png]
                        [--no-figures] [--seed N] [--iterations N] [--no-csv-guard]
                        [--max-outlets N] [--pairwise-outlets N]

Read every shard of a store (part-I-of-N.parquet, written by framediff map),
check that they belong together — one N with none missing, one profile version,
one lexicon, one corpus — and write what framediff analyze writes for the same
corpus: tables/, figures/, report.html and run.json (which lists the shards
and their SHA-256). The tables are byte-identical to analyze's.

  <store>            The folder the map jobs wrote to
  --lexicon FILE     The lexicon the map jobs used (default: the corpus's own, if the corpus
                     is still where the map read it); its hash must match the shards'
  --out DIR, --formats, --no-figures, --seed, --iterations, --no-csv-guard,
  --max-outlets, --pairwise-outlets   as for framediff analyze
  -h, --help         Show this help

Exit status: 0 done, 1 on bad input (a missing, damaged or mismatched shard is
named), 2 on a usage error, 130/143 when interrupted.
`;

export async function main(argv: string[], write: (s: string) => void = defaultWrite, writeErr: (s: string) => void = (s) => { process.stderr.write(s); }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") { write(USAGE); return command === undefined ? 2 : 0; }
  if (command === "-V" || command === "--version") { write(`framediff ${VERSION}\n`); return 0; }
  if (command === "analyze") return runAnalyze(rest, write, writeErr);
  if (command === "map") return runMap(rest, write, writeErr);
  if (command === "reduce") return runReduce(rest, write, writeErr);
  if (command !== "check") { writeErr(`framediff: unknown command "${terminalSafe(command)}"\n\n${USAGE}`); return 2; }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      lexicon: { type: "string" }, json: { type: "boolean" }, strict: { type: "boolean" }, help: { type: "boolean", short: "h" },
      "date-format": { type: "string" }, "follow-symlinks": { type: "boolean" },
    } });
  } catch (e) {
    writeErr(`framediff check: ${terminalSafe((e as Error).message)}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (parsed.values.help) { write(CHECK_USAGE); return 0; }
  if (parsed.positionals.length !== 1) { writeErr(`framediff check: expected one corpus path, got ${parsed.positionals.length}\n\n${CHECK_USAGE}`); return 2; }

  const report = await checkCorpus(parsed.positionals[0], {
    lexicon: parsed.values.lexicon, strict: parsed.values.strict,
    load: { ...(parsed.values["date-format"] !== undefined ? { dateFormat: parsed.values["date-format"] } : {}), followSymlinks: Boolean(parsed.values["follow-symlinks"]) },
    progress: { write: writeErr, isTTY: process.stderr.isTTY, columns: process.stderr.columns },
  });
  if (parsed.values.json) write(JSON.stringify(report, null, 2) + "\n");
  else (report.usable ? write : writeErr)(formatCheckReport(report));
  return report.usable ? 0 : 1;
}

const FORMATS: readonly ImageFormat[] = ["svg", "pdf", "png"];

type Write = (s: string) => void;

/** The options analyze and reduce share (what happens after the map), parsed and checked; a string is a usage error. */
function outputOptions(v: { formats?: string; seed?: string; iterations?: string; "max-outlets"?: string; "pairwise-outlets"?: string; jobs?: string }): string | { formats?: ImageFormat[]; seed?: number; iterations?: number; maxOutlets?: number; pairwiseOutlets?: number; jobs?: number } {
  const formats = v.formats === undefined ? undefined : v.formats.split(",").map((f) => f.trim().toLowerCase());
  const bad = formats?.filter((f) => !FORMATS.includes(f as ImageFormat)) ?? [];
  if (formats && (formats.length === 0 || bad.length)) return `invalid --formats "${terminalSafe(v.formats ?? "")}" (use svg, pdf and/or png, comma-separated)`;
  const int = (name: string, s: string | undefined, min: number) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new Error(`invalid --${name} "${terminalSafe(s)}" (use a whole number ≥ ${min})`);
    return n;
  };
  try {
    return {
      formats: formats as ImageFormat[] | undefined, seed: int("seed", v.seed, 0), iterations: int("iterations", v.iterations, 1),
      maxOutlets: int("max-outlets", v["max-outlets"], 1), pairwiseOutlets: int("pairwise-outlets", v["pairwise-outlets"], 2), jobs: int("jobs", v.jobs, 1),
    };
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Runs analyze or reduce: Ctrl-C/SIGTERM abort it (exit 130/143, OUT kept),
 * bad input is one line per problem (exit 1), and skipped articles and the
 * summary are printed after a run that succeeded.
 */
async function runOutput(command: "analyze" | "reduce", out: string | undefined, write: Write, writeErr: Write, run: (signal: AbortSignal, progress: ProgressTarget) => Promise<AnalyzeReport>, summary: (report: AnalyzeReport) => string): Promise<number> {
  const stderr = process.stderr;
  const interrupt = onSignals();
  let report;
  try {
    report = await run(interrupt.signal, { write: (s) => writeErr(s), isTTY: write === defaultWrite && Boolean(stderr.isTTY), columns: stderr.columns });
  } catch (e) {
    if (e instanceof Interrupted) {
      writeErr(`\nframediff ${command}: interrupted (${interrupt.received ?? "aborted"}); ${terminalSafe(out ?? "out")} keeps its previous results.\n`);
      return interrupt.received === "SIGINT" ? 130 : 143;
    }
    if (!(e instanceof FramediffError)) throw e;
    writeErr(`framediff ${command}: ${e.problems.map(formatProblem).join("\n  ")}\n`);
    return 1;
  } finally {
    interrupt.dispose();
  }
  if (report.skippedArticles.length) {
    writeErr(`Skipped ${report.skippedArticles.length} article${report.skippedArticles.length === 1 ? "" : "s"} (also listed in run.json and report.html):\n`);
    for (const s of report.skippedArticles) for (const p of s.problems) writeErr(`  - ${formatProblem(p)}\n`);
  }
  if (report.skippedFeatures.length) write(`No lexicon: skipped ${report.skippedFeatures.join(", ")}.\n`);
  write(summary(report));
  return 0;
}

async function runAnalyze(rest: string[], write: Write, writeErr: Write): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      lexicon: { type: "string" }, out: { type: "string" }, formats: { type: "string" }, "no-figures": { type: "boolean" },
      seed: { type: "string" }, iterations: { type: "string" }, "skip-invalid": { type: "boolean" }, "no-csv-guard": { type: "boolean" }, "date-format": { type: "string" }, "follow-symlinks": { type: "boolean" }, "max-outlets": { type: "string" }, "pairwise-outlets": { type: "string" }, jobs: { type: "string" },
      store: { type: "string" }, "no-store": { type: "boolean" }, help: { type: "boolean", short: "h" },
    } });
  } catch (e) {
    writeErr(`framediff analyze: ${terminalSafe((e as Error).message)}\n\n${ANALYZE_USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) { write(ANALYZE_USAGE); return 0; }
  const usage = (msg: string) => { writeErr(`framediff analyze: ${msg}\n\n${ANALYZE_USAGE}`); return 2; };
  if (parsed.positionals.length !== 1) return usage(`expected one corpus path, got ${parsed.positionals.length}`);
  if (v.store !== undefined && v["no-store"]) return usage("give --store DIR or --no-store, not both");
  const o = outputOptions(v);
  if (typeof o === "string") return usage(o);
  const corpus = parsed.positionals[0];
  return runOutput("analyze", v.out, write, writeErr, (signal, progress) => analyze(corpus, {
    ...o, lexicon: v.lexicon, out: v.out, noFigures: v["no-figures"], skipInvalid: v["skip-invalid"], csvGuard: !v["no-csv-guard"], signal,
    ...(v["no-store"] ? { store: false as const } : v.store !== undefined ? { store: v.store } : {}),
    load: { ...(v["date-format"] !== undefined ? { dateFormat: v["date-format"] } : {}), followSymlinks: Boolean(v["follow-symlinks"]) },
  }, progress), (report) => `Wrote ${report.files.length} files to ${terminalSafe(report.out)}/ (report.html, run.json, tables/, ${v["no-figures"] ? "no figures" : "figures/"}); ${report.warnings.length} warnings in run.json${report.skippedArticles.length ? `; ${report.skippedArticles.length} articles skipped` : ""}.\n`);
}

async function runMap(rest: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      store: { type: "string" }, shard: { type: "string" }, shards: { type: "string" }, lexicon: { type: "string" }, jobs: { type: "string" },
      "skip-invalid": { type: "boolean" }, "date-format": { type: "string" }, "follow-symlinks": { type: "boolean" }, help: { type: "boolean", short: "h" },
    } });
  } catch (e) {
    writeErr(`framediff map: ${terminalSafe((e as Error).message)}\n\n${MAP_USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) { write(MAP_USAGE); return 0; }
  const usage = (msg: string) => { writeErr(`framediff map: ${msg}\n\n${MAP_USAGE}`); return 2; };
  if (parsed.positionals.length !== 1) return usage(`expected one corpus path, got ${parsed.positionals.length}`);
  if (!v.store) return usage("--store DIR is required (the folder the shards are written to)");
  let shard: ShardSpec | undefined;
  if (v.shard !== undefined) {
    if (v.shards !== undefined) return usage("give --shard I/N or --shards N, not both");
    shard = parseShardSpec(v.shard);
    if (!shard) return usage(`invalid --shard "${terminalSafe(v.shard)}" (use I/N with 0 ≤ I < N, e.g. 0/8)`);
  } else {
    const count = Number(v.shards);
    if (v.shards === undefined) return usage(`give --shard I/N, or --shards N with the index in ${ARRAY_INDEX_VARIABLES.join(", ")}`);
    if (!Number.isInteger(count) || count < 1) return usage(`invalid --shards "${terminalSafe(v.shards)}" (use a whole number ≥ 1)`);
    const found = arrayIndexFromEnv(process.env);
    if (!found) return usage(`--shards ${count} needs this task's index in ${ARRAY_INDEX_VARIABLES.join(", ")} (none is set); or give --shard I/${count}`);
    shard = parseShardSpec(`${found.value}/${count}`);
    if (!shard) return usage(`${found.variable}=${terminalSafe(found.value)} is not a shard index below ${count} (array indices count from 0: use --array=0-${count - 1})`);
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) return usage(`invalid --jobs "${terminalSafe(v.jobs)}" (use a whole number ≥ 1)`);
  }
  const stderr = process.stderr;
  const interrupt = onSignals();
  try {
    const r = await mapShard(parsed.positionals[0], {
      store: v.store, shard, lexicon: v.lexicon, jobs, skipInvalid: v["skip-invalid"], signal: interrupt.signal,
      load: { ...(v["date-format"] !== undefined ? { dateFormat: v["date-format"] } : {}), followSymlinks: Boolean(v["follow-symlinks"]) },
    }, { write: (s) => writeErr(s), isTTY: write === defaultWrite && Boolean(stderr.isTTY), columns: stderr.columns });
    const where = terminalSafe(r.path);
    write(r.outcome === "kept"
      ? `Kept ${where}: shard ${shard.index} of ${shard.count} was already mapped (${r.articles} articles).\n`
      : `Wrote ${where}: shard ${shard.index} of ${shard.count}, ${r.articles} articles, ${r.bytes} bytes${r.skipped ? `; ${r.skipped} articles could not be profiled (listed in the shard, reported by reduce)` : ""}.\n`);
    return 0;
  } catch (e) {
    if (interrupt.signal.aborted) { writeErr(`\nframediff map: interrupted (${interrupt.received ?? "aborted"}); no shard was written.\n`); return interrupt.received === "SIGINT" ? 130 : 143; }
    if (!(e instanceof FramediffError)) throw e;
    writeErr(`framediff map: ${e.problems.map(formatProblem).join("\n  ")}\n`);
    return 1;
  } finally {
    interrupt.dispose();
  }
}

async function runReduce(rest: string[], write: Write, writeErr: Write): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      lexicon: { type: "string" }, out: { type: "string" }, formats: { type: "string" }, "no-figures": { type: "boolean" }, seed: { type: "string" }, iterations: { type: "string" },
      "no-csv-guard": { type: "boolean" }, "max-outlets": { type: "string" }, "pairwise-outlets": { type: "string" }, help: { type: "boolean", short: "h" },
    } });
  } catch (e) {
    writeErr(`framediff reduce: ${terminalSafe((e as Error).message)}\n\n${REDUCE_USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) { write(REDUCE_USAGE); return 0; }
  const usage = (msg: string) => { writeErr(`framediff reduce: ${msg}\n\n${REDUCE_USAGE}`); return 2; };
  if (parsed.positionals.length !== 1) return usage(`expected one store folder, got ${parsed.positionals.length}`);
  const o = outputOptions(v);
  if (typeof o === "string") return usage(o);
  const store = parsed.positionals[0];
  let shards = 0;
  return runOutput("reduce", v.out, write, writeErr, async (signal, progress) => {
    const { jobs: _jobs, ...rest } = o;
    const report = await reduceStore(store, { ...rest, lexicon: v.lexicon, out: v.out, noFigures: v["no-figures"], csvGuard: !v["no-csv-guard"], signal }, progress);
    shards = report.shards.length;
    return report;
  }, (report) => `Read ${shards} shard${shards === 1 ? "" : "s"}; wrote ${report.files.length} files to ${terminalSafe(report.out)}/ (report.html, run.json, tables/, ${v["no-figures"] ? "no figures" : "figures/"}); ${report.warnings.length} warnings in run.json.\n`);
}

/**
 * SIGINT/SIGTERM abort the run at its next step (the run then cleans up and
 * exits 130/143); a second signal exits at once, leaving the staging folder
 * for the next run to clear.
 */
function onSignals(): { signal: AbortSignal; received?: NodeJS.Signals; dispose(): void } {
  const controller = new AbortController();
  const state: { signal: AbortSignal; received?: NodeJS.Signals; dispose(): void } = {
    signal: controller.signal,
    dispose() { process.off("SIGINT", handler); process.off("SIGTERM", handler); },
  };
  function handler(sig: NodeJS.Signals) {
    if (state.received) process.exit(sig === "SIGINT" ? 130 : 143);
    state.received = sig;
    controller.abort();
  }
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return state;
}

/** One line for a bug (never a stack trace, unless FRAMEDIFF_DEBUG asks for it). */
function internalError(e: unknown): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (process.env.FRAMEDIFF_DEBUG) return `framediff: internal error: ${(e as Error)?.stack ?? what}\n`;
  return `framediff: internal error (${terminalSafe(what.split("\n", 1)[0])}). Fix: this is a framediff bug; please report it with the command you ran (FRAMEDIFF_DEBUG=1 shows the stack trace).\n`;
}

const defaultWrite = (s: string) => { process.stdout.write(s); };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(e instanceof FramediffError ? `framediff: ${e.message}\n` : internalError(e));
      process.exitCode = 1;
    },
  );
}
