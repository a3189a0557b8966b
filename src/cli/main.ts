#!/usr/bin/env node
import { FramediffError, formatProblem } from "../errors";
import { analyze, Interrupted, type AnalyzeReport } from "./analyze";
import type { ProgressTarget } from "./progress";
import { terminalSafe } from "../terminal-safe";
import { stopWordsFlag } from "./stop-words-flag";
import { checkCorpus, formatCheckReport } from "./check";
import { LOAD_FLAGS, loadOptionsFromFlags } from "./load-flags";
import { ARRAY_INDEX_VARIABLES, arrayIndexFromEnv, parseShardSpec, type ShardSpec } from "../store/index";
import { mapShard } from "./map-shard";
import { reduceStore } from "./reduce";
import { colourEnabled, paint } from "./colour";
import { didYouMean } from "../util/did-you-mean";
import { ANALYZE_USAGE, CHECK_USAGE, KWIC_USAGE, LEXICON_DRAFT_USAGE, MAP_USAGE, REDUCE_USAGE, USAGE } from "./usage";
import { KWIC_FLAGS, runKwic } from "./kwic";
import { LEXICON_DRAFT_FLAGS, lexiconWithoutDraft, runLexiconDraft } from "./lexicon-draft";
import { defaultWrite, defaultWriteErr, outputOptions, parseCommand, type Write } from "./flags";

const VERSION: string = require("../../package.json").version;

export async function main(argv: string[], write: (s: string) => void = defaultWrite, writeErr: (s: string) => void = defaultWriteErr): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") { write(USAGE); return command === undefined ? 2 : 0; }
  if (command === "-V" || command === "--version") { write(`framediff ${VERSION}\n`); return 0; }
  if (command === "analyze") return runAnalyze(rest, write, writeErr);
  if (command === "map") return runMap(rest, write, writeErr);
  if (command === "reduce") return runReduce(rest, write, writeErr);
  if (command === "kwic") { const parsed = parseCommand("kwic", KWIC_USAGE, rest, KWIC_FLAGS, write, writeErr); return typeof parsed === "number" ? parsed : runKwic(parsed, write, writeErr); }
  if (command === "lexicon") {
    if (rest[0] !== "draft") return lexiconWithoutDraft(rest[0], write, writeErr);
    const parsed = parseCommand("lexicon draft", LEXICON_DRAFT_USAGE, rest.slice(1), LEXICON_DRAFT_FLAGS, write, writeErr);
    return typeof parsed === "number" ? parsed : runLexiconDraft(parsed, write, writeErr, write === defaultWrite && Boolean(process.stderr.isTTY));
  }
  if (command !== "check") return unknownCommand(command, writeErr);

  const parsed = parseCommand("check", CHECK_USAGE, rest, {
    lexicon: { type: "string" }, json: { type: "boolean" }, strict: { type: "boolean" }, help: { type: "boolean", short: "h" },
    ...LOAD_FLAGS,
  }, write, writeErr);
  if (typeof parsed === "number") return parsed;
  if (parsed.positionals.length !== 1) return parsed.usage(`expected one corpus path, got ${parsed.positionals.length}`);
  const load = loadOptionsFromFlags(parsed.values);
  if (typeof load === "string") return parsed.usage(load);

  const report = await checkCorpus(parsed.positionals[0], {
    lexicon: parsed.values.lexicon, strict: parsed.values.strict, load,
    progress: parsed.quiet ? { write: () => undefined, isTTY: false } : { write: writeErr, isTTY: process.stderr.isTTY, columns: process.stderr.columns },
  });
  if (parsed.values.json) write(JSON.stringify(report, null, 2) + "\n");
  else if (!(parsed.quiet && report.usable)) (report.usable ? write : writeErr)(formatCheckReport(report));
  return report.usable ? 0 : 1;
}

/** The commands USAGE lists, for "did you mean" (a command added there is known here too). */
function commandNames(): string[] {
  const names: string[] = [];
  for (const m of USAGE.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)) names.push(m[1]);
  return names;
}

function unknownCommand(command: string, writeErr: Write): number {
  const guess = didYouMean(command, commandNames());
  const prefix = paint("error", "framediff:", colourEnabled(process.stderr.isTTY && writeErr === defaultWriteErr));
  writeErr(`${prefix} unknown command "${terminalSafe(command)}"${guess ? ` (did you mean ${guess}?)` : ""}\nRun "framediff --help" for the commands.\n`);
  return 2;
}


