export * from "./coverage-options";
export { sentenceFeatures, bm25Vectors, dot, type SentenceFeatures, type SparseVector } from "./coverage-vectors";
export { similarPairs, groupByCohesion } from "./coverage-grouping";
export * from "./coverage-claims";
export * from "./coverage-matrix";
export * from "./coverage-omissions";
export * from "./coverage-sets";
export * from "./coverage-shared";
