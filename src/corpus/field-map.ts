import { FramediffError, type Problem } from "../errors";

/**
 * Every field a record can give framediff, by its framediff name: the fields
 * of an Article (see ARTICLE_FIELDS) plus `eventTitle` (an event's human
 * title, see Corpus.eventTitles) and `group` (the outlet's group, see
 * Outlet.group). These are the targets of a field map.
 */
export const FIELD_TARGETS: readonly string[] = Object.freeze([
  "id", "outlet", "outletLabel", "title", "date", "url", "language",
  "originalLanguage", "translated", "event", "eventTitle", "group", "text",
]);

/** Other spellings of a target, accepted in a map and, unmapped, as record keys (`event_title` as in a CSV header). */
const ALIASES: Readonly<Record<string, string>> = Object.freeze({ event_title: "eventTitle" });

/**
 * Which source column (or JSON key) each framediff field is read from, by
 * framediff name; a field not named reads its own name. Checked and with
 * aliases resolved (`event_title` → `eventTitle`).
 */
export type FieldMap = Readonly<Record<string, string>>;

/** Where a map came from, for messages: the option, the CLI flag or the manifest's `fields`. */
export interface MapOrigin {
  /** How the user names the map, e.g. `--map`, `fieldMap` or `fields`. */
  readonly name: string;
  /** The file it is in (a manifest), if any. */
  readonly file?: string;
}

const canonical = (target: string) => ALIASES[target] ?? target;

function invalid(origin: MapOrigin, message: string, hint: string, field?: string): FramediffError {
  const problem: Problem = {
    code: "invalid-field-map", ...(origin.file ? { file: origin.file } : {}), field: field ?? origin.name,
    message, hint,
  };
  return new FramediffError(problem);
}

const TARGET_LIST = FIELD_TARGETS.join(", ");

/**
 * Checks a field map (framediff field → source column) and resolves aliases.
 * An unknown target, a target given twice (also through an alias), or a
 * source that is not a non-empty string throws one FramediffError naming
 * where the map came from and what to do.
 *
 * @example
 * checkFieldMap({ text: "story_text", event_title: "headline" }, { name: "fieldMap" });
 * // => { text: "story_text", eventTitle: "headline" }
 * checkFieldMap({ body: "x" }, { name: "--map" }); // throws: --map: unknown field "body" ...
 */
export function checkFieldMap(map: unknown, origin: MapOrigin): FieldMap {
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    throw invalid(origin, `expected an object of framediff field → source column, found ${Array.isArray(map) ? "an array" : map === null ? "null" : `a ${typeof map}`}.`,
      'write e.g. {"text": "story_text", "outlet": "media_name"}.');
  }
  const out: Record<string, string> = {};
  const given = new Map<string, string>();
  for (const [rawTarget, source] of Object.entries(map as Record<string, unknown>)) {
    const target = canonical(rawTarget.trim());
    if (!FIELD_TARGETS.includes(target)) {
      throw invalid(origin, `unknown field "${rawTarget}".`, `map only framediff fields (${TARGET_LIST}) to your columns, e.g. text=story_text.`);
    }
    const earlier = given.get(target);
    if (earlier !== undefined) {
      throw invalid(origin, `field "${target}" is mapped twice (as "${earlier}" and "${rawTarget}").`, "map each framediff field to one column.");
    }
    if (typeof source !== "string" || source.trim() === "") {
      throw invalid(origin, `field "${rawTarget}" needs a column name, found ${JSON.stringify(source) ?? String(source)}.`, `name the column "${rawTarget}" is read from, e.g. ${rawTarget}=my_column.`);
    }
    given.set(target, rawTarget);
    out[target] = source.normalize("NFC").trim();
  }
  return Object.freeze(out);
}

/**
 * Parses the command-line form of a field map, `FIELD=COLUMN` pairs joined by
 * commas (`text=story_text,outlet=media_name`), and checks it as checkFieldMap
 * does. A pair without `=`, an empty field or column, or an empty spec throws
 * a FramediffError naming `flag`.
 *
 * @example
 * parseFieldMap("text=story_text, outlet=media_name", "--map"); // => { text: "story_text", outlet: "media_name" }
 * parseFieldMap("text", "--map"); // throws: --map: "text" is not FIELD=COLUMN ...
 */
export function parseFieldMap(spec: string, flag: string): FieldMap {
  const origin = { name: flag };
  const map: Record<string, string> = {};
  const seen = new Set<string>();
  const parts = spec.split(",");
  for (const part of parts) {
    const eq = part.indexOf("=");
    const target = eq < 0 ? "" : part.slice(0, eq).trim();
    const source = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (target === "" || source === "") {
      throw invalid(origin, part.trim() === "" ? `"${spec}" has an empty entry.` : `"${part.trim()}" is not FIELD=COLUMN.`,
        `write ${flag} FIELD=COLUMN pairs separated by commas, e.g. ${flag} text=story_text,outlet=media_name.`);
    }
    if (seen.has(canonical(target))) {
      throw invalid(origin, `field "${target}" is mapped twice.`, "map each framediff field to one column.");
    }
    seen.add(canonical(target));
    map[target] = source;
  }
  return checkFieldMap(map, origin);
}

/**
 * The record keys a framediff field is read from, in order of preference:
 * the mapped column, else the field's own name (and, for `eventTitle`, also
 * `event_title`).
 *
 * @example
 * sourceKeys({ text: "body" }, "text"); // => ["body"]
 * sourceKeys({}, "eventTitle"); // => ["eventTitle", "event_title"]
 */
export function sourceKeys(map: FieldMap | undefined, target: string): readonly string[] {
  const mapped = map?.[target];
  if (mapped !== undefined) return [mapped];
  return target === "eventTitle" ? ["eventTitle", "event_title"] : [target];
}

/** The one key a field is read from: the mapped column, else its own name. */
export function sourceKey(map: FieldMap | undefined, target: string): string {
  return map?.[target] ?? target;
}

/**
 * Two maps merged: `over`'s entries replace `base`'s for the same field (the
 * command line over a manifest's `fields`). Undefined when both are empty.
 */
export function mergeFieldMaps(base: FieldMap | undefined, over: FieldMap | undefined): FieldMap | undefined {
  const merged = { ...base, ...over };
  return Object.keys(merged).length > 0 ? Object.freeze(merged) : undefined;
}
