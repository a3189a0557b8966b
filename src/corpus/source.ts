import { csvRecords } from "./csvRecords";
import { openFolder } from "./folderSource";
import { jsonlRecords } from "./jsonlRecords";
import type { ResolvedLoadOptions } from "./options";
import { toArticle, type RawRecord } from "./toArticle";
import type { CorpusFormat } from "./types";

export type { ReadItem, Source } from "./source-types";
import type { ReadItem, Source } from "./source-types";

/** Validates each record into an item (articles from JSONL/CSV, text inline), reading dates with `dateFormat`. */
export async function* recordItems(records: AsyncIterable<RawRecord>, options?: Pick<ResolvedLoadOptions, "dateFormat">): AsyncGenerator<ReadItem> {
  const dateFormat = options?.dateFormat;
  for await (const record of records) {
    const { where } = record;
    const source = where.line !== undefined ? { file: where.file, line: where.line } : { file: where.file };
    const c = toArticle(record, dateFormat ? { source, dateFormat } : { source });
    if (c.ok) yield c.outletLabel !== undefined ? { article: c.article, outletLabel: c.outletLabel, where } : { article: c.article, where };
    else yield { skipped: Object.freeze({ ...(c.id !== undefined ? { id: c.id } : {}), problems: c.problems }), where };
  }
}

/**
 * Opens a corpus of a known format. Folder manifests are read here; files are
 * streamed lazily. `options` (from resolveOptions) carry `followSymlinks` and
 * `dateFormat`; without them symlinks are refused and dates must be ISO 8601.
 */
export async function openSource(path: string, format: CorpusFormat, options?: ResolvedLoadOptions): Promise<Source> {
  switch (format) {
    case "folder":
      return openFolder(path, options);
    case "jsonl":
      return { format, warnings: [], items: recordItems(jsonlRecords(path), options) };
    case "csv":
      return { format, warnings: [], items: recordItems(csvRecords(path, ["id", "outlet", "text"]), options) };
  }
}
