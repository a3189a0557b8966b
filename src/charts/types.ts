import type { Theme } from "./theme";

/** A plotly figure: traces, layout and (optionally) plotly config. No DOM, no functions. */
export interface Figure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
  config?: Record<string, unknown>;
}

/** One table cell: text, a number, or missing (written as an empty CSV field). */
export type Cell = string | number | null;

/** A small table: column names and rows of cells, each row as long as `columns`. */
export interface TableData {
  columns: string[];
  rows: Cell[][];
}

/** The numbers a chart draws, as a table (written beside the figure as CSV). */
export type ChartData = TableData;

/**
 * What every chart function returns: the figure, its size in CSS px (the
 * theme's width; 96 px per inch), a file-safe name, and the data behind it.
 * It is a render `FigureSpec` without provenance, which the caller adds
 * (`{ ...spec, provenance }`) before `exportFigures`.
 */
export interface ChartSpec {
  /** File-safe name, e.g. `sentiment-by-outlet` or `label-choice-conflict`. */
  readonly name: string;
  readonly figure: Figure;
  readonly width: number;
  readonly height: number;
  readonly data: ChartData;
}

/** Options every chart function takes. */
export interface ChartOptions {
  /** Defaults to *paperTheme()* (sans serif, two-column width). */
  theme?: Theme;
  /**
   * Every outlet of the study, so that colours stay fixed when a result lacks
   * some of them. Defaults to *the outlets of the result*. Colour-and-symbol
   * pairs go to these ids ranked by `outletArticles` (most first, ties by
   * id), else in code-unit order (see `outletStyles`).
   */
  outlets?: readonly string[];
  /** Colour per outlet id, overriding the palette (any CSS colour: `#0072B2`). */
  outletColors?: Readonly<Record<string, string>>;
  /** Display name per outlet id. Defaults to *the id*. */
  outletLabels?: Readonly<Record<string, string>>;
  /**
   * Most outlets a chart shows: past it, the outlets with most articles
   * (`outletArticles`; ties by id in code-unit order) are shown, the rest
   * left out with a note under the chart (tables keep every outlet); charts
   * of counts (label choice) pool them into one "other outlets" bar instead.
   * Pairwise charts show the pairs among the outlets shown. Defaults to *30*.
   */
  maxOutlets?: number;
  /** Articles per outlet id, to pick the outlets shown past `maxOutlets`. Defaults to *none: the first outlets by id*. */
  outletArticles?: Readonly<Record<string, number>>;
  /** Figure title; `null` for none (the caption says it). Defaults to *a title that says what is measured*. */
  title?: string | null;
}
