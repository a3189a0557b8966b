import { loadCorpus } from "../corpus/index";
import type { Corpus } from "../corpus/types";
import { FramediffError, formatProblem, type Problem } from "../errors";
import { corpusLexicon, loadLexicon } from "../lexicon/index";
import type { Lexicon } from "../lexicon/types";
import { parseArticle } from "../parse/index";
import { summarizeCorpus, type CorpusSummary } from "../summary/index";
import { textTable } from "./text-table";

export interface CheckOptions {
  /** Lexicon file; defaults to `lexicon.yaml` inside a folder corpus, if there is one. */
  lexicon?: string;
  json?: boolean;
  /** Treat warnings as making the corpus unusable. */
  strict?: boolean;
}

export interface CheckReport {
  readonly usable: boolean;
  readonly summary?: CorpusSummary;
  readonly warnings: readonly Problem[];
  /** Problems that make the corpus unusable (invalid articles, unreadable files). */
  readonly errors: readonly Problem[];
  /** One-line verdict. */
  readonly verdict: string;
}

/** The lexicon `check` uses: the one given, else the corpus's own (see lexicon/corpus-lexicon). */
export function defaultLexiconPath(corpusPath: string, given?: string): string | undefined {
  return given ?? corpusLexicon(corpusPath);
}

/** Loads, parses and summarises a corpus, collecting every problem rather than stopping at the first. */
export async function checkCorpus(corpusPath: string, options: CheckOptions = {}): Promise<CheckReport> {
  const errors: Problem[] = [];
  let lexicon: Lexicon | undefined;
  let corpus: Corpus | undefined;
  const lexiconPath = defaultLexiconPath(corpusPath, options.lexicon);
  try {
    if (lexiconPath) lexicon = loadLexicon(lexiconPath);
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    errors.push(...e.problems);
  }
  try {
    corpus = await loadCorpus(corpusPath, { onInvalid: "skip" });
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    errors.push(...e.problems);
  }
  if (!corpus) return { usable: false, warnings: [], errors, verdict: `NOT USABLE: ${errors.length} problem${errors.length === 1 ? "" : "s"}; fix them and run check again.` };

  for (const s of corpus.skipped) errors.push(...s.problems);
  const warnings = [...corpus.warnings];
  if (!lexiconPath) warnings.push({ code: "no-lexicon", file: corpusPath, message: "no lexicon given or found (lexicon.yaml in a corpus folder, or <name>.lexicon.yaml beside a file), so no actor, concept or frame hits are counted.", hint: "pass --lexicon FILE." });
  const summary = summarizeCorpus(corpus, corpus.articles.map((a) => parseArticle(a, lexicon)), lexicon);
  const usable = errors.length === 0 && !(options.strict && warnings.length > 0);
  const n = summary.articleCount, o = summary.outlets.length;
  let verdict: string;
  if (errors.length > 0) verdict = `NOT USABLE: ${corpus.skipped.length} invalid article${corpus.skipped.length === 1 ? "" : "s"}${errors.length > corpus.skipped.length ? " and other problems" : ""}; fix them and run check again.`;
  else if (!usable) verdict = `NOT USABLE under --strict: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}.`;
  else verdict = `usable: ${n} article${n === 1 ? "" : "s"} from ${o} outlet${o === 1 ? "" : "s"}${o < 2 ? " (a single outlet: fine for check, but comparisons need at least two)" : ""}.`;
  return { usable, summary, warnings, errors, verdict };
}

/** The human-readable report. */
export function formatCheckReport(r: CheckReport): string {
  const out: string[] = [];
  const s = r.summary;
  if (s) {
    out.push(`Corpus: ${s.path} (${s.format})`);
    out.push(s.lexicon ? `Lexicon: ${s.lexicon.file ?? s.lexicon.name} (${s.lexicon.name}, version ${s.lexicon.version})` : "Lexicon: none");
    out.push(`Articles: ${s.articleCount}   Outlets: ${s.outlets.length}   Events: ${s.events.length}`, "");
    out.push(textTable(
      ["outlet", "label", "articles", "sentences", "tokens", "words", "actor hits", "concept hits", "frame hits"],
      s.outlets.map((o) => [o.outlet, o.label, o.articles, o.sentences, o.tokens, o.words, o.hits.actor, o.hits.concept, o.hits.frame]),
    ), "");
    if (s.events.length > 1 || s.events[0]?.event !== "(none)") {
      out.push(textTable(["event", "articles", "outlets"], s.events.map((e) => [e.event, e.articles, e.outlets.join(", ")])), "");
    }
    if (s.lexiconKeys.length > 0) {
      out.push("Lexicon hits per outlet:");
      out.push(textTable(["entry", ...s.outlets.map((o) => o.outlet)], s.lexiconKeys.map((k) => [k, ...s.outlets.map((o) => o.byKey[k] ?? 0)])), "");
    }
  }
  if (r.warnings.length) out.push(`Warnings (${r.warnings.length}):`, ...r.warnings.map((w) => `  - ${formatProblem(w)}`), "");
  if (r.errors.length) out.push(`Problems (${r.errors.length}):`, ...r.errors.map((p) => `  - ${formatProblem(p)}`), "");
  out.push(r.verdict);
  return out.join("\n") + "\n";
}
