import { COLUMN_DOCS } from "./column-docs";
import { ARTICLE_LIST_DOC_END } from "../features/column-docs-types";

/**
 * What a column holds, beside its doc: `text`; `outlet` (an outlet id: the
 * written table adds its label beside it); `integer`; `number` (a double);
 * `boolean`; `articles` (a list of article ids: moved to the link table
 * `<table>.articles.csv`); `list` (items joined by ";" in one text cell);
 * `json` (a JSON list, or ":"/";"-joined items when unambiguous; see `flattenRows`).
 */
export type ColumnKind = "text" | "outlet" | "integer" | "number" | "boolean" | "articles" | "list" | "json";

const KINDS: ReadonlySet<string> = new Set<ColumnKind>(["text", "outlet", "integer", "number", "boolean", "articles", "list", "json"]);

/** The declared schema of one result kind: what a row is, and each column's kind in table order. */
export interface KindSchema {
  readonly row: string;
  readonly columns: Readonly<Record<string, ColumnKind>>;
}

// "name:kind" pairs in table order; the column-schema test checks them against COLUMN_DOCS and the bundled corpus's results.
const DECLARED: Record<string, readonly [row: string, columns: string]> = {
  "label-choice": ["one outlet's use of one competing label of one concept, in one voice (and event, when counted per event)", "event:text concept:text outlet:outlet label:text count:integer total:integer share:number voice:text articleIds:articles"],
  "label-divergence": ["one pair of outlets compared on one concept's labels, in one voice (and event)", "event:text concept:text voice:text outletA:outlet outletB:outlet jsd:number totalA:integer totalB:integer articleIdsA:articles articleIdsB:articles"],
  "distinctive-terms": ["one term tested for one outlet against another outlet or the rest", "target:outlet reference:outlet term:text n:integer countTarget:integer countReference:integer delta:number sigma:number z:number G2:number p:number articleIds:articles referenceArticles:integer referenceArticleIds:articles"],
  "distinctive-terms-paired": ["one term tested for one outlet within events, combined over the events", "outlet:outlet term:text n:integer events:integer eventsFor:integer eventsAgainst:integer countTarget:integer countReference:integer delta:number sigma:number z:number articleIds:articles"],
  "transliteration-variants": ["one pair of spellings that may name the same thing", "formA:text formB:text countA:integer countB:integer outletsA:list outletsB:list articleIdsA:articles articleIdsB:articles similarity:number editDistance:integer complementarity:number context:number sharedEvents:integer sharedContext:list sharedContextCount:integer declared:text skeleton:boolean score:number yaml:text conceptYaml:text"],
  "sentiment-articles": ["one article's sentence sentiment", "outlet:outlet event:text articleId:text sentences:integer mean:number negative:number neutral:number positive:number"],
  "sentiment-outlets": ["one outlet's sentence sentiment with bootstrap intervals", "outlet:outlet articleIds:articles articles:integer sentences:integer mean.estimate:number mean.lower:number mean.upper:number negative.estimate:number negative.lower:number negative.upper:number neutral.estimate:number neutral.lower:number neutral.upper:number positive.estimate:number positive.lower:number positive.upper:number resample:text"],
  "sentiment-toward": ["one outlet's tone around one actor or concept", "kind:text target:text outlet:outlet articleIds:articles mentions:integer mentionTone.estimate:number mentionTone.lower:number mentionTone.upper:number sentences:integer sentenceTone.estimate:number sentenceTone.lower:number sentenceTone.upper:number resample:text"],
  "sentiment-arc": ["one outlet's mean sentiment in one bin of article position (lead to end)", "outlet:outlet bin:integer from:number to:number sentences:integer articleIds:articles mean.estimate:number mean.lower:number mean.upper:number resample:text"],
  "frame-attention": ["one outlet's attention to one frame in one article section", "outlet:outlet frame:text section:text sentenceShare:number tokenShare:number cuesPer1000:number sentences:integer sentencesWithFrame:integer articleIds:articles"],
  "mention-positions": ["one actor or concept in one article: how often and where it is first named", "outlet:outlet event:text articleId:text kind:text key:text mentions:integer placement:text firstPosition:number spread:number"],
  "placement": ["one outlet's placement of one actor or concept (headline, lead or body)", "outlet:outlet kind:text key:text articles:integer articlesMentioning:integer headlineShare:number leadShare:number bodyOnlyShare:number meanFirstPosition:number articleIds:articles"],
  "actor-salience": ["one actor's prominence in one outlet", "outlet:outlet actor:text mentions:integer per1000Words:number sentenceShare:number meanFirstRank:number articlesMentioning:integer articleIds:articles"],
  "quote-table": ["one quote (direct, reported or scare quote) in one article", "outlet:outlet event:text articleId:text quoteIndex:integer kind:text speaker:text speakerResolved:boolean resolution:text phrase:text verb:text stance:text pattern:text via:text words:integer unclosed:boolean depth:integer headline:boolean counted:boolean start:integer end:integer excerpt:text"],
  "voice-speakers": ["one speaker quoted by one outlet (in one event)", "event:text outlet:outlet speaker:text speakerResolved:boolean articleIds:articles quotes:integer directQuotes:integer indirectQuotes:integer words:integer directWords:integer indirectWords:integer share:number directShare:number indirectShare:number quoteShare:number neutral:integer assertive:integer distancing:integer noVerb:integer"],
  "voice-outlets": ["one outlet's quoting overall (in one event)", "event:text outlet:outlet articleIds:articles articles:integer quotes:integer directQuotes:integer indirectQuotes:integer words:integer directWords:integer indirectWords:integer directShare:number unresolvedShare:number speakers:integer scareQuotes:integer scareWords:integer unclosedQuotes:integer neutral:integer assertive:integer distancing:integer noVerb:integer neutralShare:number assertiveShare:number distancingShare:number noVerbShare:number"],
  "coverage-claims": ["one claim: sentences of one event's articles aligned across outlets", "claim:text event:text text:text representative.articleId:text representative.sentence:integer outlets:list nOutlets:integer eventOutlets:integer share:number unique:boolean wordings:integer cohesion:number articleIds:articles cells:json"],
  "coverage-omissions": ["one claim an outlet does not carry although most other outlets of its event do", "outlet:outlet event:text rank:integer claim:text text:text carriedBy:list carriers:integer otherOutlets:integer share:number articleIds:articles carrierArticleIds:articles"],
  "coverage-shared-wording": ["one pair of articles sharing long runs of identical wording", "articleA:text articleB:text outletA:outlet outletB:outlet eventA:text eventB:text sameOutlet:boolean spans:json sharedTokensA:integer sharedTokensB:integer tokensA:integer tokensB:integer shareA:number shareB:number copy:boolean"],
  "attention-over-time": ["one outlet's mentions of one actor, concept, frame or label in one period", "outlet:outlet period:text start:text end:text kind:text key:text concept:text mentions:integer articles:integer mentionsPerArticle:number articlesMentioning:integer articleIds:articles"],
  "kwic": ["one occurrence of a lexicon actor or label, or a distinctive term, with the words around it in its sentence", "kind:text key:text outlet:outlet event:text articleId:text title:text url:text date:text left:text match:text right:text"],
  "divergence": ["one pair of outlets compared on one feature family (pooled or within one event)", "family:text scope:text event:text outletA:outlet outletB:outlet articlesA:articles articlesB:articles nA:integer nB:integer events:integer value:number lower:number upper:number interval:text p:number pHolm:number pBH:number test:text permutations:integer note:text"],
};

