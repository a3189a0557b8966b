import type { Warning } from "../errors";
import { csvRecords } from "./csvRecords";
import type { RecordLocation } from "./fields";
import { openFolder } from "./folderSource";
import { jsonlRecords } from "./jsonlRecords";
import type { ResolvedLoadOptions } from "./options";
import { toArticle, type RawRecord } from "./toArticle";
import type { Article, CorpusFormat, Outlet, SkippedArticle } from "./types";

/** One item of readArticles: a valid article, or an article left out and why. */
export type ReadItem =
  | {
    readonly article: Article;
    /** The record's `outletLabel`, when it gives one. */
    readonly outletLabel?: string;
    /** Where the record is: file and line, or a manifest.json row (`articles[3]`). */
    readonly where: RecordLocation;
    readonly skipped?: undefined;
  }
  | { readonly skipped: SkippedArticle; readonly where: RecordLocation; readonly article?: undefined };

/** An opened corpus source: what it says about itself, and its items as a stream. */
export interface Source {
  readonly format: CorpusFormat;
  readonly name?: string;
  readonly description?: string;
  /** Outlets a manifest declares, with their labels; articles must use these ids. */
  readonly outlets?: readonly Outlet[];
  /** The file declaring `outlets`, for messages. */
  readonly outletsFile?: string;
  /** Findings known before any article is read (folder: unlisted text files). */
  readonly warnings: readonly Warning[];
  readonly items: AsyncIterable<ReadItem>;
}

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
