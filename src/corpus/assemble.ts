import { FramediffError, type Problem, type Warning } from "../errors";
import { createCorpusChecks, type CorpusFindings } from "./corpus-checks";
import type { Source } from "./source";
import type { Article, Corpus, LoadOptions, SkippedArticle } from "./types";

/**
 * Builds a Corpus from an opened source: applies `onInvalid`, finds duplicate
 * ids (the first occurrence wins), reconciles outlet labels, and adds the
 * corpus-level warnings (unused declared outlets, a single outlet), all through
 * the streaming checks `framediff check` uses (see corpus-checks). Throws when
 * no valid article is left. Warnings come in a stable order: the source's
 * file warnings, then per-article warnings in source order, then outlet warnings.
 */
export async function assembleCorpus(path: string, source: Source, onInvalid: Required<LoadOptions>["onInvalid"]): Promise<Corpus> {
  const articles: Article[] = [];
  const skipped: SkippedArticle[] = [];
  const warnings: Warning[] = source.warnings.slice();
  const checks = createCorpusChecks(path, source);
  for await (const item of source.items) {
    const c = checks.add(item);
    if (c.skipped) {
      if (onInvalid === "error") throw new FramediffError(c.skipped.problems);
      skipped.push(c.skipped);
      continue;
    }
    articles.push(c.article);
    for (const w of c.warnings) warnings.push(w);
  }
  return Object.freeze({ ...corpusFindings(path, source, checks.finish(), warnings, skipped), articles: Object.freeze(articles) });
}

/**
 * What a corpus is once every item has been checked, articles aside: its
 * name, outlets (with their groups), event titles, warnings (the file's and
 * the articles', then the corpus's), skipped articles, and the field map and
 * groupBy it was read with. Throws the empty-corpus problem, followed by every
 * skipped article's, when no valid article was read. Shared by
 * assembleCorpus and streamCorpus so both say the same of a corpus.
 */
export function corpusFindings(path: string, source: Pick<Source, "format" | "name" | "description" | "fieldMap" | "groupBy">, found: CorpusFindings, warnings: Warning[], skipped: readonly SkippedArticle[]): Omit<Corpus, "articles"> {
  if (found.empty) {
    const problems: Problem[] = [found.empty];
    for (const s of skipped) for (const p of s.problems) problems.push(p);
    throw new FramediffError(problems);
  }
  for (const w of found.warnings) warnings.push(w);
  return {
    path, format: source.format,
    ...(source.name !== undefined ? { name: source.name } : {}),
    ...(source.description !== undefined ? { description: source.description } : {}),
    outlets: Object.freeze(found.outlets.slice()),
    warnings: Object.freeze(warnings),
    skipped: Object.freeze(skipped.slice()),
    ...(found.eventTitles ? { eventTitles: found.eventTitles } : {}),
    ...(source.fieldMap ? { fieldMap: source.fieldMap } : {}),
    ...(source.groupBy !== undefined ? { groupBy: source.groupBy } : {}),
  };
}