/**
 * Runs analyze or reduce: Ctrl-C/SIGTERM abort it (exit 130/143, OUT kept),
 * bad input is one line per problem (exit 1), and skipped articles and the
 * summary are printed after a run that succeeded.
 */
async function runOutput(command: "analyze" | "reduce", out: string | undefined, flags: OutputFlags, write: Write, writeErr: Write, run: (signal: AbortSignal, progress: ProgressTarget) => Promise<AnalyzeReport>, summary: (report: AnalyzeReport) => string, extra: () => Record<string, unknown> = () => ({})): Promise<number> {
  const interrupt = onSignals();
  let report;
  try {
    report = await run(interrupt.signal, progressTarget(flags, write, writeErr));
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
  if (flags.json) { write(JSON.stringify(jsonSummary(command, report, extra()), null, 2) + "\n"); return 0; }
  if (flags.quiet) return 0;
  if (report.skippedArticles.length) {
    writeErr(`Skipped ${report.skippedArticles.length} article${report.skippedArticles.length === 1 ? "" : "s"} (also listed in run.json and report.html):\n`);
    for (const s of report.skippedArticles) for (const p of s.problems) writeErr(`  - ${formatProblem(p)}\n`);
  }
  if (report.skippedFeatures.length) write(`No lexicon: skipped ${report.skippedFeatures.join(", ")}.\n`);
  write(summary(report));
  return 0;
}

/** -q/--quiet (nothing but errors) and --json (the summary as one JSON object on stdout). */
interface OutputFlags { readonly quiet: boolean; readonly json: boolean }

/** Progress goes to stderr: a bar on a terminal, plain lines in a log, nothing with --quiet or --json. */
function progressTarget(flags: OutputFlags, write: Write, writeErr: Write): ProgressTarget {
  const stderr = process.stderr;
  if (flags.quiet || flags.json) return { write: () => undefined, isTTY: false };
  return { write: (s) => writeErr(s), isTTY: write === defaultWrite && Boolean(stderr.isTTY), columns: stderr.columns };
}

/** What analyze or reduce did, for scripts: the same facts as the summary line, as JSON. */
function jsonSummary(command: string, report: AnalyzeReport, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    command, out: report.out, ...extra, files: report.files, warnings: report.warnings.length,
    skippedFeatures: report.skippedFeatures,
    skippedArticles: report.skippedArticles.map((s) => ({ id: s.id ?? null, problems: s.problems.map(formatProblem) })),
  };
}

