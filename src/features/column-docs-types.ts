/** Column name (as {@link flattenRows} writes it) → what the column holds. Key order is column order. */
export type ColumnDocs = Readonly<Record<string, string>>;

/**
 * The three columns of a bootstrap interval `{estimate, lower, upper}`
 * flattened under `name`, e.g. `mean.estimate`, `mean.lower`, `mean.upper`.
 *
 * @example
 * intervalDocs("mean", "mean sentence score")["mean.lower"];
 * // => "lower bound of the percentile bootstrap interval of the mean sentence score (level in params.level)"
 */
export function intervalDocs(name: string, what: string, nullWhen?: string): ColumnDocs {
  const tail = nullWhen ? `; null ${nullWhen}` : "";
  return {
    [`${name}.estimate`]: `${what} (point estimate, on all the data)${tail}`,
    [`${name}.lower`]: `lower bound of the percentile bootstrap interval of the ${what} (level in params.level)${tail}`,
    [`${name}.upper`]: `upper bound of the percentile bootstrap interval of the ${what} (level in params.level)${tail}`,
  };
}

/** How every {@link idsDoc} ends: the tables stage finds article-list columns by it and moves them to link tables. */
export const ARTICLE_LIST_DOC_END = ", one row per article id in the link table <table>.articles.csv";

/** The doc of a list-of-article-ids column (written as a link table, not in a cell; see `exportTable`). */
export function idsDoc(which: string): string {
  return `${which}${ARTICLE_LIST_DOC_END}`;
}
