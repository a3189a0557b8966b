/**
 * Writes a stress corpus as JSONL, streaming: many outlets with Zipf-like
 * article counts (a few big outlets, a long tail with one or two articles),
 * many events, some articles without an event, lognormal article lengths, and
 * the real-news phenomena of stress-phenomena inserted at seeded random.
 * Deterministic for a seed: same options, same bytes.
 *
 *   node build/bench/bench/generate-stress.js --outlets 1000 --articles 1000 --out /tmp/x.jsonl
 *   node build/bench/bench/generate-stress.js --megabytes 250 --out /tmp/big.jsonl
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { bundledSentences, mulberry32, spellAs } from "./generate-corpus";
import { SENTENCE_PHENOMENA, SENTENCE_PHENOMENON_NAMES, dateline, degenerateText, paragraphBreak, pick, type Rng } from "./stress-phenomena";

export interface StressOptions {
  /** Number of outlets; defaults to 1000. The three biggest are tass, yahoo and reuters (with their spelling habits). */
  outlets?: number;
  /** Articles to write; defaults to 1000 without `megabytes`, and to no limit with it. */
  articles?: number;
  /** Stop once this many megabytes (10^6 bytes) are written; defaults to none. */
  megabytes?: number;
  /** Number of events; defaults to a tenth of `articles` (500 when that is unbounded), at least 1. */
  events?: number;
  /** Mean words per article (lognormal spread); defaults to 600. */
  words?: number;
  /** Share of sentences that get a phenomenon; defaults to 0.2. */
  rate?: number;
  /** Share of articles without an event; defaults to 0.1. */
  noEvent?: number;
  /** Share of one-word or punctuation-only articles; defaults to 0.01. */
  degenerate?: number;
  /** Zipf exponent of articles per outlet; defaults to 1.5 (at 60k articles and 1000 outlets the tail outlets get one or two). */
  zipf?: number;
  /** Seed of every random choice; defaults to 8. */
  seed?: number;
}

/** One line of the stress corpus. `event` is absent for some articles. */
export interface StressRecord { id: string; outlet: string; event?: string; date: string; title: string; text: string }

const BIG_OUTLETS = ["tass", "yahoo", "reuters"];

/** Outlet id of rank `k` (0-based): the three known outlets, then outlet-0004… */
export function outletId(k: number): string {
  return k < BIG_OUTLETS.length ? BIG_OUTLETS[k] : `outlet-${String(k + 1).padStart(4, "0")}`;
}

/** A sampler of ranks 0..n-1 with P(k) ∝ 1/(k+1)^s (inverse CDF by binary search). */
export function zipfSampler(n: number, s: number, rng: Rng): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const u = rng() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid] > u) hi = mid; else lo = mid + 1; }
    return lo;
  };
}

/**
 * The outlet rank of each article, in a seeded shuffled order: every outlet
 * (up to `articles`) gets one article, the rest follow Zipf, so a few outlets
 * are big and the tail has one or two articles each.
 */
function outletPlan(articles: number, outlets: number, zipf: () => number, rng: Rng): Uint32Array {
  const plan = new Uint32Array(articles);
  for (let i = 0; i < articles; i++) plan[i] = i < outlets ? i : zipf();
  for (let i = articles - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = plan[i]; plan[i] = plan[j]; plan[j] = t;
  }
  return plan;
}

/** Words of one article: lognormal around `mean` (σ = 0.8), at least 5. */
function articleWords(rng: Rng, mean: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return Math.max(5, Math.round(mean * Math.exp(0.8 * z - 0.32)));
}

/** Bytes a JSONL article takes on average at `words` words (measured: ~7 bytes a word, ~150 bytes of fields). */
const bytesPerArticle = (words: number) => words * 7 + 150;

function isoDate(rng: Rng, day: number): string {
  const d = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString();
  return rng() < 0.8 ? d.slice(0, 10) : `${d.slice(0, 11)}${String(Math.floor(rng() * 24)).padStart(2, "0")}:${String(Math.floor(rng() * 60)).padStart(2, "0")}:00Z`;
}

/**
 * The records of a stress corpus, one at a time (nothing is kept but the
 * outlet plan, 4 bytes an article). Without `articles` and `megabytes` it
 * yields 1000 articles; with only `megabytes` it never ends (writeStress stops it).
 */
