export * from "./result";
export * from "./groups";
export * from "./term-counts";
export * from "./sentiment";
export * from "./terminology";
export * from "./divergence";
export { divergenceMatrix } from "./divergence-combined";
export type { DivergenceFamily } from "./divergence-measures";
export * from "./compare";
