import type { Problem, Warning } from "../errors";

/** `unknown` where the source does not show the value; never a guess. */
export type Unknown = "unknown";

/** One news article, as loaded and normalised (BOM stripped, CRLF → LF, NFC). */
export interface Article {
  /** Unique within the corpus. */
  readonly id: string;
  /** Short stable outlet id, e.g. `tass`. */
  readonly outlet: string;
  readonly title?: string;
  /** ISO 8601 (extended form) date or date-time as normalised from the source. */
  readonly date?: string;
  readonly url?: string;
  /** Language of `text` (BCP 47, e.g. `en`) or `unknown`. */
  readonly language: string;
  /** Language the report was first written in, or `unknown`. */
  readonly originalLanguage: string;
  /** Whether `text` is a translation; `unknown` when the source does not show it. */
  readonly translated: boolean | Unknown;
  /** Story/event id for matched designs; absent means the whole corpus is one event. */
  readonly event?: string;
  readonly text: string;
  /** Fields the format does not define, kept as given. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** Where the article came from, for error messages and provenance. */
  readonly source: { readonly file: string; readonly line?: number };
}

/** An outlet's id and its human label. */
export interface Outlet {
  readonly id: string;
  readonly label: string;
  /** The outlet's group (e.g. a left/centre/right rating) where the corpus gives one (issue 12: outlet groups). */
  readonly group?: string;
  readonly meta: Readonly<Record<string, unknown>>;
}

export type CorpusFormat = "folder" | "jsonl" | "csv";

/** An article left out of the corpus, with the reason. */
export interface SkippedArticle {
  /** The id where one could be read. */
  readonly id?: string;
  readonly problems: readonly Problem[];
}

export interface Corpus {
  /** The path the corpus was loaded from. */
  readonly path: string;
  readonly format: CorpusFormat;
  /** The corpus's name, where a folder manifest gives one. */
  readonly name?: string;
  /** The corpus's description, where a folder manifest gives one. */
  readonly description?: string;
  /** In source order. */
  readonly articles: readonly Article[];
  /** Every outlet of `articles`, sorted by id. */
  readonly outlets: readonly Outlet[];
  /** Non-fatal findings (unlisted files, a single outlet, ...). */
  readonly warnings: readonly Warning[];
  /** Articles left out (only with `onInvalid: "skip"`); empty otherwise. */
  readonly skipped: readonly SkippedArticle[];
  /**
   * Human titles of events, by event id, where articles give one (an
   * `event_title` field); events without a title are absent. Shown beside the
   * id in tables, charts and the report.
   */
  readonly eventTitles?: Readonly<Record<string, string>>;
  /**
   * Which source column each framediff field was read from, where that is not
   * the field's own name (LoadOptions.fieldMap, a manifest's `fields`, a
   * recognised Media Cloud export); absent when every field has its own name.
   */
  readonly fieldMap?: Readonly<Record<string, string>>;
  /** The article field or meta key outlet groups were read from (LoadOptions.groupBy), when not `group`. */
  readonly groupBy?: string;
}

export interface LoadOptions {
  /**
   * What to do with an invalid article: `"error"` throws a FramediffError naming
   * the file, line and field; `"skip"` leaves it out and reports it in
   * `Corpus.skipped`. Defaults to *error*.
   */
  onInvalid?: "error" | "skip";
  /**
   * Whether a folder corpus may read text files through symbolic links. When
   * false, a manifest entry whose file, or any folder on the way to it, is a
   * link makes that article invalid, and unlisted links in the folder are
   * warned about and not searched. When true, links are followed wherever
   * they point — also outside the corpus folder, since the user asked for it —
   * but the path as written in the manifest must still stay inside the folder
   * (no `..` out of it, no absolute path). Defaults to *false*.
   */
  followSymlinks?: boolean;
  /**
   * How the source writes dates, when not as ISO 8601: tokens `YYYY`, `YY`
   * (00–68 → 20xx, 69–99 → 19xx, as POSIX strptime `%y`), `M`, `MM`, `MMM`
   * (Jan, Sept, ...), `MMMM` (English month names, any case), `D`, `DD`, and
   * for a time `H`, `HH`, `mm`, `ss`, with literal separators: `M/D/YY`,
   * `D.M.YYYY`, `MMMM D, YYYY`, `DD/MM/YYYY HH:mm`. Dates are checked against
   * the calendar and stored as ISO 8601; values already in ISO 8601 are
   * accepted too. Defaults to *ISO 8601 only*.
   */
  dateFormat?: string;
  /**
   * Where each framediff field is read from, when the source names it
   * otherwise: framediff field → column (CSV) or key (JSONL, manifest),
   * e.g. `{ text: "story_text", outlet: "media_name", date: "publish_date" }`.
   * Fields: id, outlet, outletLabel, title, date, url, language,
   * originalLanguage, translated, event, eventTitle (or event_title), group,
   * text. A mapped column missing from a record is that field's usual
   * missing-field problem, naming the column. A folder manifest's `fields`
   * gives the same; these entries win. Defaults to *every field under its own name*.
   */
  fieldMap?: Readonly<Record<string, string>>;
  /**
   * The cell delimiter of a CSV file (and of a manifest.csv): `","`, `";"`,
   * `"\t"` or `"|"`. Defaults to *told from the header line* (the delimiter
   * found there outside quotes; an ambiguous header is an error asking for this option).
   */
  delimiter?: "," | ";" | "\t" | "|";
  /**
   * The article field or meta key (a source column) whose value is each
   * outlet's group (Outlet.group), e.g. `"rating"`; a folder manifest's
   * outlet entries may give the key too. Defaults to *the `group` field*.
   */
  groupBy?: string;
}
