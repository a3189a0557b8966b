import { parseFieldMap } from "../corpus/field-map";
import type { LoadOptions } from "../corpus/types";
import { FramediffError } from "../errors";
import { terminalSafe } from "../terminal-safe";

/** The parseArgs options of the flags that say how a corpus is read (check, analyze, map, kwic). */
export const LOAD_FLAGS = {
  "date-format": { type: "string" },
  "follow-symlinks": { type: "boolean" },
  map: { type: "string" },
  delimiter: { type: "string" },
  "group-by": { type: "string" },
} as const;

/** The flags' values as parseArgs gives them. */
export interface LoadFlagValues {
  "date-format"?: string;
  "follow-symlinks"?: boolean;
  map?: string;
  delimiter?: string;
  "group-by"?: string;
}

const DELIMITER_NAMES: Readonly<Record<string, NonNullable<LoadOptions["delimiter"]>>> = {
  ",": ",", comma: ",", ";": ";", semicolon: ";", "|": "|", pipe: "|", tab: "\t", "\t": "\t", "\\t": "\t",
};

/**
 * The LoadOptions the corpus flags give, or a usage error (a one-line string
 * naming the flag and what to do) for a malformed `--map`, an unknown
 * `--delimiter` or an empty `--group-by`.
 *
 * @example
 * loadOptionsFromFlags({ map: "text=body", delimiter: "tab" }); // => { followSymlinks: false, fieldMap: { text: "body" }, delimiter: "\t" }
 * loadOptionsFromFlags({ map: "body" }); // => 'invalid --map "body": "body" is not FIELD=COLUMN. Fix: ...'
 */
export function loadOptionsFromFlags(v: LoadFlagValues): Omit<LoadOptions, "onInvalid"> | string {
  const out: Omit<LoadOptions, "onInvalid"> = { followSymlinks: Boolean(v["follow-symlinks"]) };
  if (v["date-format"] !== undefined) out.dateFormat = v["date-format"];
  if (v.map !== undefined) {
    try {
      out.fieldMap = parseFieldMap(v.map, "--map");
    } catch (e) {
      if (!(e instanceof FramediffError)) throw e;
      const p = e.problems[0];
      return terminalSafe(`invalid --map "${v.map}": ${p.message}${p.hint ? ` Fix: ${p.hint}` : ""}`);
    }
  }
  if (v.delimiter !== undefined) {
    const d = DELIMITER_NAMES[v.delimiter.trim() === "" ? v.delimiter : v.delimiter.trim().toLowerCase()];
    if (d === undefined) return terminalSafe(`invalid --delimiter "${v.delimiter}" (use , ; | or tab)`);
    out.delimiter = d;
  }
  if (v["group-by"] !== undefined) {
    if (v["group-by"].trim() === "") return "invalid --group-by \"\" (name the field or column that holds each outlet's group, e.g. --group-by rating)";
    out.groupBy = v["group-by"];
  }
  return out;
}
