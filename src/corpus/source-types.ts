import type { Warning } from "../errors";
import type { FieldMap } from "./field-map";
import type { RecordLocation } from "./fields";
import type { Converted } from "./toArticle";
import type { Article, CorpusFormat, Outlet, SkippedArticle } from "./types";

// Kept apart from source.ts so folderSource can use them without a cycle back to openSource.

/** One item of readArticles: a valid article, or an article left out and why. */
export type ReadItem =
  | {
    readonly article: Article;
    /** The record's `outletLabel`, when it gives one. */
    readonly outletLabel?: string;
    /** The record's event title (`eventTitle`/`event_title`), when it gives one. */
    readonly eventTitle?: string;
    /** The record's outlet group (`group`, or LoadOptions.groupBy's field), when it gives one. */
    readonly group?: string;
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
  /** Which column each field is read from, where not its own name (options, manifest `fields`, a recognised export). */
  readonly fieldMap?: FieldMap;
  /** What the source was recognised as (e.g. "a Media Cloud export"), when its fields were mapped by recognition. */
  readonly recognised?: string;
  /** LoadOptions.groupBy, when outlet groups are read from another field than `group`. */
  readonly groupBy?: string;
  readonly items: AsyncIterable<ReadItem>;
}

/** The item a converted record becomes: the article with what it says of its outlet and event, or the article left out. */
export function readItem(c: Converted, where: RecordLocation): ReadItem {
  if (!c.ok) return { skipped: Object.freeze({ ...(c.id !== undefined ? { id: c.id } : {}), problems: c.problems }), where };
  return {
    article: c.article,
    ...(c.outletLabel !== undefined ? { outletLabel: c.outletLabel } : {}),
    ...(c.eventTitle !== undefined ? { eventTitle: c.eventTitle } : {}),
    ...(c.group !== undefined ? { group: c.group } : {}),
    where,
  };
}
