import type { FieldMap } from "./field-map";

/**
 * The columns of a Media Cloud story export: the current search tool's
 * (`id, indexed_date, language, media_name, media_url, publish_date, title,
 * url`) and the older API's (`stories_id`, `media_id`, `collect_date`, ...).
 * An export carries no article text; researchers add it in a column of their own.
 */
export const MEDIA_CLOUD_COLUMNS: readonly string[] = Object.freeze([
  "id", "stories_id", "indexed_date", "collect_date", "language", "media_id", "media_name",
  "media_url", "publish_date", "title", "url",
]);

/** A header recognised as a Media Cloud export, and the fields read from its columns. */
export interface Recognised {
  /** What the header was recognised as, for messages. */
  readonly name: string;
  /** Framediff field → column, for fields the header lacks under framediff's name. */
  readonly map: FieldMap;
}

/**
 * Recognises a Media Cloud export by its header — it names both `media_name`
 * and `publish_date` — and says which framediff fields its columns give:
 * `outlet` ← `media_name`, `date` ← `publish_date`, and `id` ← `stories_id`
 * in older exports without `id`. A field the header already has under
 * framediff's own name, or that `userMap` maps, is left alone, so a user's
 * choice always wins. Undefined for any other header, or when nothing is left
 * to map.
 *
 * Why recognise it rather than ask for `--map`: the export's shape is fixed
 * and published, the mapping is unambiguous, and the README promises that
 * the shape loads; check and analyze say what was read from where.
 *
 * @example
 * recogniseMediaCloud(["id", "media_name", "publish_date", "title", "url", "text"], {});
 * // => { name: "a Media Cloud export", map: { outlet: "media_name", date: "publish_date" } }
 */
export function recogniseMediaCloud(header: readonly string[], userMap: FieldMap | undefined): Recognised | undefined {
  const has = new Set(header);
  if (!has.has("media_name") || !has.has("publish_date")) return undefined;
  const map: Record<string, string> = {};
  const free = (field: string) => !has.has(field) && userMap?.[field] === undefined;
  if (free("outlet")) map.outlet = "media_name";
  if (free("date")) map.date = "publish_date";
  if (free("id") && has.has("stories_id")) map.id = "stories_id";
  if (Object.keys(map).length === 0) return undefined;
  return { name: "a Media Cloud export", map: Object.freeze(map) };
}
