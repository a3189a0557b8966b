/** Voice features: who is quoted, how much, directly or in reported speech, with which reporting verbs. Re-exports only. */
export * from "./options";
export * from "./quotes";
export * from "./speakers";
export * from "./outlets";
