/**
 * bench:ratio (issue 9 target: ratio ≥ 0.5). In ONE process, on the same
 * texts: (a) raw wink-nlp — `readDoc` + `doc.sentences().out(its.sentiment)`
 * over every text, the model loaded before timing — then (b) what
 * `framediff analyze --no-figures` does, through the compiled build
 * (dist/cli/analyze.js, the code users run). Prints both times, the ratio
 * raw / analyze and analyze's own stage timings from its run.json.
 *
 *   npm run bench:ratio [-- --events 100 --words 600]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readArticles } from "../src/corpus/index";
import { machineLine, sharedCpuWarning, writeMatchedCorpus } from "./bench-machine";
import { bundledCorpusDir, repoRoot } from "./generate-corpus";
import { analysedText } from "./raw-parse";

const TARGET = 0.5;
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** The floor: wink's readDoc and sentence sentiment, nothing else (one instance, as a user of wink would). */
function rawWink(texts: readonly string[]): { seconds: number; sentences: number } {
  const nlp = winkNLP(model);
  const its = nlp.its;
  let sentences = 0;
  const t0 = process.hrtime.bigint();
  for (const text of texts) sentences += nlp.readDoc(text).sentences().out(its.sentiment).length;
  return { seconds: seconds(t0), sentences };
}

function number(name: string, v: string | undefined, fallback: number): number {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid ${name} "${v}" (use a whole number ≥ 1)`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { events: { type: "string" }, words: { type: "string" } } });
  const events = number("--events", values.events, 100), words = number("--words", values.words, 600);
  const root = repoRoot();
  // The bench build cannot run analyze (it requires ../../package.json), so it comes from dist/, built by the npm script.
  const dist = join(root, "dist");
  const { analyze } = require(join(dist, "cli", "analyze.js")) as typeof import("../src/cli/analyze");
  const { nlp: distNlp } = require(join(dist, "parse", "nlp.js")) as typeof import("../src/parse/nlp");

  console.log(`bench:ratio — ${machineLine()}`);
  const before = sharedCpuWarning();
  if (before) console.log(before);

  const dir = mkdtempSync(join(tmpdir(), "framediff-ratio-"));
  try {
    const file = join(dir, "matched.jsonl");
    const corpus = writeMatchedCorpus(file, events * 3, words);
    const texts: string[] = [];
    for await (const item of readArticles(file)) if (item.article) texts.push(analysedText(item.article));
    console.log(`corpus: ${corpus.articles} articles (${events} events × tass, yahoo, reuters, ~${words} words), ${(corpus.bytes / 1e6).toFixed(1)} MB`);

    const raw = rawWink(texts);
    console.log(`(a) raw wink readDoc + sentence sentiment: ${raw.seconds.toFixed(2)} s (${raw.sentences} sentences; model loaded before timing)`);

    distNlp(); // analyze's wink model, loaded before timing as (a)'s was
    const out = join(dir, "out");
    // --jobs 1: the target compares one thread with one thread
    const t0 = process.hrtime.bigint();
    await analyze(file, { out, noFigures: true, jobs: 1, lexicon: join(bundledCorpusDir(), "lexicon.yaml") }, { write: () => undefined });
    const analyzeSeconds = seconds(t0);
    console.log(`(b) analyze --no-figures (dist/, in this process): ${analyzeSeconds.toFixed(2)} s`);

    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as { timings: Record<string, number> };
    for (const [stage, s] of Object.entries(run.timings)) console.log(`      ${stage.padEnd(40)}${s.toFixed(2).padStart(9)} s`);

    const ratio = raw.seconds / analyzeSeconds;
    console.log(`ratio raw / analyze: ${ratio.toFixed(3)} (target ≥ ${TARGET}: ${ratio >= TARGET ? "met" : "NOT met"}; analyze takes ${(analyzeSeconds / raw.seconds).toFixed(1)}× the raw read)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const after = sharedCpuWarning(1);
  if (after) console.log(after);
}

main().catch((e: unknown) => { console.error(`bench:ratio: ${(e as Error).message}`); process.exitCode = 1; });
