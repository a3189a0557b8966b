import { FramediffError } from "../errors";
import { openCorpusSource } from "./openCorpusSource";
import { resolveOptions } from "./options";
import type { ReadItem } from "./source";
import type { LoadOptions } from "./types";

/**
 * Streams a corpus's articles one at a time, in source order, without holding a
 * JSONL or CSV file in memory (a folder's manifest is read first; its texts one
 * at a time). Yields `{article}` for each valid article and, with
 * `onInvalid: "skip"`, `{skipped}` for each invalid one with all its problems;
 * with `onInvalid: "error"` (the default) the first invalid article throws a
 * FramediffError. Checks that need the whole corpus (duplicate ids, outlets,
 * an empty corpus) are corpus-checks' job (createCorpusChecks).
 *
 * @example
 * for await (const item of readArticles("big.jsonl", { onInvalid: "skip" })) {
 *   if (item.article) count(item.article); else report(item.skipped.problems);
 * }
 */
export async function* readArticles(path: string, options?: LoadOptions): AsyncGenerator<ReadItem> {
  const resolved = resolveOptions(options);
  const source = await openCorpusSource(path, resolved);
  for await (const item of source.items) {
    if (item.skipped && resolved.onInvalid === "error") throw new FramediffError(item.skipped.problems);
    yield item;
  }
}
