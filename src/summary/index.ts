export * from "./types";
export * from "./keys";
export * from "./accumulate";
export * from "./summarize";
