import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The lexicon a corpus brings with it: `lexicon.yaml` inside a corpus folder;
 * for a JSONL/CSV file, `<name>.lexicon.yaml` beside it, else `lexicon.yaml` in
 * its folder. Undefined when there is none.
 *
 * @example
 * corpusLexicon("corpus/antalya-2022-03-10"); // => "corpus/antalya-2022-03-10/lexicon.yaml"
 */
export function corpusLexicon(corpusPath: string): string | undefined {
  const candidates = existsSync(corpusPath) && statSync(corpusPath).isDirectory()
    ? [join(corpusPath, "lexicon.yaml")]
    : [corpusPath.replace(/\.(jsonl|ndjson|csv)$/i, ".lexicon.yaml"), join(dirname(corpusPath), "lexicon.yaml")];
  return candidates.find((c) => c !== corpusPath && existsSync(c));
}
