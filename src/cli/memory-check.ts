import { getHeapStatistics } from "node:v8";
import type { Problem } from "../errors";

/**
 * Bytes of main-thread memory (heap and array buffers) one byte of article
 * text costs through a whole analyze run: its profile, the reduce's working
 * data and the results. Measured with bench:scale's generated corpus (10,000
 * articles of ~600 words, 39 MB of text): 0.89 GB after the reduce, 23 bytes
 * per text byte; rounded up.
 */
export const BYTES_PER_TEXT_BYTE = 24;

/**
 * A problem when a corpus with `textBytes` of article text is unlikely to fit
 * in the memory this Node.js process may use (its V8 heap limit): refusing up
 * front, with what to do, beats an out-of-memory crash an hour in.
 */
export function memoryProblem(corpusPath: string, articles: number, textBytes: number, heapLimit = getHeapStatistics().heap_size_limit): Problem | undefined {
  const need = textBytes * BYTES_PER_TEXT_BYTE;
  if (need <= heapLimit) return undefined;
  const gb = (b: number) => (b / 1e9).toFixed(1);
  const suggest = Math.ceil((need * 1.25) / 1e9) * 1000;
  return {
    code: "corpus-too-large-for-memory", file: corpusPath,
    message: `analysing ${articles} articles (${gb(textBytes)} GB of text) in one run needs about ${gb(need)} GB of memory, more than the ${gb(heapLimit)} GB this Node.js process may use`,
    hint: `give Node.js more memory if the machine has it (e.g. NODE_OPTIONS=--max-old-space-size=${suggest} framediff analyze …), or analyse the corpus in parts (by period or outlet).`,
  };
}
