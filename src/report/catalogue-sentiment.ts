import { chartSentimentArc } from "../charts/sentiment-arc";
import { chartSentimentByOutlet } from "../charts/sentiment-outlets";
import { chartSentimentToward } from "../charts/sentiment-toward";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

/** Sentiment per article, per outlet, toward actors and concepts, and along the article. */
export const SENTIMENT_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "sentiment-articles", table: "sentiment-articles", columns: columnsOf("sentiment-articles"), section: "sentiment",
    get: (c) => c.sentiment.articles,
    charts: [],
    skip: { noun: "article sentiment" },
  }),
  entry({
    kind: "sentiment-outlets", table: "sentiment-outlets", columns: columnsOf("sentiment-outlets"), section: "sentiment",
    get: (c) => c.sentiment.outlets,
    charts: [{ name: "sentiment-by-outlet", draw: (r, { options }) => chartSentimentByOutlet(r, options) }],
    reportTable: (r) => ({ caption: "Sentiment by outlet", rows: r.rows, columns: [
      ["outlet", (x) => x.outlet], ["articles", (x) => x.articles], ["sentences", (x) => x.sentences],
      ["mean", (x) => x.mean.estimate], ["lower", (x) => x.mean.lower], ["upper", (x) => x.mean.upper],
      ["negative", (x) => x.negative.estimate], ["neutral", (x) => x.neutral.estimate], ["positive", (x) => x.positive.estimate],
    ] }),
    skip: { noun: "sentiment" },
  }),
  entry({
    kind: "sentiment-toward", table: "sentiment-toward", columns: columnsOf("sentiment-toward"), section: "sentiment",
    get: (c) => c.sentiment.toward,
    // the actors' chart (the chart's default kind); concepts are in the table
    charts: [{ name: "sentiment-toward-actors", draw: (r, { options }) => chartSentimentToward(r, options) }],
    skip: { noun: "sentiment-toward", withoutLexicon: "sentiment toward actors/concepts" },
  }),
  entry({
    kind: "sentiment-arc", table: "sentiment-arc", columns: columnsOf("sentiment-arc"), section: "sentiment",
    get: (c) => c.sentiment.arc,
    charts: [{ name: "sentiment-arc", draw: (r, { options }) => chartSentimentArc(r, options) }],
    skip: { noun: "sentiment arc" },
  }),
];
