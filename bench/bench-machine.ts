/**
 * What bench:ratio and bench:scale share: the machine line every run prints,
 * the warning that the CPU is shared, and the matched-event corpus written
 * straight to disk (a 100k-article corpus is ~400 MB of JSON; it is never
 * held in memory).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { corpusLines } from "./generate-corpus";

/** `node v20.x, 2 cores, load average 0.59 0.82 1.11 (1, 5, 15 min)`. */
export function machineLine(): string {
  const [one, five, fifteen] = loadavg();
  return `node ${process.version}, ${availableParallelism()} cores, load average ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} (1, 5, 15 min)`;
}

/**
 * A warning when the 1-minute load average says other work shares the CPU,
 * else undefined. `own` is the load this benchmark itself adds (1 while it
 * has been computing, 0 before it starts); the CPU counts as shared from
 * 0.75 × cores of anybody else's load, as in bench:stress.
 */
export function sharedCpuWarning(own = 0): string | undefined {
  const cores = availableParallelism();
  const others = loadavg()[0] - own;
  return others >= cores * 0.75
    ? `warning: load average ${loadavg()[0].toFixed(2)} on ${cores} cores${own ? ` (this benchmark adds ~${own})` : ""}: other work shares the CPU, so these times are not reliable`
    : undefined;
}

/** The matched-event corpus of `n` articles: ceil(n / 3) events × tass, yahoo, reuters, cut at `n` lines. */
export interface MatchedCorpus { articles: number; events: number; bytes: number }

/**
 * Writes `n` articles of generate-corpus's matched-event corpus (3 outlets,
 * ~`words` words each, seed 42) to `path` as JSONL, line by line.
 *
 * @example
 * writeMatchedCorpus("/tmp/c.jsonl", 1000); // => { articles: 1000, events: 334, bytes: ~4.3e6 }
 */
export function writeMatchedCorpus(path: string, n: number, words = 600): MatchedCorpus {
  const events = Math.ceil(n / 3);
  const fd = openSync(path, "w");
  let articles = 0, bytes = 0, chunk = "";
  try {
    for (const line of corpusLines({ events, words })) {
      if (articles === n) break;
      chunk += line + "\n";
      articles++;
      if (chunk.length >= 1 << 20) { bytes += writeSync(fd, chunk); chunk = ""; }
    }
    if (chunk) bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return { articles, events, bytes };
}
