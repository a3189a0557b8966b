import { idsDoc, type ColumnDocs } from "../column-docs-types";

const KIND = '"actor", "concept" or "frame"';

/** Columns of the emphasis results (features/emphasis). */
export const EMPHASIS_COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = {
  "frame-attention": {
    outlet: "outlet id",
    frame: "lexicon frame id",
    section: '"all", "headline", "lead" or "body" ("all" = headline + content sentences; page furniture never counts)',
    sentenceShare: "sentences of the section carrying a cue of the frame / sentences of the section; null for an empty section",
    tokenShare: "word tokens of those sentences / word tokens of the section; null for an empty section",
    cuesPer1000: "cue mentions per 1,000 words of the section; null for an empty section",
    sentences: "sentences in the section",
    sentencesWithFrame: "sentences in the section carrying the frame",
    articleIds: idsDoc("articles with such a sentence"),
  },
  "mention-positions": {
    outlet: "outlet id",
    event: 'event of the article; "(all)" when the corpus has no events',
    articleId: "article id",
    kind: KIND,
    key: "actor name, concept id or frame id",
    mentions: "mentions of it in the article",
    placement: '"headline" if the title names it, else "lead", else "body"; "furniture" if only page furniture does',
    firstPosition: "relative position (0 = first content sentence, 1 = last) of the first content sentence naming it; null if only the headline or furniture does",
    spread: "last minus first relative position of the content sentences naming it; null when none",
  },
  placement: {
    outlet: "outlet id",
    kind: KIND,
    key: "actor name, concept id or frame id",
    articles: "the outlet's articles",
    articlesMentioning: "the outlet's articles naming it",
    headlineShare: "share of the outlet's articles (all, mentioning or not) naming it in the headline",
    leadShare: "share of the outlet's articles naming it in the lead but not the headline",
    bodyOnlyShare: "share of the outlet's articles naming it only in the body",
    meanFirstPosition: "mean first relative position over the articles with a content mention; null when none",
    articleIds: idsDoc("articles naming it"),
  },
  "actor-salience": {
    outlet: "outlet id",
    actor: "lexicon actor name",
    mentions: "mentions of the actor in the outlet's articles",
    per1000Words: "mentions per 1,000 word tokens; null when the outlet's articles have no words",
    sentenceShare: "share of the outlet's sentences naming the actor; null when there are none",
    meanFirstRank: "mean rank of the actor's first mention among the actors of each article naming it (1 = named first); null when never named",
    articlesMentioning: "the outlet's articles naming the actor",
    articleIds: idsDoc("articles naming the actor"),
  },
};
