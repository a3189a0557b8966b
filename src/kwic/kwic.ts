import { FramediffError } from "../errors";
import { streamCorpus } from "../corpus/stream-corpus";
import type { Article } from "../corpus/types";
import { lexiconFinder, patternFinder, termFinder, type KeyFinder } from "./finders";
import { kwicOptions, type KwicOptions, type KwicQuery } from "./options";
import { createSampler } from "./sample";
import { articleFilter, scanArticle } from "./scan";
import type { KwicSample } from "./types";

/**
 * Words in context: every occurrence of `query` in the corpus, with
 * `window` words on each side (within the sentence), per outlet. `source`
 * is a corpus path (streamed: one article is held at a time, see
 * `streamCorpus`; invalid articles are skipped as there) or any iterable of
 * articles. Outlets come in id order, lines in article-id then text order,
 * whatever the order of the articles; with `limit`, each outlet keeps a
 * seeded sample of that many lines (`total` still counts all).
 *
 * @example
 * const s = await kwic("corpus/antalya-2022-03-10", "ukrain*", { window: 5 });
 * s.outlets[0].lines[0]; // { articleId: "000", outlet: "src000", left: "…", match: "Ukraine", right: "…", … }
 */
export async function kwic(source: string | Iterable<Article> | AsyncIterable<Article>, query: KwicQuery, options: KwicOptions = {}): Promise<KwicSample> {
  const { window, limit, seed } = kwicOptions(options);
  const finder = finderOf(query);
  const keep = articleFilter(options.outlets, options.events);
  const sampler = createSampler(limit, seed);
  const articles = typeof source === "string" ? (await streamCorpus(source, options.load)).articles : source;
  for await (const a of articles) if (keep(a)) scanArticle(a, finder, window, (key, line) => sampler.add(key, line));
  return sampler.samples(finder.keys, true)[0];
}

/** The finder of a query (see `KwicQuery`). */
export function finderOf(query: KwicQuery): KeyFinder {
  if (typeof query === "string") return patternFinder(query);
  if ("term" in query) {
    const f = termFinder([query.term], query.unit ?? "surface");
    if (f.keys.length === 0) throw new FramediffError({ code: "invalid-pattern", field: "term", message: `"${query.term}" has no letter or digit to look for`, hint: "give a term as distinctive terms write it (\"kyiv\", \"peace talk\")." });
    return f;
  }
  return lexiconFinder(query.lexicon, "actor" in query ? { actor: query.actor } : { label: query.label, concept: query.concept });
}
