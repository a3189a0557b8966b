import { readCsvHead } from "./csvHead";
import { csvRecords } from "./csvRecords";
import { FIELD_TARGETS, mergeFieldMaps, sourceKey, type FieldMap } from "./field-map";
import { openFolder } from "./folderSource";
import { jsonlRecords } from "./jsonlRecords";
import { MEDIA_CLOUD_COLUMNS, recogniseMediaCloud } from "./media-cloud";
import type { ResolvedLoadOptions } from "./options";
import { toArticle, type RawRecord } from "./toArticle";
import type { CorpusFormat } from "./types";

export type { ReadItem, Source } from "./source-types";
import { readItem, type ReadItem, type Source } from "./source-types";

/** How records become articles: dates, field names, groups (from resolveOptions). */
type Reading = Pick<ResolvedLoadOptions, "dateFormat" | "fieldMap" | "groupBy">;

/** Validates each record into an item (articles from JSONL/CSV, text inline), reading dates with `dateFormat` and fields through `fieldMap`. */
export async function* recordItems(records: AsyncIterable<RawRecord>, options?: Reading): AsyncGenerator<ReadItem> {
  const { dateFormat, fieldMap, groupBy } = options ?? {};
  for await (const record of records) {
    const { where } = record;
    const source = where.line !== undefined ? { file: where.file, line: where.line } : { file: where.file };
    const c = toArticle(record, {
      source,
      ...(dateFormat ? { dateFormat } : {}), ...(fieldMap ? { fieldMap } : {}), ...(groupBy !== undefined ? { groupBy } : {}),
    });
    yield readItem(c, where);
  }
}

const REQUIRED = ["id", "outlet", "text"];

/** The fix for a header without a required column: say how to name the column that holds it. */
function missingHint(map: FieldMap | undefined, recognised: string | undefined, named: boolean): string {
  if (recognised && map?.text === undefined) {
    return `${recognised} carries no article text: add each article's text in a column named text, or name the column that holds it with --map text=COLUMN (library: { fieldMap: { text: "COLUMN" } }).`;
  }
  if (named) return "check the columns named with --map or --group-by (library: fieldMap, groupBy) against the header; names are case-sensitive.";
  return "make the first row a header naming at least the columns id, outlet, text, or name the columns that hold them with --map, e.g. --map text=story_text,outlet=media_name (library: fieldMap).";
}

/** Opens a CSV file: its delimiter and column names from the header line, then its records streamed. */
async function openCsv(path: string, options?: ResolvedLoadOptions): Promise<Source> {
  const userMap = options?.fieldMap;
  const known = [...FIELD_TARGETS, "event_title", ...MEDIA_CLOUD_COLUMNS, ...Object.values(userMap ?? {}), ...(options?.groupBy ? [options.groupBy] : [])];
  const head = await readCsvHead(path, options?.delimiter, known);
  const recognised = recogniseMediaCloud(head.names, userMap);
  const fieldMap = mergeFieldMaps(recognised?.map, userMap);
  // columns the user named must be there, even for optional fields: a typo would otherwise read as "no dates"
  const named = [...Object.values(userMap ?? {}), ...(options?.groupBy !== undefined && !FIELD_TARGETS.includes(options.groupBy) ? [options.groupBy] : [])];
  const required = [...new Set([...REQUIRED.map((f) => sourceKey(fieldMap, f)), ...named])];
  const hint = missingHint(fieldMap, recognised?.name, named.length > 0);
  const records = csvRecords(path, required, { delimiter: head.delimiter, missingHint: hint });
  return {
    format: "csv", warnings: [],
    ...(fieldMap ? { fieldMap } : {}), ...(recognised ? { recognised: recognised.name } : {}),
    ...(options?.groupBy !== undefined ? { groupBy: options.groupBy } : {}),
    items: recordItems(records, { ...options, ...(fieldMap ? { fieldMap } : {}) }),
  };
}

/**
 * Opens a corpus of a known format. Folder manifests are read here; files are
 * streamed lazily. `options` (from resolveOptions) carry `followSymlinks`,
 * `dateFormat`, `fieldMap`, `delimiter` and `groupBy`; without them symlinks
 * are refused, dates must be ISO 8601, fields have their own names and a CSV's
 * delimiter is told from its header. A CSV header recognised as a Media Cloud
 * export has its columns mapped (see recogniseMediaCloud); `Source.recognised`
 * says so.
 */
export async function openSource(path: string, format: CorpusFormat, options?: ResolvedLoadOptions): Promise<Source> {
  switch (format) {
    case "folder":
      return openFolder(path, options);
    case "jsonl":
      return {
        format, warnings: [],
        ...(options?.fieldMap ? { fieldMap: options.fieldMap } : {}),
        ...(options?.groupBy !== undefined ? { groupBy: options.groupBy } : {}),
        items: recordItems(jsonlRecords(path), options),
      };
    case "csv":
      return openCsv(path, options);
  }
}
