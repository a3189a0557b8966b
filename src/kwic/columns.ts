/** Column name → what it holds (the shape of `features/column-docs-types` ColumnDocs, which this stage may not import). */
type ColumnDocs = Readonly<Record<string, string>>;

/** Columns of the concordance table `tables/kwic.csv` (written by `framediff analyze` and `reduce`), in table order. */
export const KWIC_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  kwic: {
    kind: '"actor" (a lexicon actor, all its variants), "label" (a lexicon concept label, all its patterns) or "term" (a distinctive term shown in the report; a lemma also finds its regular and common irregular inflections)',
    key: "the actor's canonical name, the label, or the term, as the report shows it",
    outlet: "outlet id of the article",
    event: "event id of the article; empty when the corpus has no events",
    articleId: "article id",
    title: "article title; empty when the corpus gives none",
    url: "article URL; empty when the corpus gives none",
    date: "article date (ISO 8601); empty when the corpus gives none",
    left: "up to the window's words (default 8) before the match, within its sentence, white space as single spaces; starts with … where a very long word was cut",
    match: "the text matched, as written",
    right: "up to the window's words after the match, within its sentence",
  },
};
