/** Tables: feature results as flat tables, CSV, LaTeX (booktabs) and danfojs DataFrames. Re-exports only. */
export * from "./flat-table";
export * from "./flatten";
export * from "./column-docs";
export { intervalDocs, idsDoc } from "../features/column-docs-types";
export * from "./column-types";
export * from "./number-format";
export * from "./precision";
export * from "./csv";
export * from "./latex-escape";
export * from "./latex-columns";
export * from "./latex";
export * from "./dataframe";
export * from "./column-schema";
export * from "./export-table";
export * from "./written-columns";
export * from "./codebook";
