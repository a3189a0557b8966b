/**
 * Themes: sizes, fonts and strokes a chart is drawn with. Sizes are CSS px at
 * 96 px per inch, so a figure exported as SVG/PDF at its own size prints at
 * the stated width with fonts at the stated point size (1 pt = 96/72 px).
 */
export interface Theme {
  readonly name: string;
  /** Figure width in px. */
  readonly width: number;
  /** px per inch of `width` and of every size below: always 96 (CSS). */
  readonly pxPerInch: number;
  /** Resolution wanted for raster (PNG) export; the renderer scales by dpi / pxPerInch. */
  readonly dpi: number;
  readonly fontFamily: string;
  /** Tick labels, legend and cell text (px). */
  readonly fontSize: number;
  /** Axis titles (px). */
  readonly axisTitleSize: number;
  /** Figure title (px). */
  readonly titleSize: number;
  /** Average glyph advance as a share of the font size, for estimating text extents. */
  readonly charWidth: number;
  readonly textColor: string;
  readonly background: string;
  /** Axis lines and ticks (px). */
  readonly lineWidth: number;
  readonly lineColor: string;
  /** Light gridlines along the value axis. */
  readonly grid: boolean;
  readonly gridColor: string;
  /** Trace lines (px). */
  readonly traceWidth: number;
  readonly markerSize: number;
  /** Height of one categorical row (an outlet, an actor) in px. */
  readonly rowHeight: number;
  /** Outer margins in px before automatic growth for tick labels. */
  readonly margin: { readonly l: number; readonly r: number; readonly t: number; readonly b: number };
  /** Draw the figure title (papers often put it in the caption instead). */
  readonly showTitle: boolean;
  /** Interactive figure (hover, zoom) or a static one. */
  readonly interactive: boolean;
}

/** Options of {@link paperTheme}. */
export interface PaperThemeOptions {
  /** *serif* (Times-like) or *sans* (Helvetica-like). Defaults to *sans*. */
  font?: "serif" | "sans";
  /** *one-column* = 3.5 in (336 px), *two-column* = 7.2 in (691 px). Defaults to *two-column*. */
  width?: "one-column" | "two-column";
  /** Tick-label size in pt (axis titles are 1 pt larger). Defaults to *8*. */
  fontSize?: number;
  /** Raster resolution for PNG export. Defaults to *300*. */
  dpi?: number;
}

export const PX_PER_INCH = 96;
/** Column widths in inches: 3.5 in (one column), 7.2 in (two columns), the usual journal page. */
export const COLUMN_INCHES = Object.freeze({ "one-column": 3.5, "two-column": 7.2 });
export const SERIF = '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman", "DejaVu Serif", serif';
export const SANS = 'Arial, Helvetica, "Liberation Sans", "Nimbus Sans", "DejaVu Sans", sans-serif';

const pt = (x: number) => Math.round(((x * PX_PER_INCH) / 72) * 100) / 100;

/**
 * A theme for journal figures: white background, thin black axes, no grid,
 * 8 pt ticks and 9 pt axis titles, at one- or two-column width.
 *
 * @example
 * paperTheme({ font: "serif", width: "one-column" }).width; // => 336
 */
export function paperTheme(options: PaperThemeOptions = {}): Theme {
  const font = options.font ?? "sans";
  if (font !== "serif" && font !== "sans") throw new Error(`invalid font: ${String(font)} (use "serif" or "sans")`);
  const width = options.width ?? "two-column";
  if (width !== "one-column" && width !== "two-column") throw new Error(`invalid width: ${String(width)} (use "one-column" or "two-column")`);
  const size = options.fontSize ?? 8;
  if (!(size >= 5 && size <= 14)) throw new Error(`invalid fontSize: ${size} (use a point size in [5, 14], e.g. 8)`);
  const dpi = options.dpi ?? 300;
  if (!(dpi >= 72 && dpi <= 2400)) throw new Error(`invalid dpi: ${dpi} (use a number in [72, 2400], e.g. 300)`);
  return Object.freeze({
    name: `paper-${font}-${width}`,
    width: Math.round(COLUMN_INCHES[width] * PX_PER_INCH),
    pxPerInch: PX_PER_INCH, dpi,
    fontFamily: font === "serif" ? SERIF : SANS,
    fontSize: pt(size), axisTitleSize: pt(size + 1), titleSize: pt(size + 1),
    charWidth: font === "serif" ? 0.6 : 0.58,
    textColor: "#000000", background: "#ffffff",
    lineWidth: 0.75, lineColor: "#000000", grid: false, gridColor: "#e6e6e6",
    traceWidth: 1.25, markerSize: width === "one-column" ? 6 : 7,
    rowHeight: pt(size) * 2.1,
    margin: Object.freeze({ l: 8, r: 8, t: 8, b: 8 }),
    showTitle: true, interactive: false,
  });
}

/** Options of {@link notebookTheme}. */
export interface NotebookThemeOptions {
  /** Figure width in px. Defaults to *760*. */
  width?: number;
}

/** A theme for notebooks and the HTML report: larger type, light gridlines, hover and zoom. */
export function notebookTheme(options: NotebookThemeOptions = {}): Theme {
  const width = options.width ?? 760;
  if (!(Number.isFinite(width) && width >= 240 && width <= 4000)) throw new Error(`invalid width: ${width} (use px in [240, 4000], e.g. 760)`);
  return Object.freeze({
    name: "notebook", width: Math.round(width), pxPerInch: PX_PER_INCH, dpi: 144,
    fontFamily: SANS, fontSize: 12, axisTitleSize: 13, titleSize: 15, charWidth: 0.58,
    textColor: "#222222", background: "#ffffff",
    lineWidth: 1, lineColor: "#444444", grid: true, gridColor: "#ebebeb",
    traceWidth: 1.75, markerSize: 9, rowHeight: 26,
    margin: Object.freeze({ l: 10, r: 10, t: 10, b: 10 }),
    showTitle: true, interactive: true,
  });
}

/** The default theme of every chart: {@link paperTheme} with its defaults. */
export const DEFAULT_THEME: Theme = paperTheme();

/**
 * The whole-number scale for PNG export (render's `exportFigures({ scale })`)
 * that reaches at least the theme's dpi: ⌈dpi / 96⌉.
 *
 * @example
 * rasterScale(paperTheme()); // => 4 (300 dpi asked, 384 dpi given)
 */
export function rasterScale(theme: Theme): number {
  return Math.max(1, Math.ceil(theme.dpi / theme.pxPerInch - 1e-9));
}
