import { FramediffError, type Problem } from "../errors";
import type { DateFormat } from "./dateFormat";
import { FIELD_TARGETS, sourceKey, sourceKeys, type FieldMap } from "./field-map";
import { fieldAt, isBlank, readLabel, readRequired, readString, readTranslated, type RecordLocation } from "./fields";
import { normaliseDate } from "./normaliseDate";
import { normaliseText } from "./normaliseText";
import type { Article } from "./types";

/** The Article fields every format defines (FIELD_TARGETS adds eventTitle and group); any other field goes to `meta`. */
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
  /** Which column each field is read from (LoadOptions.fieldMap, checked); each field's own name when absent. */
  readonly fieldMap?: FieldMap;
  /** The field or meta key read as the outlet's group (LoadOptions.groupBy); the `group` field when absent. */
  readonly groupBy?: string;
}

export type Converted =
  | {
    readonly ok: true; readonly article: Article; readonly outletLabel?: string;
    /** The record's event title (`eventTitle` or `event_title`), when it gives one. */
    readonly eventTitle?: string;
    /** The record's outlet group (`group`, or the `groupBy` field), when it gives one. */
    readonly group?: string;
  }
  | { readonly ok: false; readonly id?: string; readonly problems: readonly Problem[] };

function readText(record: RawRecord, options: ToArticleOptions, problems: Problem[], id?: string): string | undefined {
  const tf = options.textFile;
  if (tf && tf.text === undefined) return undefined;
  const key = sourceKey(options.fieldMap, "text");
  const value = tf ? tf.text : record.fields[key];
  const where = tf ? { file: tf.file, ...(id !== undefined ? { articleId: id } : {}) } : fieldAt(record.where, key, id);
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
  const map = options.fieldMap;
  const key = (field: string) => sourceKey(map, field);
  const problems: Problem[] = [...record.problems];
  const id = readRequired(fields, key("id"), where, problems, "give every article a unique id.");
  const outlet = readRequired(fields, key("outlet"), where, problems, "give every article an outlet (a short id such as tass).", id);
  const outletLabel = readString(fields, key("outletLabel"), where, problems, id);
  const title = readString(fields, key("title"), where, problems, id);
  const rawDate = readString(fields, key("date"), where, problems, id);
  let date: string | undefined;
  if (rawDate !== undefined) {
    try {
      date = normaliseDate(rawDate, fieldAt(where, key("date"), id), options.dateFormat);
    } catch (error) {
      if (!(error instanceof FramediffError)) throw error;
      for (const p of error.problems) problems.push(p);
    }
  }
  const url = readString(fields, key("url"), where, problems, id);
  const language = readString(fields, key("language"), where, problems, id) ?? "unknown";
  const originalLanguage = readString(fields, key("originalLanguage"), where, problems, id) ?? "unknown";
  const translated = readTranslated(fields, where, problems, id, key("translated"));
  const event = readString(fields, key("event"), where, problems, id);
  const eventTitle = readFirst(fields, sourceKeys(map, "eventTitle"), where, problems, id);
  const groupKeys = groupSource(map, options.groupBy);
  const group = groupKeys.length > 0 ? readLabel(fields, groupKeys[0], where, problems, id) : undefined;
  const text = readText(record, options, problems, id);
  if (problems.length > 0 || id === undefined || outlet === undefined || text === undefined) {
    return { ok: false, ...(id !== undefined ? { id } : {}), problems };
  }
  const skip = new Set(options.consumed ?? []);
  for (const field of FIELD_TARGETS) {
    // with groupBy, a `group` column is not read, so it stays in meta like any other column
    if (field === "group" && options.groupBy !== undefined) continue;
    for (const k of sourceKeys(map, field)) skip.add(k);
  }
  const meta = Object.fromEntries(Object.entries(fields).filter(([k]) => !skip.has(k)));
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
  return {
    ok: true, article,
    ...(outletLabel !== undefined ? { outletLabel } : {}),
    ...(eventTitle !== undefined ? { eventTitle } : {}),
    ...(group !== undefined ? { group } : {}),
  };
}

/** The first of `keys` the record gives a value for, read as a string (`eventTitle`, else `event_title`). */
function readFirst(fields: Readonly<Record<string, unknown>>, keys: readonly string[], where: RecordLocation, problems: Problem[], id?: string): string | undefined {
  for (const k of keys) if (!isBlank(fields[k])) return readString(fields, k, where, problems, id);
  return undefined;
}

/** The key an outlet group is read from: `groupBy` (a framediff field's column, or any key), else the `group` field's. */
function groupSource(map: FieldMap | undefined, groupBy: string | undefined): readonly string[] {
  if (groupBy === undefined) return sourceKeys(map, "group");
  return FIELD_TARGETS.includes(groupBy) ? sourceKeys(map, groupBy) : [groupBy];
}
