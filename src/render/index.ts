/**
 * framediff rendering: plotly figures to a tslab notebook (`show`) or to SVG, PDF and
 * PNG files through headless Chromium (`exportFigures`). Not part of the core API:
 * import it from `framediff/dist/render/index` (or `./src/render/index` in a notebook).
 */
export * from "./types";
export * from "./show";
export * from "./show-table";
export * from "./html-table";
export * from "./csv";
export * from "./json";
export * from "./hash";
export * from "./export-figures";
export * from "./write-figure";
export * from "./chromium-path";
export * from "./check-spec";
export * from "./record";
export * from "./svg-metadata";
export * from "./pdf-info";
export * from "./png-size";
export type { HtmlDisplay } from "./display";
export { openRenderer, withRenderer, type Renderer } from "./renderer";
export { CHROMIUM_FLAGS } from "./launch";
