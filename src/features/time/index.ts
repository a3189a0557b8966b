export * from "./options";
export * from "./calendar";
export * from "./article-date";
export * from "./periods";
export * from "./article-mentions";
export * from "./attention";