/**
 * The declared schema of each result kind (see {@link ColumnKind}), for the
 * written tables, their Parquet types and the codebook. Frozen.
 *
 * @example
 * COLUMN_SCHEMA["divergence"].columns.outletA; // => "outlet"
 */
export const COLUMN_SCHEMA: Readonly<Record<string, KindSchema>> = Object.freeze(Object.fromEntries(Object.entries(DECLARED).map(([kind, [row, spec]]) => [kind, Object.freeze({ row, columns: Object.freeze(parse(kind, spec)) })])));

/**
 * The kind of a result kind's column: declared in {@link COLUMN_SCHEMA}; for
 * a kind not declared there, `articles` when its doc was made by `idsDoc`,
 * `outlet` for a column named `outlet`, `outletA`, `outletB` (…), else undefined
 * (the writers then go by the cells).
 *
 * @example
 * columnKind("label-choice", "articleIds"); // => "articles"
 */
export function columnKind(kind: string, column: string): ColumnKind | undefined {
  const schema = own(COLUMN_SCHEMA, kind);
  if (schema) return own(schema.columns, column);
  const doc = own(COLUMN_DOCS, kind)?.[column];
  if (doc !== undefined && doc.endsWith(ARTICLE_LIST_DOC_END)) return "articles";
  return /^outlet[A-Z0-9]?$/.test(column) ? "outlet" : undefined;
}

/** The documented columns of a kind that hold article-id lists, in table order. */
export function articleListColumns(kind: string): string[] {
  const docs = own(COLUMN_DOCS, kind);
  const names = docs ? Object.keys(docs) : Object.keys(own(COLUMN_SCHEMA, kind)?.columns ?? {});
  return names.filter((c) => columnKind(kind, c) === "articles");
}

function parse(kind: string, spec: string): Record<string, ColumnKind> {
  const out: Record<string, ColumnKind> = {};
  for (const pair of spec.split(" ")) {
    const at = pair.lastIndexOf(":");
    const t = pair.slice(at + 1);
    if (at <= 0 || !KINDS.has(t)) throw new Error(`column schema of "${kind}": "${pair}" is not name:kind with a kind from ${[...KINDS].join(", ")}`);
    out[pair.slice(0, at)] = t as ColumnKind;
  }
  return out;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
