export * from "./types";
export * from "./context";
export * from "./options";
export { profileArticle } from "./profile-article";
