import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";
import type { ParsedArticle } from "../../parse/types";
import { isTerm, termWords } from "../terminology/term-counts";
import { compareCodeUnits } from "../../util/compare";

/** The features of one sentence, for claim alignment. */
export interface SentenceFeatures {
  /** Lemmas and mention features in text order, repeats kept (BM25 counts them). */
  readonly features: readonly string[];
  /** Features that are words or mentions (numbers are not content words). */
  readonly contentWords: number;
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
  const t = p.tokens, m = p.mentions;
  const n = p.sentences.text.length;
  const placed: [number, string][][] = Array.from({ length: n }, () => []);
  const content = new Array<number>(n).fill(0);
  const covered = new Uint8Array(t.value.length);
  for (let k = 0; k < m.kind.length; k++) {
    if (m.kind[k] === "frame") continue;
    const s = m.sentence[k];
    if (!(s >= 0 && s < n)) continue;
    for (let i = p.sentences.tokenStart[s]; i < p.sentences.tokenEnd[s]; i++) {
      if (t.start[i] < m.end[k] && t.end[i] > m.start[k]) covered[i] = 1;
    }
    placed[s].push([m.start[k], `${m.kind[k]}:${m.key[k]}`]);
    content[s]++;
  }
  for (const w of termWords(p, "lemma")) {
    if (w.sentence < 0 || w.sentence >= n || !isTerm(w, { keepStopWords: false, keepNumbers }) || NEGATED_AUXILIARY.test(w.form)) continue;
    let hit = false;
    for (let i = w.first; i <= w.last && !hit; i++) hit = covered[i] === 1;
    if (hit) continue;
    placed[w.sentence].push([t.start[w.first], w.form]);
    if (w.type !== "number") content[w.sentence]++;
  }
  return placed.map((f, s) => ({
    features: f.sort((a, b) => a[0] - b[0] || compareCodeUnits(a[1], b[1])).map((x) => x[1]),
    contentWords: content[s],
  }));
}

// "don’t", "didn't": termWords joins wink's "do" + "n’t" back into one word, which is no stop word; it is one in all but name.
const NEGATED_AUXILIARY = /n['’]t$/;

/** A sparse vector: feature → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * BM25 weights of each document (here: each sentence), scaled to unit length
 * so that a dot product is the cosine. Weights come from wink-nlp's
 * `bm25-vectorizer` (Robertson & Zaragoza 2009, "The Probabilistic Relevance
 * Framework: BM25 and Beyond"): for a feature t of document d,
 *
 *   idf(t) = ln(1 + (N − n_t + 0.5) / (n_t + 0.5))                  (eq. 3.3, +1 so idf > 0)
 *   w(t,d) = idf(t) · (k1 + 1)·tf / (k1·(1 − b + b·|d|/avgdl) + tf)  (eq. 3.15, §3.5.1)
 *
 * N = documents, n_t = documents containing t, tf = count of t in d, |d| =
 * features in d, avgdl = mean |d|. wink rounds weights to 6 decimals; the
 * vectors are then rescaled to exact unit length. Empty input gives [];
 * a document with no features gives an empty vector.
 *
 * @example
 * bm25Vectors([["a", "b"], ["a"]])[1]; // Map { "a" => 1 }
 */
export function bm25Vectors(docs: readonly (readonly string[])[], k1 = 1.2, b = 0.75): Map<string, number>[] {
  if (docs.length === 0) return [];
  const v = bm25Vectorizer({ k: 1, k1, b, norm: "l2" });
  for (const d of docs) v.learn([...d]);
  return docs.map((d) => {
    const bow = d.length === 0 ? {} : v.bowOf([...d]);
    const keys = Object.keys(bow).sort();
    let norm = 0;
    for (const k of keys) norm += bow[k] * bow[k];
    norm = Math.sqrt(norm);
    return new Map(norm > 0 ? keys.map((k) => [k, bow[k] / norm] as [string, number]) : []);
  });
}

/** Dot product of two sparse vectors (the cosine when both have unit length; 0 when either is empty). */
export function dot(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}
