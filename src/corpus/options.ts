import { FramediffError } from "../errors";
import { DELIMITERS, type Delimiter } from "./csvDelimiter";
import { compileDateFormat, type DateFormat } from "./dateFormat";
import { checkFieldMap, type FieldMap } from "./field-map";
import type { LoadOptions } from "./types";

/** LoadOptions checked, with every default filled in and `dateFormat` compiled. */
export interface ResolvedLoadOptions {
  readonly onInvalid: "error" | "skip";
  readonly followSymlinks: boolean;
  /** The compiled LoadOptions.dateFormat; absent means ISO 8601 only. */
  readonly dateFormat?: DateFormat;
  /** LoadOptions.fieldMap, checked, aliases resolved; absent when empty. */
  readonly fieldMap?: FieldMap;
  /** LoadOptions.delimiter; absent means told from the header. */
  readonly delimiter?: Delimiter;
  /** LoadOptions.groupBy, trimmed; absent means the `group` field. */
  readonly groupBy?: string;
}

/** The options that say how records become articles (field names, groups), checked. */
function readingOptions(options: LoadOptions): Pick<ResolvedLoadOptions, "fieldMap" | "delimiter" | "groupBy"> {
  const out: { fieldMap?: FieldMap; delimiter?: Delimiter; groupBy?: string } = {};
  if (options.fieldMap !== undefined) {
    const map = checkFieldMap(options.fieldMap, { name: "fieldMap" });
    if (Object.keys(map).length > 0) out.fieldMap = map;
  }
  if (options.delimiter !== undefined) {
    if (!(DELIMITERS as readonly unknown[]).includes(options.delimiter)) {
      throw new FramediffError({
        code: "invalid-option", field: "delimiter",
        message: `invalid delimiter: ${JSON.stringify(options.delimiter) ?? String(options.delimiter)}.`,
        hint: 'use one of ",", ";", "\\t" (tab) or "|".',
      });
    }
    out.delimiter = options.delimiter;
  }
  if (options.groupBy !== undefined) {
    if (typeof options.groupBy !== "string" || options.groupBy.trim() === "") {
      throw new FramediffError({
        code: "invalid-option", field: "groupBy",
        message: `invalid groupBy: ${JSON.stringify(options.groupBy) ?? String(options.groupBy)}.`,
        hint: 'name the article field or column that holds each outlet\'s group, e.g. "rating".',
      });
    }
    out.groupBy = options.groupBy.normalize("NFC").trim();
  }
  return out;
}

const ON_INVALID = ["error", "skip"] as const;

/**
 * Checks LoadOptions at run time and fills in defaults (`onInvalid: "error"`,
 * `followSymlinks: false`, ISO 8601 dates). A `dateFormat` is compiled and a
 * `fieldMap`, `delimiter` and `groupBy` checked here, so a bad option fails
 * before any file is read.
 *
 * @example
 * resolveOptions({}); // => { onInvalid: "error", followSymlinks: false }
 * resolveOptions({ onInvalid: "drop" as never }); // throws: invalid onInvalid: "drop" ...
 * resolveOptions({ dateFormat: "Q/D" }); // throws: invalid dateFormat "Q/D": unknown token "Q" ...
 */
export function resolveOptions(options: LoadOptions = {}): ResolvedLoadOptions {
  if (typeof options !== "object" || options === null) {
    throw new FramediffError({ code: "invalid-option", message: `invalid options: expected an object, found ${String(options)}.`, hint: 'pass e.g. { onInvalid: "skip" }.' });
  }
  const onInvalid = options.onInvalid ?? "error";
  if (!(ON_INVALID as readonly string[]).includes(onInvalid)) {
    throw new FramediffError({
      code: "invalid-option", field: "onInvalid",
      message: `invalid onInvalid: ${JSON.stringify(onInvalid)}.`,
      hint: `use one of ${ON_INVALID.map((v) => `"${v}"`).join(", ")}.`,
    });
  }
  const followSymlinks = options.followSymlinks ?? false;
  if (typeof followSymlinks !== "boolean") {
    throw new FramediffError({
      code: "invalid-option", field: "followSymlinks",
      message: `invalid followSymlinks: ${JSON.stringify(followSymlinks) ?? String(followSymlinks)}.`,
      hint: "use true or false.",
    });
  }
  const reading = readingOptions(options);
  const { dateFormat } = options;
  if (dateFormat === undefined) return { onInvalid, followSymlinks, ...reading };
  if (typeof dateFormat !== "string") {
    throw new FramediffError({
      code: "invalid-option", field: "dateFormat",
      message: `invalid dateFormat: expected a string, found ${JSON.stringify(dateFormat) ?? String(dateFormat)}.`,
      hint: 'give the format as a string, e.g. "M/D/YY".',
    });
  }
  return { onInvalid, followSymlinks, dateFormat: compileDateFormat(dateFormat), ...reading };
}
