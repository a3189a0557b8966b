import type { ReportingStance } from "./types";
import { REPORTING_VERBS, STANCES } from "./verbs";

/** Options of the quote extractor (`quoteArticle`; `CompareOptions.quotes`). */
export interface QuoteOptions {
  /** Reporting verbs by lemma (lower case) with their stance; the key `according to` enables that phrase. Defaults to *REPORTING_VERBS*. */
  reportingVerbs?: Readonly<Record<string, ReportingStance>>;
  /**
   * A quoted span with fewer words than this is a scare quote unless an
   * attribution sits right next to it (`"No," he said` stays direct) or it
   * continues an attributed quote. Defaults to *4*: labels in quote marks run to
   * one–three words ("Azov", "on the table", "special military operation"),
   * while a partial quote of four words ("put outside the door") is already a
   * clause someone said.
   */
  minQuoteWords?: number;
  /**
   * Canonical names of the lexicon actors that are people: only they take
   * "he" / "she" and role nouns ("the minister"). Defaults to *null*: a name of
   * two to four capitalised words with no organisation word (Ministry, Union,
   * Forces, Republic, Council, …) and no acronym is a person (see `isPersonName`).
   */
  personActors?: readonly string[] | null;
  /**
   * How many sentences before an attribution a pronoun or role noun may look
   * for its actor. Defaults to *10*: news prose re-names a speaker well within
   * that; an actor further back is a guess, and the quote stays `unresolved`.
   */
  antecedentSentences?: number;
}

export type ResolvedQuoteOptions = Required<QuoteOptions>;

export const QUOTE_DEFAULTS: ResolvedQuoteOptions = Object.freeze({ reportingVerbs: REPORTING_VERBS, minQuoteWords: 4, personActors: null, antecedentSentences: 10 });

/** Fills in defaults and checks values, with a message naming the option. */
export function quoteOptions(options: QuoteOptions = {}): ResolvedQuoteOptions {
  const o = { ...QUOTE_DEFAULTS, ...options };
  if (!Number.isInteger(o.minQuoteWords) || o.minQuoteWords < 1) throw new Error(`invalid minQuoteWords: ${o.minQuoteWords} (use a whole number ≥ 1)`);
  if (!Number.isInteger(o.antecedentSentences) || o.antecedentSentences < 0) throw new Error(`invalid antecedentSentences: ${o.antecedentSentences} (use a whole number ≥ 0)`);
  if (o.reportingVerbs === null || typeof o.reportingVerbs !== "object") throw new Error(`invalid reportingVerbs: ${String(o.reportingVerbs)} (use an object of lemma → stance)`);
  for (const [lemma, stance] of Object.entries(o.reportingVerbs)) {
    if (!STANCES.includes(stance)) throw new Error(`invalid reportingVerbs stance for "${lemma}": ${String(stance)} (use ${STANCES.join(", ")})`);
    if (lemma !== lemma.toLowerCase()) throw new Error(`invalid reportingVerbs lemma: "${lemma}" (use lower case, as wink lemmas are)`);
  }
  if (o.personActors !== null && !(Array.isArray(o.personActors) && o.personActors.every((a) => typeof a === "string"))) {
    throw new Error(`invalid personActors: ${String(o.personActors)} (use an array of canonical actor names, or null)`);
  }
  // copies, so freezing the parse never freezes the caller's objects
  return { minQuoteWords: o.minQuoteWords, antecedentSentences: o.antecedentSentences, reportingVerbs: Object.freeze({ ...o.reportingVerbs }), personActors: o.personActors === null ? null : Object.freeze([...o.personActors]) };
}
