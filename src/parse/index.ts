export * from "./types";
export { parseArticle } from "./parse-article";
export { placeHeadline } from "./headline";
export { withLineBreakBoundaries } from "./line-breaks";
