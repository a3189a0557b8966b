export * from "./types";
export { DRAFT_DEFAULTS, draftOptions } from "./options";
export { draftActors } from "./actors";
export { draftLabelSets } from "./label-sets";
export { termContexts, contextIn, type TermContexts } from "./term-context";
export { GENERIC_FRAMES } from "./generic-frames";
export { draftLexicon } from "./draft-lexicon";
export { draftYaml, REVIEW } from "./write-yaml";
export { yamlString, commentText } from "./yaml-text";
