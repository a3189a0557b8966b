import type { ReportingStance } from "./types";

/**
 * Reporting verbs by wink-nlp lemma, with the stance each lends to what it
 * reports (after the attribution-verb literature in media studies, e.g. Bell
 * 1991, *The Language of News Media*, ch. 10; Caldas-Coulthard 1994):
 *
 * - neutral: the verb only reports (said, told, added, noted, stated, asked, and
 *   the phrase "according to");
 * - assertive: the verb vouches for the content (stressed, insisted, emphasized,
 *   assured, reassured, confirmed);
 * - distancing: the verb casts doubt on it (claimed, alleged, accused, purported).
 *
 * A token counts only when wink tags it VERB, so "claims" in "Russia's claims
 * that …" and "alleged" in "alleged crimes" do not. "according to" is matched as
 * a phrase under the key `according to`. Pass your own table as the extractor's
 * `reportingVerbs` option to change it (the lexicon has no such section yet).
 */
export const REPORTING_VERBS: Readonly<Record<string, ReportingStance>> = Object.freeze({
  // neutral
  say: "neutral", tell: "neutral", add: "neutral", note: "neutral", state: "neutral", ask: "neutral", "according to": "neutral",
  explain: "neutral", reply: "neutral", respond: "neutral", answer: "neutral", report: "neutral", announce: "neutral",
  repeat: "neutral", comment: "neutral", remark: "neutral", suggest: "neutral", mention: "neutral", write: "neutral", recall: "neutral",
  // assertive
  stress: "assertive", insist: "assertive", emphasize: "assertive", emphasise: "assertive", assure: "assertive", reassure: "assertive",
  confirm: "assertive", underline: "assertive", underscore: "assertive", affirm: "assertive",
  // distancing
  claim: "distancing", allege: "distancing", accuse: "distancing", purport: "distancing",
});

export const STANCES: readonly ReportingStance[] = ["neutral", "assertive", "distancing"];
