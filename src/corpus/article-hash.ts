import { createHash } from "node:crypto";
import { canonicalJson } from "../util/canonical-json";
import type { Article } from "./types";

/**
 * A content hash of one article: sha256 of its fields (not where it was read
 * from) as canonical JSON, as `corpusHash` hashes each article. Everything the
 * map reads is in it — text, title, outlet, event, date, meta — so two
 * articles with the same hash have the same profile under the same lexicon,
 * options and profile version: the profile store's cache key.
 */
export function articleHash(article: Article): string {
  const { source: _source, ...rest } = article;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}
