import type { Corpus } from "../corpus/types";
import type { Lexicon } from "../lexicon/types";
import type { ParsedArticle } from "../parse/types";
import { addArticle, createSummary, finishSummary } from "./accumulate";
import type { CorpusSummary } from "./types";

/**
 * Counts what `framediff check` and the corpus notebook show: per article and
 * per outlet, sentences, tokens, words and lexicon hits; per event, its outlets.
 * `parsed[i]` must be the parse of `corpus.articles[i]`. For a corpus too large
 * to hold, feed the same counts one article at a time (see accumulate).
 *
 * @example
 * const s = summarizeCorpus(corpus, corpus.articles.map((a) => parseArticle(a, lexicon)), lexicon);
 * s.outlets.map((o) => o.articles); // one count per outlet, sorted by outlet id
 */
export function summarizeCorpus(corpus: Corpus, parsed: readonly ParsedArticle[], lexicon?: Lexicon): CorpusSummary {
  if (parsed.length !== corpus.articles.length) throw new Error(`summarizeCorpus: ${parsed.length} parses for ${corpus.articles.length} articles`);
  const acc = createSummary({ path: corpus.path, format: corpus.format, ...(lexicon ? { lexicon } : {}) });
  corpus.articles.forEach((a, i) => {
    if (parsed[i].id !== a.id) throw new Error(`summarizeCorpus: parse ${i} is of "${parsed[i].id}", not "${a.id}"`);
    addArticle(acc, a, parsed[i]);
  });
  return finishSummary(acc, corpus.outlets);
}
