/**
 * The quote-attribution evaluation set (test/fixtures/quotes-eval, format in
 * its README.md): reading it, and running the quote extractor over it to get
 * the documents `scoreQuotes` scores. Used by bench/quotes-eval.ts and by the
 * regression test of issue 11 finding 8.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/corpus/types";
import { FramediffError } from "../src/errors";
import { loadLexicon, type Lexicon } from "../src/lexicon/index";
import { parseArticle } from "../src/parse/index";
import type { EvalDocument, GoldQuote } from "../src/quotes/evaluate";
import { quoteArticle } from "../src/quotes/quote-article";

/** One annotated document: its text (paragraphs joined by line breaks) and gold quotes. */
export interface AnnotatedDoc {
  readonly id: string;
  /** For `=== seed NNN`, the seed prefix; the text is then read from the bundled corpus. */
  readonly seed: string | null;
  readonly text: string;
  readonly gold: readonly GoldQuote[];
}

/** The fixture folder, from the source tree (ts-jest) or from build/bench/bench (compiled). */
export function evalFolder(): string {
  for (const up of [["..", "test"], ["..", "..", "..", "test"]]) {
    const dir = join(__dirname, ...up, "fixtures", "quotes-eval");
    if (existsSync(dir)) return dir;
  }
  throw new FramediffError({ code: "missing-file", file: "test/fixtures/quotes-eval", message: "evaluation set not found.", hint: "run from a framediff checkout." });
}

/** Parses one set file (`tune.txt`, `heldout.txt`, `seeds.txt`); errors name the file and line. */
export function parseEvalFile(content: string, file: string): AnnotatedDoc[] {
  const docs: { id: string; seed: string | null; paragraphs: string[]; gold: GoldQuote[]; line: number }[] = [];
  const fail = (line: number, message: string, hint: string): never => { throw new FramediffError({ code: "invalid-eval-set", file, line, message, hint }); };
  content.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/u, "");
    if (line.trim() === "" || line.startsWith("#")) return;
    const head = /^=== (seed )?(\S+)\s*$/u.exec(line);
    if (head) {
      if (docs.some((d) => d.id === head[2])) fail(i + 1, `duplicate document id "${head[2]}".`, "give every document its own id");
      docs.push({ id: head[2], seed: head[1] ? head[2] : null, paragraphs: [], gold: [], line: i + 1 });
      return;
    }
    const doc = docs[docs.length - 1];
    if (!doc) return fail(i + 1, "text before the first `=== id` line.", "start each document with `=== id`");
    if (line.startsWith("@ ")) {
      const parts = line.slice(2).split(" | ");
      if (parts.length !== 3 || parts.some((p) => p.trim() === "")) fail(i + 1, "a gold line needs three fields.", "write `@ speaker | tag | quoted text` (speaker `-` for none)");
      const speaker = parts[0].trim();
      doc.gold.push(Object.freeze({ speaker: speaker === "-" ? null : speaker, tag: parts[1].trim(), text: parts[2].trim() }));
      return;
    }
    if (doc.seed) fail(i + 1, "a seed document has no paragraphs of its own.", "give only `@` lines under `=== seed NNN`");
    if (doc.gold.length > 0) fail(i + 1, "a paragraph after the gold lines.", "put a document's paragraphs before its `@` lines");
    doc.paragraphs.push(line);
  });
  for (const d of docs) if (d.gold.length === 0) fail(d.line, `document "${d.id}" has no gold quotes.`, "add its `@` lines");
  return docs.map((d) => Object.freeze({ id: d.id, seed: d.seed, text: d.paragraphs.join("\n"), gold: Object.freeze(d.gold) }));
}

/** Runs parse + quotes on each document and pairs its gold quotes with the direct quotes found (a speaker that is no lexicon actor counts as none). */
export function extractForEval(docs: readonly AnnotatedDoc[], lexicon: Lexicon, seedText: (prefix: string) => string = bundledSeed): EvalDocument[] {
  return docs.map((d) => {
    const a: Article = { id: d.id, outlet: "eval", language: "en", originalLanguage: "unknown", translated: "unknown", meta: {}, source: { file: "quotes-eval" }, text: d.seed ? seedText(d.seed) : d.text };
    const p = quoteArticle(parseArticle(a, lexicon));
    const q = p.quotes;
    const found = q.kind.flatMap((k, i) => (k === "direct" ? [{ text: p.text.slice(q.start[i], q.end[i]), speaker: q.speakerResolved[i] ? q.speaker[i] : null }] : []));
    return { id: d.id, gold: d.gold, found };
  });
}

/** Folder of the bundled seeds (corpus/antalya-2022-03-10). */
export function bundledFolder(): string {
  return join(evalFolder(), "..", "..", "..", "corpus", "antalya-2022-03-10");
}

function bundledSeed(prefix: string): string {
  const dir = bundledFolder();
  const name = readdirSync(dir).filter((f) => f.startsWith(`${prefix}_`) && f.endsWith(".txt")).sort()[0];
  if (!name) throw new FramediffError({ code: "missing-file", file: dir, message: `no seed "${prefix}_*.txt".`, hint: "check the seed id in seeds.txt" });
  return readFileSync(join(dir, name), "utf8");
}

/** The three parts of the set, scored-ready: tuning, held-out, and the seeds (with the bundled lexicon). */
export function evalParts(): { tune: EvalDocument[]; heldout: EvalDocument[]; seeds: EvalDocument[] } {
  const dir = evalFolder();
  const read = (name: string) => parseEvalFile(readFileSync(join(dir, name), "utf8"), join("test/fixtures/quotes-eval", name));
  const lexicon = loadLexicon(join(dir, "lexicon.yaml"));
  return {
    tune: extractForEval(read("tune.txt"), lexicon),
    heldout: existsSync(join(dir, "heldout.txt")) ? extractForEval(read("heldout.txt"), lexicon) : [],
    seeds: extractForEval(read("seeds.txt"), loadLexicon(join(bundledFolder(), "lexicon.yaml"))),
  };
}
