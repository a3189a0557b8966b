export * from "./types";
export * from "./context";
export * from "./options";
export { profileArticle } from "./profile-article";
export { mapArticle, mapOptions, profileOrder, type MapOptions, type Mapped } from "./map-article";
export { mapArticles, mapCorpus, defaultJobs, type MapRunOptions, type MappedCorpus } from "./map-corpus";
export { countsAsVoice, voiceOptions, VOICE_DEFAULTS, type VoiceOptions, type ResolvedVoiceOptions } from "./voice-rules";
export { termCounts, termOptions, termWords, TERM_DEFAULTS, type TermOptions, type TermWord } from "./terms";
