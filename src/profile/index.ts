export * from "./types";
export * from "./context";
export { profileArticle } from "./profile-article";
