import type { Problem } from "../errors";
import { excerpt } from "../truncate";
import { normaliseLabel } from "./normaliseText";

/**
 * Where a record is: its file and line (JSONL, CSV, manifest.csv) or, for a
 * manifest.json, its `row` (`articles[3]`).
 */
export interface RecordLocation {
  readonly file: string;
  readonly line?: number;
  readonly row?: string;
}

/** `line 12`, `articles[3]` or the file name: how messages refer to a record. */
export function describeLocation(where: RecordLocation): string {
  if (where.line !== undefined) return `line ${where.line}`;
  return where.row ?? where.file;
}

/** The problem location of `field` in the record at `where`. */
export function fieldAt(where: RecordLocation, field: string, articleId?: string): Omit<Problem, "code" | "message"> {
  const name = where.row ? `${where.row}.${field}` : field;
  const loc: Omit<Problem, "code" | "message"> = { file: where.file, field: name };
  if (where.line !== undefined) Object.assign(loc, { line: where.line });
  if (articleId !== undefined) Object.assign(loc, { articleId });
  return loc;
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const type = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
  return `${type} (${excerpt(json, 40)})`;
}

/** True for values that mean "not given": absent, null, or a blank string. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads an optional string field, NFC-normalised and trimmed; blank → undefined.
 * A value of another type adds an `invalid-type` problem.
 */
export function readString(
  fields: Readonly<Record<string, unknown>>, name: string, where: RecordLocation,
  problems: Problem[], articleId?: string,
): string | undefined {
  const value = fields[name];
  if (isBlank(value)) return undefined;
  if (typeof value !== "string") {
    problems.push({
      code: "invalid-type", ...fieldAt(where, name, articleId),
      message: `expected a string, found ${shown(value)}.`,
      hint: `write "${name}" as a string${typeof value === "number" ? `, e.g. "${value}"` : ""}.`,
    });
    return undefined;
  }
  return normaliseLabel(value);
}

/** Reads a required string field; a blank value adds a `missing-field` problem. */
export function readRequired(
  fields: Readonly<Record<string, unknown>>, name: string, where: RecordLocation,
  problems: Problem[], hint: string, articleId?: string,
): string | undefined {
  if (isBlank(fields[name])) {
    const found = fields[name] === undefined ? "missing value." : "empty value.";
    problems.push({ code: "missing-field", ...fieldAt(where, name, articleId), message: found, hint });
    return undefined;
  }
  return readString(fields, name, where, problems, articleId);
}

/**
 * Reads `translated` (from the column `name`, when mapped): a boolean or the
 * strings `true`, `false`, `unknown` (any case); blank → `unknown`.
 */
export function readTranslated(
  fields: Readonly<Record<string, unknown>>, where: RecordLocation, problems: Problem[], articleId?: string, name = "translated",
): boolean | "unknown" {
  const value = fields[name];
  if (typeof value === "boolean") return value;
  if (isBlank(value)) return "unknown";
  const s = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  if (s === "true" || s === "false") return s === "true";
  if (s === "unknown") return "unknown";
  problems.push({
    code: "invalid-value", ...fieldAt(where, name, articleId),
    message: `expected true, false or unknown, found ${shown(value)}.`,
    hint: "write true, false, or unknown when the source does not show whether the text is a translation.",
  });
  return "unknown";
}

/**
 * Reads a label-like field that spreadsheets and JSON may give as a number or
 * boolean (an outlet group such as a rating of 3): strings are NFC and
 * trimmed, numbers and booleans written as text; blank → undefined; any other
 * type adds an `invalid-type` problem.
 */
export function readLabel(
  fields: Readonly<Record<string, unknown>>, name: string, where: RecordLocation,
  problems: Problem[], articleId?: string,
): string | undefined {
  const value = fields[name];
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return readString(fields, name, where, problems, articleId);
}
