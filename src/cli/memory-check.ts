import { getHeapStatistics } from "node:v8";
import type { Problem } from "../errors";

/**
 * Bytes of V8 heap one byte of article text needs at the peak of an analyze
 * run (the reduce and the tables: profiles, working data, results and CSV
 * text live at once). Measured with bench:scale's generated corpus: 3,000
 * articles of ~600 words (11.8 MB of text) ran to the end in a 575 MB heap
 * (49 bytes per text byte) and died of heap exhaustion in 450 MB (38); 100k
 * articles (394 MB) died at the default 4.3 GB limit and passed 18 GB of RSS
 * with a 16 GB one. Rounded up.
 */
export const BYTES_PER_TEXT_BYTE = 50;

/**
 * A problem when a corpus with `textBytes` of article text is unlikely to fit
 * in the memory this Node.js process may use (its V8 heap limit): refusing up
 * front, with what to do, beats an out-of-memory crash an hour in.
 */
export function memoryProblem(corpusPath: string, articles: number, textBytes: number, heapLimit = getHeapStatistics().heap_size_limit): Problem | undefined {
  const need = textBytes * BYTES_PER_TEXT_BYTE;
  if (need <= heapLimit) return undefined;
  const gb = (b: number) => (b / 1e9).toFixed(1);
  const size = (b: number) => (b >= 1e9 ? `${gb(b)} GB` : `${Math.round(b / 1e6)} MB`);
  const suggest = Math.ceil((need * 1.25) / 1e9) * 1000;
  return {
    code: "corpus-too-large-for-memory", file: corpusPath,
    message: `analysing ${articles} articles (${size(textBytes)} of text) in one run needs about ${gb(need)} GB of memory, more than the ${gb(heapLimit)} GB this Node.js process may use`,
    hint: `give Node.js more memory if the machine has it (e.g. NODE_OPTIONS=--max-old-space-size=${suggest} framediff analyze …), or analyse the corpus in parts (by period or outlet).`,
  };
}

/**
 * Bytes of V8 heap `reduce` needs per article (profiles, every feature's
 * working data and results, the CSV text). Measured on bench:scale's
 * generated articles (~600 words): 3,000 articles' reduce ran in a 600 MB
 * heap and died in 400 MB (≈170 kB an article). Rounded up.
 */
export const BYTES_PER_ARTICLE_REDUCED = 200_000;

/** `memoryProblem` for `reduce`, which knows its articles but not their text. */
export function reduceMemoryProblem(storeDir: string, articles: number, heapLimit = getHeapStatistics().heap_size_limit): Problem | undefined {
  const need = articles * BYTES_PER_ARTICLE_REDUCED;
  if (need <= heapLimit) return undefined;
  const gb = (b: number) => (b / 1e9).toFixed(1);
  const suggest = Math.ceil((need * 1.25) / 1e9) * 1000;
  return {
    code: "store-too-large-for-memory", file: storeDir,
    message: `reducing ${articles} articles' profiles in one run needs about ${gb(need)} GB of memory, more than the ${gb(heapLimit)} GB this Node.js process may use`,
    hint: `give Node.js more memory if the machine has it (NODE_OPTIONS=--max-old-space-size=${suggest} framediff reduce …), or reduce the corpus in parts (by period or outlet).`,
  };
}

/**
 * Bytes of the main thread's V8 heap `map` needs per byte of corpus file in
 * its shard (the shard's profiles, strings shared, and the store's input).
 * Measured: a 10,000-article shard of a 39.4 MB JSONL file ran in a 300 MB
 * heap (7.6 bytes a byte). Rounded up.
 */
export const BYTES_PER_CORPUS_BYTE_MAPPED = 10;

/** `memoryProblem` for one `map` shard: its share (1/N) of the corpus file's bytes, where the corpus is one file. */
export function mapMemoryProblem(corpusPath: string, fileBytes: number, shards: number, heapLimit = getHeapStatistics().heap_size_limit): Problem | undefined {
  const need = (fileBytes / shards) * BYTES_PER_CORPUS_BYTE_MAPPED;
  if (need <= heapLimit) return undefined;
  const gb = (b: number) => (b / 1e9).toFixed(1);
  const enough = Math.ceil((fileBytes * BYTES_PER_CORPUS_BYTE_MAPPED) / (0.8 * heapLimit));
  return {
    code: "shard-too-large-for-memory", file: corpusPath,
    message: `one of ${shards} shard${shards === 1 ? "" : "s"} of this ${gb(fileBytes)} GB corpus needs about ${gb(need)} GB of memory to profile, more than the ${gb(heapLimit)} GB this Node.js process may use`,
    hint: `cut the corpus into more shards (--shard I/N or --shards N with N ≥ ${enough}), or give Node.js more memory (NODE_OPTIONS=--max-old-space-size=${Math.ceil((need * 1.25) / 1e9) * 1000}).`,
  };
}
