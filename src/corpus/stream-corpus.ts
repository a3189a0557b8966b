import { createHash } from "node:crypto";
import type { Warning } from "../errors";
import { corpusFindings } from "./assemble";
import { canonicalJson } from "../util/canonical-json";
import { createCorpusChecks } from "./corpus-checks";
import { openCorpusSource } from "./openCorpusSource";
import { resolveOptions } from "./options";
import type { Article, Corpus, LoadOptions, SkippedArticle } from "./types";

/** What a streamed corpus is, known once its last article has been read: a `Corpus` without the articles. */
export interface StreamedCorpus extends Omit<Corpus, "articles"> {
  /** Valid articles read (each was yielded once). */
  readonly articleCount: number;
  /** `corpusHash` of the valid articles, computed as they passed. */
  readonly hash: string;
}

export interface CorpusStream {
  readonly path: string;
  readonly format: Corpus["format"];
  /** The valid articles, in source order, each once; read it once. */
  readonly articles: AsyncIterable<Article>;
  /** The corpus's findings; call after `articles` is done. Throws, as `loadCorpus` does, when no valid article was read. */
  finish(): StreamedCorpus;
}

/**
 * `loadCorpus` for corpora too large to hold: the same checks, warnings,
 * outlets, skipped articles and content hash (see corpusHash), but the
 * articles are yielded one at a time and kept nowhere. Invalid articles are
 * skipped and listed (the `onInvalid: "skip"` of loadCorpus).
 *
 * @example
 * const stream = await streamCorpus("big.jsonl");
 * for await (const a of stream.articles) map(a);
 * const { outlets, warnings, skipped, hash } = stream.finish();
 */
export async function streamCorpus(path: string, options?: Omit<LoadOptions, "onInvalid">): Promise<CorpusStream> {
  const resolved = resolveOptions({ ...options, onInvalid: "skip" });
  const source = await openCorpusSource(path, resolved);
  const checks = createCorpusChecks(path, source);
  const warnings: Warning[] = source.warnings.slice();
  const skipped: SkippedArticle[] = [];
  const hash = createHash("sha256");
  let articleCount = 0, finished = false;
  async function* articles(): AsyncGenerator<Article> {
    for await (const item of source.items) {
      const c = checks.add(item);
      if (c.skipped) { skipped.push(c.skipped); continue; }
      for (const w of c.warnings) warnings.push(w);
      const { source: _where, ...fields } = c.article;
      hash.update(canonicalJson(fields));
      hash.update("\n");
      articleCount++;
      yield c.article;
    }
    finished = true;
  }
  return {
    path, format: source.format, articles: articles(),
    finish() {
      if (!finished) throw new Error("streamCorpus: finish() called before every article was read");
      return Object.freeze({ ...corpusFindings(path, source, checks.finish(), warnings, skipped), articleCount, hash: hash.digest("hex") });
    },
  };
}
