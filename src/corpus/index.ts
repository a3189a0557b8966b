export type {
  Article, Corpus, CorpusFormat, LoadOptions, Outlet, SkippedArticle, Unknown,
} from "./types";
export { loadCorpus } from "./loadCorpus";
export { streamCorpus, type CorpusStream, type StreamedCorpus } from "./stream-corpus";
export { readArticles } from "./readArticles";
export type { ReadItem } from "./source";
export type { RecordLocation } from "./fields";
export { detectFormat } from "./detectFormat";
export { FIELD_TARGETS, parseFieldMap, type FieldMap } from "./field-map";
export { looksEnglish } from "./english";
export { normaliseText } from "./normaliseText";
export { decodeUtf8 } from "./decodeUtf8";
export { decodeText } from "./decodeText";
export { compileDateFormat, fullYear, type DateFormat } from "./dateFormat";
export { normaliseDate } from "./normaliseDate";
export { corpusHash } from "./corpus-hash";
export { canonicalJson } from "../util/canonical-json";
