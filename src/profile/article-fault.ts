import type { Article, SkippedArticle } from "../corpus/types";

/** A skipped article's record: where it is, and what parsing or measuring it threw. */
export function articleFault(article: Pick<Article, "id" | "outlet" | "source">, stage: "parsed" | "measured", error: unknown): SkippedArticle {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = what.split("\n", 1)[0];
  return Object.freeze({
    id: article.id,
    problems: [{
      code: `article-not-${stage}`, file: article.source.file, ...(article.source.line !== undefined ? { line: article.source.line } : {}), articleId: article.id,
      message: `article "${article.id}" (${article.outlet}) could not be ${stage} (${line}) and is left out of every result`,
      hint: "the rest of the run is complete; please report this article to the framediff maintainers.",
    }],
  });
}
