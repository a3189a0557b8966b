import type { Warning } from "../errors";
import type { RecordLocation } from "./fields";
import type { Article, CorpusFormat, Outlet, SkippedArticle } from "./types";

// Kept apart from source.ts so folderSource can name them without a cycle back to openSource.

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
