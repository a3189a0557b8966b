import { FramediffError } from "../errors";
import type { LoadOptions } from "./types";

/** LoadOptions with every default filled in. */
export type ResolvedLoadOptions = Required<LoadOptions>;

const ON_INVALID = ["error", "skip"] as const;

/**
 * Checks LoadOptions at run time and fills in defaults (`onInvalid: "error"`).
 *
 * @example
 * resolveOptions({}); // => { onInvalid: "error" }
 * resolveOptions({ onInvalid: "drop" as never }); // throws: invalid onInvalid: "drop" ...
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
  return { onInvalid };
}
