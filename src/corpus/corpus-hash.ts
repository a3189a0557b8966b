import { createHash } from "node:crypto";
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

/** JSON with object keys sorted at every level, so equal values serialise alike. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
}
