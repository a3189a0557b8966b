import { FramediffError } from "../errors";
import { compileDateFormat, type DateFormat } from "./dateFormat";
import type { LoadOptions } from "./types";

/** LoadOptions checked, with every default filled in and `dateFormat` compiled. */
export interface ResolvedLoadOptions {
  readonly onInvalid: "error" | "skip";
  readonly followSymlinks: boolean;
  /** The compiled LoadOptions.dateFormat; absent means ISO 8601 only. */
  readonly dateFormat?: DateFormat;
}

const ON_INVALID = ["error", "skip"] as const;

/**
 * Checks LoadOptions at run time and fills in defaults (`onInvalid: "error"`,
 * `followSymlinks: false`, ISO 8601 dates). A `dateFormat` is compiled here, so
 * a bad format fails before any file is read.
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
  const { dateFormat } = options;
  if (dateFormat === undefined) return { onInvalid, followSymlinks };
  if (typeof dateFormat !== "string") {
    throw new FramediffError({
      code: "invalid-option", field: "dateFormat",
      message: `invalid dateFormat: expected a string, found ${JSON.stringify(dateFormat) ?? String(dateFormat)}.`,
      hint: 'give the format as a string, e.g. "M/D/YY".',
    });
  }
  return { onInvalid, followSymlinks, dateFormat: compileDateFormat(dateFormat) };
}
