import { assembleCorpus } from "./assemble";
import { openCorpusSource } from "./openCorpusSource";
import { resolveOptions } from "./options";
import type { Corpus, LoadOptions } from "./types";

/**
 * Loads a corpus: a folder with `manifest.json` or `manifest.csv`, a
 * `.jsonl`/`.ndjson` file, or a `.csv` file (see DESIGN.md, "Corpus formats").
 * Texts are normalised (BOM stripped, CRLF/CR → LF, NFC); articles keep source
 * order; outlets are sorted by id. With `onInvalid: "error"` (the default) the
 * first invalid article throws a FramediffError and nothing is returned; with
 * `"skip"` invalid articles are listed in `skipped` with all their problems.
 * Corpus-level problems (unreadable or unknown format, malformed JSONL line,
 * missing CSV columns, bad manifest, no valid articles) always throw.
 *
 * @example
 * const corpus = await loadCorpus("corpus/antalya-2022-03-10");
 * corpus.articles.length; // => 5
 * corpus.warnings; // => []
 */
export async function loadCorpus(path: string, options?: LoadOptions): Promise<Corpus> {
  const resolved = resolveOptions(options);
  return assembleCorpus(path, await openCorpusSource(path, resolved), resolved.onInvalid);
}
