import { FramediffError, type Problem } from "../errors";
import type { DateFormat } from "./dateFormat";
import { fieldAt, readRequired, readString, readTranslated, type RecordLocation } from "./fields";
import { normaliseDate } from "./normaliseDate";
import { normaliseText } from "./normaliseText";
import type { Article } from "./types";

/** The fields every format defines; any other field goes to `meta`. */
export const ARTICLE_FIELDS: readonly string[] = Object.freeze([
  "id", "outlet", "outletLabel", "title", "date", "url", "language",
  "originalLanguage", "translated", "event", "text",
]);

/** A record as read from a source, before validation. */
export interface RawRecord {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly where: RecordLocation;
  /** Problems already found while reading it (invalid UTF-8, wrong cell count). */
  readonly problems: readonly Problem[];
}

export interface ToArticleOptions {
  readonly source: Article["source"];
  /** Fields the format itself uses and keeps out of `meta` (folder: `file`). */
  readonly consumed?: readonly string[];
  /**
   * For texts kept in their own file (folder format): the file, how to name the
   * manifest row in messages, and the text as read; `text` is undefined when it
   * could not be read, a problem the caller has already reported.
   */
  readonly textFile?: { readonly file: string; readonly listedAt: string; readonly text?: string };
  /** How to read `date` besides ISO 8601 (LoadOptions.dateFormat, compiled); ISO 8601 only when absent. */
  readonly dateFormat?: DateFormat;
}

export type Converted =
  | { readonly ok: true; readonly article: Article; readonly outletLabel?: string }
  | { readonly ok: false; readonly id?: string; readonly problems: readonly Problem[] };

function readText(record: RawRecord, options: ToArticleOptions, problems: Problem[], id?: string): string | undefined {
  const tf = options.textFile;
  if (tf && tf.text === undefined) return undefined;
  const value = tf ? tf.text : record.fields.text;
  const where = tf ? { file: tf.file, ...(id !== undefined ? { articleId: id } : {}) } : fieldAt(record.where, "text", id);
  const listed = tf ? ` (listed in ${tf.listedAt})` : "";
  if (value === undefined || value === null) {
    problems.push({ code: "missing-field", ...where, message: `missing value${listed}.`, hint: "give every article its text." });
  } else if (typeof value !== "string") {
    problems.push({ code: "invalid-type", ...where, message: `expected the text as a string, found a ${typeof value}.`, hint: "give the text as a string." });
  } else if (value.trim() === "") {
    problems.push({
      code: "empty-text", ...where,
      message: `${tf ? "text file" : "text"} is ${value === "" ? "empty" : "whitespace only"}${listed}.`,
      hint: "give the article's text, or remove the article from the corpus.",
    });
  } else {
    return normaliseText(value);
  }
  return undefined;
}

/**
 * Validates one record and builds its Article (pure). Text is normalised with
 * normaliseText; other strings are NFC and trimmed; `language`,
 * `originalLanguage` and `translated` default to `unknown`; unknown fields are
 * kept in `meta` as given. Returns every problem found, not only the first.
 *
 * @example
 * toArticle({ fields: { id: "a", outlet: "x", text: "Hi" }, where: { file: "c.jsonl", line: 1 }, problems: [] },
 *   { source: { file: "c.jsonl", line: 1 } }); // => { ok: true, article: { id: "a", ... } }
 */
export function toArticle(record: RawRecord, options: ToArticleOptions): Converted {
  const { fields, where } = record;
  const problems: Problem[] = [...record.problems];
  const id = readRequired(fields, "id", where, problems, "give every article a unique id.");
  const outlet = readRequired(fields, "outlet", where, problems, "give every article an outlet (a short id such as tass).", id);
  const outletLabel = readString(fields, "outletLabel", where, problems, id);
  const title = readString(fields, "title", where, problems, id);
  const rawDate = readString(fields, "date", where, problems, id);
  let date: string | undefined;
  if (rawDate !== undefined) {
    try {
      date = normaliseDate(rawDate, fieldAt(where, "date", id), options.dateFormat);
    } catch (error) {
      if (!(error instanceof FramediffError)) throw error;
      for (const p of error.problems) problems.push(p);
    }
  }
  const url = readString(fields, "url", where, problems, id);
  const language = readString(fields, "language", where, problems, id) ?? "unknown";
  const originalLanguage = readString(fields, "originalLanguage", where, problems, id) ?? "unknown";
  const translated = readTranslated(fields, where, problems, id);
  const event = readString(fields, "event", where, problems, id);
  const text = readText(record, options, problems, id);
  if (problems.length > 0 || id === undefined || outlet === undefined || text === undefined) {
    return { ok: false, ...(id !== undefined ? { id } : {}), problems };
  }
  const skip = new Set([...ARTICLE_FIELDS, ...(options.consumed ?? [])]);
  const meta = Object.fromEntries(Object.entries(fields).filter(([key]) => !skip.has(key)));
  const article: Article = Object.freeze({
    id, outlet,
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    language, originalLanguage, translated,
    ...(event !== undefined ? { event } : {}),
    text,
    meta: Object.freeze(meta),
    source: Object.freeze({ ...options.source }),
  });
  return outletLabel !== undefined ? { ok: true, article, outletLabel } : { ok: true, article };
}
