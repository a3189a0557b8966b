export * from "./divergence";
export { divergenceMatrix } from "./combined";
export type { DivergenceFamily } from "./measures";
export { indexDivergence, type DivergenceIndex } from "./lookup";
