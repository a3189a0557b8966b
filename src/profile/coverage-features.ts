import type { ParsedArticle } from "../parse/types";
import { compareCodeUnits } from "../util/compare";
import { isTerm, termWordsOf } from "./terms";

/** The features of one sentence, for claim alignment. */
export interface SentenceFeatures {
  /** Lemmas and mention features in text order, repeats kept (BM25 counts them). */
  readonly features: readonly string[];
  /** Features that are words or mentions (numbers are not content words). */
  readonly contentWords: number;
}

/** One feature of a sentence and whether it is a number (numbers are features only with `keepNumbers`, and never content words). */
export interface SentenceFeature {
  readonly form: string;
  readonly number: boolean;
}

/**
 * Each sentence of an article as a bag of features: the lemmas term counting
 * keeps (`termWords` + `isTerm`: no stop words, punctuation, URLs or possessive
 * clitics; words wink split at non-Latin-1 letters rejoined; negated
 * auxiliaries such as "don’t" dropped as stop words), except that the
 * tokens a lexicon actor or concept mention covers are replaced by one
 * feature, `actor:<canonical name>` or `concept:<concept id>`. So "Kiev" and
 * "Kyiv" are both `concept:capital`, "Dmitry Kuleba" and "Dmytro Kuleba"
 * both `actor:Dmytro Kuleba`. Frame cues stay words: a frame is a theme, and
 * mapping "killed" and "children" to one feature would make unrelated
 * sentences alike.
 *
 * @example
 * sentenceFeatures(parsed)[2].features; // ["actor:Dmytro Kuleba", "say", "conversation", "actor:Sergey Lavrov", ...]
 */
export function sentenceFeatures(p: ParsedArticle, keepNumbers = true): SentenceFeatures[] {
  return sentenceFeatureLists(p).map((list) => ({
    features: list.filter((f) => keepNumbers || !f.number).map((f) => f.form),
    contentWords: list.reduce((n, f) => n + (f.number ? 0 : 1), 0),
  }));
}

/**
 * `sentenceFeatures` with numbers kept and flagged, so that `keepNumbers`
 * can apply later (at the reduce): dropping the flagged features gives
 * `sentenceFeatures(p, false)`, since the order is by text position either way.
 */
export function sentenceFeatureLists(p: ParsedArticle): SentenceFeature[][] {
  const t = p.tokens, m = p.mentions;
  const n = p.sentences.text.length;
  const placed: [number, string, boolean][][] = Array.from({ length: n }, () => []);
  const covered = new Uint8Array(t.value.length);
  for (let k = 0; k < m.kind.length; k++) {
    if (m.kind[k] === "frame") continue;
    const s = m.sentence[k];
    if (!(s >= 0 && s < n)) continue;
    for (let i = p.sentences.tokenStart[s]; i < p.sentences.tokenEnd[s]; i++) {
      if (t.start[i] < m.end[k] && t.end[i] > m.start[k]) covered[i] = 1;
    }
    placed[s].push([m.start[k], `${m.kind[k]}:${m.key[k]}`, false]);
  }
  for (const w of termWordsOf(p, "lemma")) {
    if (w.sentence < 0 || w.sentence >= n || !isTerm(w, { keepStopWords: false, keepNumbers: true }) || NEGATED_AUXILIARY.test(w.form)) continue;
    let hit = false;
    for (let i = w.first; i <= w.last && !hit; i++) hit = covered[i] === 1;
    if (hit) continue;
    placed[w.sentence].push([t.start[w.first], w.form, w.type === "number"]);
  }
  return placed.map((f) => f.sort((a, b) => a[0] - b[0] || compareCodeUnits(a[1], b[1])).map((x) => ({ form: x[1], number: x[2] })));
}

// "don’t", "didn't": termWords joins wink's "do" + "n’t" back into one word, which is no stop word; it is one in all but name.
const NEGATED_AUXILIARY = /n['’]t$/;
