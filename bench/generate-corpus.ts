/**
 * Writes a synthetic matched-story corpus for benchmarks: `events` events, each
 * reported by every outlet in `outlets`, ~`words` words per article, as JSONL.
 * Sentences are sampled (seeded) from the bundled Antalya texts, with each
 * outlet's spelling habits applied (Kiev/Kyiv, Dmitry/Dmytro), so the lexicon
 * finds realistic hits. Deterministic for a given seed.
 *
 *   npm run bench  (see bench/README.md)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root (the folder with package.json), from wherever this file was compiled to. */
export function repoRoot(from = __dirname): string {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, "package.json")) && existsSync(join(d, "corpus"))) return d;
    if (dirname(d) === d) throw new Error(`cannot find the framediff repository above ${from}`);
  }
}

export interface GenerateOptions { events?: number; outlets?: string[]; words?: number; seed?: number }

/** A seeded uniform [0, 1) generator (mulberry32): same seed, same stream, on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPELLING: Record<string, [RegExp, string][]> = {
  tass: [[/\bKyiv\b/g, "Kiev"], [/\bDmytro\b/g, "Dmitry"], [/\binvasion\b/g, "special military operation"]],
  yahoo: [[/\bKiev\b/g, "Kyiv"], [/\bDmitry\b/g, "Dmytro"]],
};

/** The bundled folder whose texts and lexicon the generated corpora borrow. */
export function bundledCorpusDir(): string {
  return join(repoRoot(), "corpus", "antalya-2022-03-10");
}

/**
 * The sentences of the bundled Antalya texts (files in name order, sentences of
 * five words or more), the pool every generator samples from.
 */
export function bundledSentences(): string[] {
  const dir = bundledCorpusDir();
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?]["”]?)\s+|\n+/))
    .map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 5);
}

/** A sentence with one outlet's spelling habits applied (none for an unknown outlet). */
export function spellAs(outlet: string, sentence: string): string {
  let s = sentence;
  for (const [re, to] of SPELLING[outlet] ?? []) s = s.replace(re, to);
  return s;
}

export function generateCorpus(opts: GenerateOptions = {}): string[] {
  const lines: string[] = [];
  for (const line of corpusLines(opts)) lines.push(line);
  return lines;
}

/**
 * The lines of generateCorpus one at a time (event by event, each outlet in
 * turn), so a 100k-article corpus can be streamed to disk, not held in memory.
 */
export function* corpusLines(opts: GenerateOptions = {}): Generator<string> {
  const { events = 100, outlets = ["tass", "yahoo", "reuters"], words = 600, seed = 42 } = opts;
  const sentences = bundledSentences();
  const rng = mulberry32(seed);
  for (let e = 0; e < events; e++) {
    for (const outlet of outlets) {
      const parts: string[] = [];
      let n = 0;
      while (n < words) {
        const s = spellAs(outlet, sentences[Math.floor(rng() * sentences.length)]);
        parts.push(s);
        n += s.split(/\s+/).length;
        if (rng() < 0.2) parts.push("\n\n");
      }
      yield JSON.stringify({
        id: `e${String(e).padStart(3, "0")}-${outlet}`, outlet, event: `event-${String(e).padStart(3, "0")}`,
        title: `Event ${e} as told by ${outlet}`, date: "2022-03-10", text: parts.join(" ").replace(/ \n\n /g, "\n\n"),
      });
    }
  }
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) { console.error("usage: generate-corpus OUT.jsonl [events] [words]"); process.exit(2); }
  const lines = generateCorpus({ events: Number(process.argv[3] ?? 100), words: Number(process.argv[4] ?? 600) });
  writeFileSync(out, lines.join("\n") + "\n");
  console.log(`wrote ${lines.length} articles to ${out}`);
}