export function* stressRecords(options: StressOptions = {}): Generator<StressRecord> {
  const { outlets = 1000, words = 600, rate = 0.2, noEvent = 0.1, degenerate = 0.01, zipf = 1.5, seed = 8 } = options;
  const articles = options.articles ?? (options.megabytes === undefined ? 1000 : Infinity);
  const events = Math.max(1, options.events ?? (Number.isFinite(articles) ? Math.round(articles / 10) : 500));
  if (!(outlets >= 1)) throw new Error(`outlets must be at least 1, got ${outlets}`);
  const rng = mulberry32(seed);
  const pool = bundledSentences();
  const sentence = () => pick(rng, pool);
  const outletOf = zipfSampler(outlets, zipf, rng);
  const eventOf = zipfSampler(events, 0.8, rng);
  // By size, plan 90% of the expected articles so that the size is reached after the plan, with every outlet in it.
  const planned = Number.isFinite(articles) ? articles : Math.floor((0.9 * options.megabytes! * 1e6) / bytesPerArticle(words));
  const plan = outletPlan(planned, outlets, outletOf, rng);
  for (let i = 0; i < articles; i++) {
    const outlet = outletId(i < plan.length ? plan[i] : outletOf());
    const event = rng() < noEvent ? undefined : eventOf();
    const day = event === undefined ? Math.floor(rng() * 730) : (event * 37) % 730 + Math.floor(rng() * 3);
    let text: string;
    if (rng() < degenerate) text = degenerateText(rng);
    else {
      const target = articleWords(rng, words);
      let out = dateline(rng), n = 0;
      while (n < target) {
        let s = spellAs(outlet, sentence());
        if (rng() < rate) s = SENTENCE_PHENOMENA[pick(rng, SENTENCE_PHENOMENON_NAMES)](rng, s, sentence);
        out += s;
        n += s.split(" ").length;
        out += rng() < 0.2 ? paragraphBreak(rng) : " ";
      }
      text = out.trimEnd();
    }
    const head = sentence().split(" ").slice(0, 6 + Math.floor(rng() * 7)).join(" ");
    const title = rng() < 0.1 ? head.toUpperCase() : head;
    const id = `s${String(i + 1).padStart(7, "0")}-${outlet}`;
    yield event === undefined
      ? { id, outlet, date: isoDate(rng, day), title, text }
      : { id, outlet, event: `event-${String(event + 1).padStart(5, "0")}`, date: isoDate(rng, day), title, text };
  }
}

/** What a write produced. */
export interface StressSummary { file: string; articles: number; bytes: number; outlets: number; withoutEvent: number }

/**
 * Streams `records` (by default the stress corpus of `options`) to `file` as
 * JSONL with back-pressure, so memory stays flat at any size; stops once
 * `options.megabytes` (10^6 bytes) are written.
 */
export async function writeStress(file: string, options: StressOptions = {}, records: Iterable<StressRecord> = stressRecords(options)): Promise<StressSummary> {
  const summary: StressSummary = { file, articles: 0, bytes: 0, outlets: 0, withoutEvent: 0 };
  const limit = (options.megabytes ?? Infinity) * 1e6;
  const seen = new Set<string>();
  function* lines(): Generator<string> {
    for (const r of records) {
      if (summary.bytes >= limit) return;
      const line = JSON.stringify(r) + "\n";
      summary.bytes += Buffer.byteLength(line);
      summary.articles++;
      seen.add(r.outlet);
      if (r.event === undefined) summary.withoutEvent++;
      yield line;
    }
  }
  await pipeline(Readable.from(lines()), createWriteStream(file));
  summary.outlets = seen.size;
  return summary;
}

const USAGE = `usage: generate-stress --out FILE [--outlets N] [--articles N | --megabytes MB] [--events N]
                       [--words N] [--rate P] [--no-event P] [--degenerate P] [--zipf S] [--seed N]`;

async function cli(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: {
      out: { type: "string" }, outlets: { type: "string" }, articles: { type: "string" }, megabytes: { type: "string" }, events: { type: "string" },
      words: { type: "string" }, rate: { type: "string" }, "no-event": { type: "string" }, degenerate: { type: "string" }, zipf: { type: "string" }, seed: { type: "string" },
    } }));
  } catch (e) { console.error(`generate-stress: ${(e as Error).message}\n${USAGE}`); return 2; }
  if (!values.out) { console.error(`generate-stress: --out is required\n${USAGE}`); return 2; }
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`invalid --${name} "${v}" (use a number ≥ 0)`);
    return n;
  };
  let options: StressOptions;
  try {
    options = { outlets: num("outlets", values.outlets), articles: num("articles", values.articles), megabytes: num("megabytes", values.megabytes),
      events: num("events", values.events), words: num("words", values.words), rate: num("rate", values.rate), noEvent: num("no-event", values["no-event"]),
      degenerate: num("degenerate", values.degenerate), zipf: num("zipf", values.zipf), seed: num("seed", values.seed) };
  } catch (e) { console.error(`generate-stress: ${(e as Error).message}\n${USAGE}`); return 2; }
  const t0 = Date.now();
  const s = await writeStress(values.out, options);
  console.log(`wrote ${s.articles} articles (${(s.bytes / 1e6).toFixed(1)} MB, ${s.outlets} outlets, ${s.withoutEvent} without event) to ${s.file} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

if (require.main === module) cli(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(`generate-stress: ${(e as Error).message}`); process.exitCode = 1; });
