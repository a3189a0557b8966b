/**
 * The types rendering works on. A `Figure` is a plain plotly figure object (pure
 * data, what every chart builder in src/charts returns); a `FigureSpec` adds what an
 * export needs: a file stem, a size, the data behind the chart and its provenance.
 */

// Figure, Cell and TableData are what charts build, so they live in charts (earlier stage).
import type { Cell, Figure, TableData } from "../charts/types";
export type { Cell, Figure, TableData };

/**
 * How a figure was made. No timestamps: an export must be byte-identical for the same
 * input, so nothing here may change from run to run unless the input does.
 */
export interface Provenance {
  /** framediff's version (package.json `version`). */
  framediffVersion: string;
  /** Hash of the corpus the numbers come from. */
  corpusHash: string;
  /** Hash of the lexicon used, or e.g. `"none"` for lexicon-free features. */
  lexiconHash: string;
  /** The parameters of the measure behind the figure (prior, bootstrap size, …). */
  parameters: Record<string, unknown>;
  /** The random seed used (bootstrap, permutation), or null when nothing was random. */
  seed: number | null;
  /** What made the figure, e.g. `"notebooks/01-sentiment.ipynb"` or `"framediff analyze"`. */
  createdBy?: string;
}

/** A figure ready for export. */
export interface FigureSpec {
  /** File stem, e.g. `"sentiment-by-outlet"`: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
  name: string;
  figure: Figure;
  /** Width in CSS pixels (1 px = 0.75 pt in the PDF). */
  width: number;
  /** Height in CSS pixels. */
  height: number;
  /** The data behind the chart, written beside it as `<name>.csv`. */
  data?: TableData;
  provenance?: Provenance;
}

/** The image formats `exportFigures` writes. */
export type ImageFormat = "svg" | "pdf" | "png";

/** Every image format, in the order they are written. */
export const IMAGE_FORMATS: readonly ImageFormat[] = ["svg", "pdf", "png"];

/** One file `exportFigures` wrote. */
export interface ExportedFile {
  /** The spec's name. */
  name: string;
  /** What the file holds. */
  kind: ImageFormat | "csv" | "json";
  /** Path as written (`dir` joined with the file name). */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: string;
}
