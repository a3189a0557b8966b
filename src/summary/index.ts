export * from "./summarize";
