/**
 * framediff report: the catalogue of result kinds, and what is derived from
 * it — the tables of a comparison, every chart of it, the report's sections
 * and the one-page HTML report. Re-exports only.
 */
export * from "./catalogue";
export * from "./tables-of";
export * from "./charts-of";
export * from "./analysis-sections";
export * from "./report-html";
export * from "./pick";
