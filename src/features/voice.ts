/** Voice features: who is quoted, how much, directly or in reported speech, with which reporting verbs. Re-exports only. */
export * from "./voice-options";
export * from "./voice-quotes";
export * from "./voice-speakers";
export * from "./voice-outlets";
