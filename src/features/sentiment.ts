export * from "./sentiment-options";
export * from "./sentiment-outlets";
export * from "./sentiment-toward";
export * from "./sentiment-arc";
