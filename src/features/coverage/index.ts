export * from "./options";
export { sentenceFeatures, bm25Vectors, dot, type SentenceFeatures, type SparseVector } from "./vectors";
export { similarPairs, groupByCohesion } from "./grouping";
export * from "./claims";
export * from "./matrix";
export * from "./omissions";
export * from "./sets";
export * from "./shared";
