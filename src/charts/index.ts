/** framediff charts: feature result in, plotly figure out (pure data). Re-exports only. */
export * from "./types";
export * from "./theme";
export * from "./palette";
export * from "./outlets";
export * from "./sentiment-outlets";
export * from "./sentiment-toward";
export * from "./sentiment-arc";
export * from "./label-choice";
export * from "./distinctive-terms";
export * from "./label-placement";
export * from "./distinctive-scatter";
export * from "./frame-attention";
export * from "./first-mention";
export * from "./actor-salience";
export * from "./divergence";
export * from "./mds";
