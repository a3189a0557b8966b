import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";

// Sentence features read the parse, so they are made by the map; re-exported for their old importers.
export { sentenceFeatures, type SentenceFeatures } from "../../profile/coverage-features";

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
