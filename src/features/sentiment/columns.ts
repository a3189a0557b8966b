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
    mentions: "mentions of the target scored (a sentence naming it twice gives two)",
    ...intervalDocs("mentionTone", "mean mention tone in [-1, 1]: per mention, the mean wink-nlp word score of the sentiment words of the mention's own clause within 6 tokens of it, a word flipped when a negator is among the 3 tokens before it (VADER's window), the mention's own words left out; 0 for a mention with no sentiment word near it", "when the outlet never names the target"),
    sentences: "sentences naming the target (a sentence naming it twice counts once)",
    ...intervalDocs("sentenceTone", `sentence tone around the target: mean ${SCORE} of the whole sentences naming it, whoever they are about (not a stance toward the target)`, "when the outlet never names the target"),
    resample: 'how both intervals resampled: "clusters" (articles, the cluster bootstrap) or "clusters-then-items" (articles, then mentions or sentences within them); params.resample "auto" picks "clusters" from 30 articles; null with the tones',
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
