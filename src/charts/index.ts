/**
 * framediff charts: a feature result in, a plotly figure out, as plain data
 * (no DOM, no plotly import). Render with src/render (`show`, `exportFigures`).
 * Re-exports only.
 */
// types, themes, colours
export * from "./types";
export * from "./theme";
export * from "./palette";
export * from "./outlets";
// sentiment
export * from "./sentiment-outlets";
export * from "./sentiment-toward";
export * from "./sentiment-arc";
// terminology
export * from "./label-choice";
export * from "./distinctive-terms";
export * from "./distinctive-scatter";
export * from "./distinctive-paired";
// emphasis
export * from "./frame-attention";
export * from "./first-mention";
export * from "./actor-salience";
// voice and coverage
export * from "./voice";
export * from "./claim-matrix";
export * from "./omissions";
// divergence
export * from "./divergence";
export * from "./outlet-map";
// classical MDS lives in stats (pure maths); re-exported for notebooks that import it from charts
export { classicalMds, jacobiEigen, type MdsResult } from "../stats/mds";
// every chart of a comparison at once: chartComparison in src/report (the catalogue)
// building blocks
export * from "./stacked-shares";
export * from "./label-placement";
export * from "./hatch";
export * from "./heatmap";
export * from "./seriation";
export { articlesPerOutlet, foldOutlets, foldedNote, OTHER_OUTLETS } from "./outlet-limit";
