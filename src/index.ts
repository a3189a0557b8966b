/**
 * framediff core API: corpus → parse → quotes → profiles (the map) → feature results (the reduce).
 * Tables, charts, rendering and the one-call export (exportAll) are re-exported below
 * for notebooks and scripts; they also keep their own entry points.
 */
export * from "./errors";
export * from "./corpus/index";
export * from "./lexicon/index";
export * from "./parse/index";
export * from "./quotes/index";
export * from "./profile/index";
export * from "./summary/index";
export * from "./features/index";
/** Statistical building blocks (RNG, JSD, log-odds, G², bootstrap, permutation), as a namespace. */
export * as stats from "./stats/index";
// Tables, charts, rendering and the one-call export, so a notebook (or a script) needs
// nothing but `import { … } from "framediff"`. Loading these pulls in no browser:
// Chromium starts only when a figure is exported.
export * from "./tables/index";
export * from "./charts/index";
export * from "./render/index";
export { exportAll, type Exportable, type ExportAllOptions, type ExportAllReport } from "./report/export-all";
// Names two of those modules share: a table cell may be boolean, a chart's may not.
export type { Cell } from "./tables/index";
export type { Cell as ChartCell } from "./charts/index";
export type { ExportOptions } from "./tables/index";
export type { ExportOptions as FigureExportOptions } from "./render/index";
