/**
 * The baseline every speed figure is a ratio to: wink-nlp's raw `readDoc` on
 * the same texts framediff reads (title placed as parseArticle places it), in
 * the same run. Nothing else is done with the doc but count its tokens.
 *
 *   node build/bench/bench/raw-parse.js CORPUS.jsonl   (prints one JSON line)
 */
import { readArticles } from "../src/corpus/index";
import { placeHeadline } from "../src/parse/headline";
import { nlp } from "../src/parse/nlp";

/** Seconds spent in `readDoc` (model load excluded), documents and tokens read. */
export interface RawParse { seconds: number; docs: number; tokens: number }

/** The text parseArticle hands to wink for an article: the title placed, then the body. */
export function analysedText(article: { title?: string; text: string }): string {
  return placeHeadline(article.title, article.text).analysedText;
}

/** Times `readDoc` on each text, one after another. */
export function rawParse(texts: Iterable<string>): RawParse {
  const reader = nlp();
  let ns = 0n, docs = 0, tokens = 0;
  for (const text of texts) {
    const t0 = process.hrtime.bigint();
    const doc = reader.readDoc(text);
    ns += process.hrtime.bigint() - t0;
    docs++;
    tokens += doc.tokens().length();
  }
  return { seconds: Number(ns) / 1e9, docs, tokens };
}

/** rawParse over a corpus file, streamed (invalid articles are left out, as check leaves them out of its counts). */
export async function rawParseFile(path: string): Promise<RawParse> {
  const total: RawParse = { seconds: 0, docs: 0, tokens: 0 };
  for await (const item of readArticles(path, { onInvalid: "skip" })) {
    if (!item.article) continue;
    const r = rawParse([analysedText(item.article)]);
    total.seconds += r.seconds; total.docs += r.docs; total.tokens += r.tokens;
  }
  return total;
}

if (require.main === module) {
  const path = process.argv[2];
  if (!path) { console.error("usage: raw-parse CORPUS"); process.exit(2); }
  rawParseFile(path).then((r) => { console.log(JSON.stringify(r)); }, (e: unknown) => { console.error(`raw-parse: ${(e as Error).message}`); process.exitCode = 1; });
}
