import { detectFormat } from "./detectFormat";
import type { ResolvedLoadOptions } from "./options";
import { openSource, type Source } from "./source";

/**
 * Detects a corpus's format and opens it as a stream of items: the one way
 * loadCorpus, readArticles and `framediff check` open a corpus, so options
 * (symlinks, date format) reach the source the same way for all three.
 *
 * @example
 * const source = await openCorpusSource("c.jsonl", resolveOptions({}));
 * for await (const item of source.items) use(item);
 */
export async function openCorpusSource(path: string, options: ResolvedLoadOptions): Promise<Source> {
  return openSource(path, await detectFormat(path), options);
}
