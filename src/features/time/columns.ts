import { idsDoc, type ColumnDocs } from "../column-docs-types";

/** Columns of the time results (features/time), in the order of `AttentionRow`'s fields. */
export const TIME_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  "attention-over-time": {
    outlet: "outlet id",
    period: 'the period: a day "2022-03-10", an ISO 8601 week "2020-W53" (Monday to Sunday) or a month "2022-03"; params.period says which',
    start: "first day of the period (ISO date)",
    end: "last day of the period (ISO date)",
    kind: '"actor", "concept" (all its labels), "frame" (cue terms) or "label" (one label of a concept)',
    key: "actor name, concept id, frame id or label",
    concept: "the concept of a label; empty for the other kinds",
    mentions: "mentions in the outlet's articles of the period (labels: in every voice)",
    articles: "the outlet's dated articles in the period; 0 for a period inside the outlet's first-to-last span with none",
    mentionsPerArticle: "mentions / articles; empty when the period has no article of the outlet",
    articlesMentioning: "the outlet's articles of the period with a mention",
    articleIds: idsDoc("articles with a mention"),
  },
};