async function runAnalyze(rest: string[], write: Write, writeErr: Write): Promise<number> {
  const parsed = parseCommand("analyze", ANALYZE_USAGE, rest, {
    lexicon: { type: "string" }, out: { type: "string" }, formats: { type: "string" }, "no-figures": { type: "boolean" },
    seed: { type: "string" }, iterations: { type: "string" }, "skip-invalid": { type: "boolean" }, "no-csv-guard": { type: "boolean" }, "no-parquet": { type: "boolean" }, ...LOAD_FLAGS, "max-outlets": { type: "string" }, "pairwise-outlets": { type: "string" }, "event-rows": { type: "string" }, period: { type: "string" }, jobs: { type: "string" }, compare: { type: "string" }, "stop-words": { type: "string" },
    store: { type: "string" }, "no-store": { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
  }, write, writeErr);
  if (typeof parsed === "number") return parsed;
  const v = parsed.values, usage = parsed.usage;
  if (parsed.positionals.length !== 1) return usage(`expected one corpus path, got ${parsed.positionals.length}`);
  if (v.store !== undefined && v["no-store"]) return usage("give --store DIR or --no-store, not both");
  const o = outputOptions(v);
  if (typeof o === "string") return usage(o);
  const stopWords = stopWordsFlag(v["stop-words"]);
  if (stopWords && typeof stopWords === "object" && "error" in stopWords) return usage(stopWords.error);
  const load = loadOptionsFromFlags(v);
  if (typeof load === "string") return usage(load);
  const corpus = parsed.positionals[0];
  return runOutput("analyze", v.out, { quiet: parsed.quiet, json: Boolean(v.json) }, write, writeErr, (signal, progress) => analyze(corpus, {
    ...o, ...(stopWords !== undefined ? { stopWords } : {}), lexicon: v.lexicon, out: v.out, noFigures: v["no-figures"], skipInvalid: v["skip-invalid"], csvGuard: !v["no-csv-guard"], parquet: !v["no-parquet"], signal,
    ...(v["no-store"] ? { store: false as const } : v.store !== undefined ? { store: v.store } : {}),
    load,
  }, progress), (report) => `Wrote ${report.files.length} files to ${terminalSafe(report.out)}/ (report.html, run.json, tables/, ${v["no-figures"] ? "no figures" : "figures/"}); ${report.warnings.length} warnings in run.json${report.skippedArticles.length ? `; ${report.skippedArticles.length} articles skipped` : ""}.\n`);
}

async function runMap(rest: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  const parsed = parseCommand("map", MAP_USAGE, rest, {
    store: { type: "string" }, shard: { type: "string" }, shards: { type: "string" }, lexicon: { type: "string" }, jobs: { type: "string" },
    "skip-invalid": { type: "boolean" }, ...LOAD_FLAGS, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
  }, write, writeErr);
  if (typeof parsed === "number") return parsed;
  const v = parsed.values, usage = parsed.usage;
  if (parsed.positionals.length !== 1) return usage(`expected one corpus path, got ${parsed.positionals.length}`);
  if (!v.store) return usage("--store DIR is required (the folder the shards are written to)");
  const load = loadOptionsFromFlags(v);
  if (typeof load === "string") return usage(load);
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
  const interrupt = onSignals();
  const flags = { quiet: parsed.quiet, json: Boolean(v.json) };
  try {
    const r = await mapShard(parsed.positionals[0], {
      store: v.store, shard, lexicon: v.lexicon, jobs, skipInvalid: v["skip-invalid"], signal: interrupt.signal, load,
    }, progressTarget(flags, write, writeErr));
    const where = terminalSafe(r.path);
    if (flags.json) write(JSON.stringify({ command: "map", path: r.path, shard: { index: shard.index, count: shard.count }, outcome: r.outcome, articles: r.articles, ...(r.outcome === "kept" ? {} : { bytes: r.bytes, skipped: r.skipped }) }, null, 2) + "\n");
    else if (!flags.quiet) write(r.outcome === "kept"
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
  const parsed = parseCommand("reduce", REDUCE_USAGE, rest, {
    lexicon: { type: "string" }, out: { type: "string" }, formats: { type: "string" }, "no-figures": { type: "boolean" }, seed: { type: "string" }, iterations: { type: "string" },
    "no-csv-guard": { type: "boolean" }, "no-parquet": { type: "boolean" }, "max-outlets": { type: "string" }, "pairwise-outlets": { type: "string" }, "event-rows": { type: "string" }, period: { type: "string" }, compare: { type: "string" }, "stop-words": { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
  }, write, writeErr);
  if (typeof parsed === "number") return parsed;
  const v = parsed.values, usage = parsed.usage;
  if (parsed.positionals.length !== 1) return usage(`expected one store folder, got ${parsed.positionals.length}`);
  const o = outputOptions(v);
  if (typeof o === "string") return usage(o);
  const stopWords = stopWordsFlag(v["stop-words"]);
  if (stopWords && typeof stopWords === "object" && "error" in stopWords) return usage(stopWords.error);
  const store = parsed.positionals[0];
  let shards = 0;
  return runOutput("reduce", v.out, { quiet: parsed.quiet, json: Boolean(v.json) }, write, writeErr, async (signal, progress) => {
    const { jobs: _jobs, ...rest } = o;
    const report = await reduceStore(store, { ...rest, ...(stopWords !== undefined ? { stopWords } : {}), lexicon: v.lexicon, out: v.out, noFigures: v["no-figures"], csvGuard: !v["no-csv-guard"], parquet: !v["no-parquet"], signal }, progress);
    shards = report.shards.length;
    return report;
  }, (report) => `Read ${shards} shard${shards === 1 ? "" : "s"}; wrote ${report.files.length} files to ${terminalSafe(report.out)}/ (report.html, run.json, tables/, ${v["no-figures"] ? "no figures" : "figures/"}); ${report.warnings.length} warnings in run.json.\n`, () => ({ shards }));
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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(e instanceof FramediffError ? `framediff: ${e.message}\n` : internalError(e));
      process.exitCode = 1;
    },
  );
}
