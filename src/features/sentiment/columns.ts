import { idsDoc, intervalDocs, type ColumnDocs } from "../column-docs-types";

const SCORE = "wink-nlp sentence sentiment score in [-1, 1]";
const SHARE = (p: string) => `share of sentences that are ${p} (|score| within params.neutralBand is neutral)`;

/** Columns of the sentiment results (features/sentiment). */
export const SENTIMENT_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  "sentiment-articles": {
    outlet: "outlet id",
    event: 'event of the article; "(all)" when the corpus has no events',
    articleId: "article id",
    sentences: "sentences scored (headline included unless params.includeHeadline is false)",
    mean: `mean ${SCORE} of the article; null when it has no sentences`,
    negative: `${SHARE("negative")}; null when the article has no sentences`,
    neutral: `${SHARE("neutral")}; null when the article has no sentences`,
    positive: `${SHARE("positive")}; null when the article has no sentences`,
  },
  "sentiment-outlets": {
    outlet: "outlet id",
    articleIds: idsDoc("the outlet's articles"),
    articles: "number of the outlet's articles",
    sentences: "sentences scored over all the outlet's articles",
    ...intervalDocs("mean", `mean ${SCORE}, each sentence weighing the same`),
    ...intervalDocs("negative", SHARE("negative")),
    ...intervalDocs("neutral", SHARE("neutral")),
    ...intervalDocs("positive", SHARE("positive")),
    resample: 'how the intervals resampled: "clusters" (articles, the cluster bootstrap) or "clusters-then-items" (articles, then sentences within them); params.resample "auto" picks "clusters" from 30 articles',
  },
  "sentiment-toward": {
    kind: '"actor" or "concept"',
    target: "actor canonical name or concept id",
    outlet: "outlet id",
    articleIds: idsDoc("the outlet's articles with a sentence naming the target"),
    sentences: "sentences naming the target (a sentence naming it twice counts once)",
    ...intervalDocs("mean", `mean ${SCORE} of the sentences naming the target (the tone of the passage, not a stance toward the target)`, "when the outlet never names the target"),
    resample: 'how the intervals resampled: "clusters" (articles, the cluster bootstrap) or "clusters-then-items" (articles, then sentences within them); params.resample "auto" picks "clusters" from 30 articles; null with mean',
  },
  "sentiment-arc": {
    outlet: "outlet id",
    bin: "0-based position bin (body sentences by relative position in their article; headline left out)",
    from: "start of the bin, relative position in [0, 1]",
    to: "end of the bin (exclusive except for the last bin, which ends at 1)",
    sentences: "body sentences in the bin",
    articleIds: idsDoc("articles with a sentence in the bin"),
    ...intervalDocs("mean", `mean ${SCORE} of the sentences in the bin`, "when no sentence falls in the bin"),
    resample: 'how the intervals resampled: "clusters" (articles, the cluster bootstrap) or "clusters-then-items" (articles, then sentences within them); params.resample "auto" picks "clusters" from 30 articles; null with mean',
  },
};
