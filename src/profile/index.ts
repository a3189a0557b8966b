export * from "./types";
export * from "./context";
export * from "./options";
export { profileArticle } from "./profile-article";
export { mapArticle, mapOptions, profileOrder, type MapOptions, type Mapped } from "./map-article";
export { mapArticles, mapCorpus, defaultJobs, type MapRunOptions, type MappedCorpus } from "./map-corpus";
