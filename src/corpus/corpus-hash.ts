import { createHash } from "node:crypto";
import { canonicalJson } from "../util/canonical-json";
import type { Corpus } from "./types";

/**
 * A content hash of a corpus for provenance: sha256 over the articles' fields
 * (not where they were read from), in corpus order, as canonical JSON with
 * sorted keys. The same articles loaded from a folder, JSONL or CSV hash alike.
 */
export function corpusHash(corpus: Pick<Corpus, "articles">): string {
  const h = createHash("sha256");
  for (const a of corpus.articles) {
    const { source: _source, ...rest } = a;
    h.update(canonicalJson(rest));
    h.update("\n");
  }
  return h.digest("hex");
}
