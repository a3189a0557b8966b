import { createCorpusChecks, type CorpusFindings } from "../corpus/corpus-checks";
import { openCorpusSource } from "../corpus/openCorpusSource";
import type { Source } from "../corpus/source";
import { compareCodeUnits } from "../util/compare";
import { resolveOptions } from "../corpus/options";
import type { Article, LoadOptions } from "../corpus/types";
import { FramediffError, formatProblem, type Problem, type Warning } from "../errors";
import { corpusLexicon, loadLexicon } from "../lexicon/index";
import type { Lexicon } from "../lexicon/types";
import { parseArticle } from "../parse/index";
import { addArticle, createSummary, finishSummary, type CorpusSummary } from "../summary/index";
import { createCounter, type ProgressTarget } from "./progress";
import { textTable } from "./text-table";
import { terminalSafe } from "../terminal-safe";

export interface CheckOptions {
  /** Lexicon file; defaults to `lexicon.yaml` inside a folder corpus, if there is one. */
  lexicon?: string;
  json?: boolean;
  /** Treat warnings as making the corpus unusable. */
  strict?: boolean;
  /** Where to show a running count of checked articles (stderr in the CLI); defaults to nowhere. */
  progress?: ProgressTarget;
  /** How to read the corpus (symlinks, date format); invalid articles are always listed, never thrown. */
  load?: Omit<LoadOptions, "onInvalid">;
}

/** What check learnt of how the corpus was read: field names, event titles and outlet groups, each when present. */
export interface CheckReading {
  /** Framediff field → the column it was read from, where not its own name. */
  readonly fieldMap?: Readonly<Record<string, string>>;
  /** What the source was recognised as (e.g. "a Media Cloud export"). */
  readonly recognised?: string;
  /** Event titles by event id. */
  readonly eventTitles?: Readonly<Record<string, string>>;
  /** The field groups were read from, when not `group`. */
  readonly groupBy?: string;
  /** Each outlet group with its outlets (ids), groups in code-unit order. */
  readonly groups?: readonly { readonly group: string; readonly outlets: readonly string[] }[];
}

export interface CheckReport {
  readonly usable: boolean;
  /** How the corpus was read, when anything is to be said (mapped fields, event titles, groups). */
  readonly reading?: CheckReading;
  /** Counts per outlet and event; `articles` is empty (check keeps no per-article rows, so its memory is flat; `summarizeCorpus` has them). */
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** An article the parser threw on: reported like an invalid one, so one bad text cannot stop a check. */
function parseFailure(a: Article, e: unknown): Problem {
  return {
    code: "parse-failed", file: a.source.file, ...(a.source.line !== undefined ? { line: a.source.line } : {}), articleId: a.id,
    message: `the text could not be parsed: ${e instanceof Error ? e.message : String(e)}.`,
    hint: "report this as a framediff bug with the article's text; meanwhile remove the article.",
  };
}

/** What one pass over the corpus found. `fatal` is set when reading stopped early (e.g. a malformed JSONL line). */
interface Scan {
  readonly warnings: Warning[];
  /** Problems of invalid articles, in source order. */
  readonly problems: Problem[];
  invalid: number;
  summary?: CorpusSummary;
  findings?: CorpusFindings;
  fatal?: readonly Problem[];
  source?: Pick<Source, "fieldMap" | "recognised" | "groupBy">;
}

/**
 * Streams the corpus once: each item goes through the corpus checks, each valid
 * article is parsed, counted into the summary and dropped. Holds no article and
 * no parse, only ids (for duplicates), outlets, events and one count row per article.
 */
async function scanCorpus(corpusPath: string, lexicon: Lexicon | undefined, options: CheckOptions): Promise<Scan> {
  const scan: Scan = { warnings: [], problems: [], invalid: 0 };
  const counter = options.progress ? createCounter(options.progress, { verb: "checked" }) : undefined;
  try {
    const source = await openCorpusSource(corpusPath, resolveOptions({ ...options.load, onInvalid: "skip" }));
    scan.source = source;
    for (const w of source.warnings) scan.warnings.push(w);
    const checks = createCorpusChecks(corpusPath, source);
    // no per-article rows: check's memory must not grow with the corpus (issue 8 finding 4)
    const acc = createSummary({ path: corpusPath, format: source.format, keepArticles: false, ...(lexicon ? { lexicon } : {}) });
    for await (const item of source.items) {
      counter?.add();
      const c = checks.add(item);
      if (c.skipped) {
        scan.invalid++;
        for (const p of c.skipped.problems) scan.problems.push(p);
        continue;
      }
      for (const w of c.warnings) scan.warnings.push(w);
      let parsed;
      try {
        parsed = parseArticle(c.article, lexicon);
      } catch (e) {
        scan.invalid++;
        scan.problems.push(parseFailure(c.article, e));
        continue;
      }
      addArticle(acc, c.article, parsed);
    }
    scan.findings = checks.finish();
    if (!scan.findings.empty) scan.summary = finishSummary(acc, scan.findings.outlets);
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    scan.fatal = e.problems;
  } finally {
    counter?.done();
  }
  return scan;
}

/**
 * Reads, parses and summarises a corpus in one streaming pass (memory does not
 * grow with text size), collecting every problem rather than stopping at the first.
 */
export async function checkCorpus(corpusPath: string, options: CheckOptions = {}): Promise<CheckReport> {
  const errors: Problem[] = [];
  let lexicon: Lexicon | undefined;
  const lexiconPath = defaultLexiconPath(corpusPath, options.lexicon);
  try {
    if (lexiconPath) lexicon = loadLexicon(lexiconPath);
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    for (const p of e.problems) errors.push(p);
  }
  const scan = await scanCorpus(corpusPath, lexicon, options);
  const { findings, summary } = scan;
  if (scan.fatal || !findings || !summary) {
    // unreadable, cut short or empty: no summary, but every problem found on the way
    if (findings?.empty) errors.push(findings.empty);
    for (const p of scan.problems) errors.push(p);
    for (const p of scan.fatal ?? []) errors.push(p);
    return { usable: false, warnings: scan.warnings, errors, verdict: `NOT USABLE: ${plural(errors.length, "problem")}; fix them and run check again.` };
  }

  for (const p of scan.problems) errors.push(p);
  const warnings = scan.warnings;
  for (const w of findings.warnings) warnings.push(w);
  if (!lexiconPath) warnings.push({ code: "no-lexicon", file: corpusPath, message: "no lexicon given or found (lexicon.yaml in a corpus folder, or <name>.lexicon.yaml beside a file), so no actor, concept or frame hits are counted.", hint: "pass --lexicon FILE." });
  const usable = errors.length === 0 && !(options.strict && warnings.length > 0);
  const n = summary.articleCount, o = summary.outlets.length;
  let verdict: string;
  if (errors.length > 0) verdict = `NOT USABLE: ${plural(scan.invalid, "invalid article")}${errors.length > scan.invalid ? " and other problems" : ""}; fix them and run check again.`;
  else if (!usable) verdict = `NOT USABLE under --strict: ${plural(warnings.length, "warning")}.`;
  else verdict = `usable: ${plural(n, "article")} from ${plural(o, "outlet")}${o < 2 ? " (a single outlet: fine for check, but comparisons need at least two)" : ""}.`;
  const reading = readingOf(scan.source, findings);
  return { usable, ...(reading ? { reading } : {}), summary, warnings, errors, verdict };
}

/** The CheckReading of a scan, or undefined when the corpus used none of it. */
function readingOf(source: Scan["source"], findings: CorpusFindings): CheckReading | undefined {
  const byGroup = new Map<string, string[]>();
  for (const o of findings.outlets) {
    if (o.group === undefined) continue;
    const list = byGroup.get(o.group);
    if (list) list.push(o.id); else byGroup.set(o.group, [o.id]);
  }
  const groups = [...byGroup.keys()].sort(compareCodeUnits).map((group) => ({ group, outlets: byGroup.get(group)! }));
  const reading: CheckReading = {
    ...(source?.fieldMap ? { fieldMap: source.fieldMap } : {}),
    ...(source?.recognised ? { recognised: source.recognised } : {}),
    ...(findings.eventTitles ? { eventTitles: findings.eventTitles } : {}),
    ...(source?.groupBy !== undefined ? { groupBy: source.groupBy } : {}),
    ...(groups.length > 0 ? { groups } : {}),
  };
  return Object.keys(reading).length > 0 ? reading : undefined;
}

/** The lines saying how the corpus was read: mapped fields, event titles, groups. */
function readingLines(r: CheckReading | undefined): string[] {
  if (!r) return [];
  const out: string[] = [];
  if (r.fieldMap) {
    const pairs = Object.entries(r.fieldMap).map(([field, column]) => `${field} ← ${column}`).join(", ");
    out.push(terminalSafe(`Fields: ${pairs}${r.recognised ? ` (recognised ${r.recognised})` : ""}`));
  }
  if (r.eventTitles) out.push(`Event titles: ${Object.keys(r.eventTitles).length}`);
  if (r.groups) {
    const shown = r.groups.map((g) => `${g.group} (${g.outlets.length} outlet${g.outlets.length === 1 ? "" : "s"})`).join(", ");
    out.push(terminalSafe(`Groups${r.groupBy !== undefined ? ` (by ${r.groupBy})` : ""}: ${r.groups.length}: ${shown}`));
  } else if (r.groupBy !== undefined) out.push(terminalSafe(`Groups (by ${r.groupBy}): none`));
  return out;
}

/** The human-readable report. */
export function formatCheckReport(r: CheckReport): string {
  const out: string[] = [];
  const s = r.summary;
  if (s) {
    out.push(`Corpus: ${terminalSafe(s.path)} (${s.format})`);
    out.push(s.lexicon ? terminalSafe(`Lexicon: ${s.lexicon.file ?? s.lexicon.name} (${s.lexicon.name}, version ${s.lexicon.version})`) : "Lexicon: none");
    out.push(`Articles: ${s.articleCount}   Outlets: ${s.outlets.length}   Events: ${s.events.length}`);
    for (const line of readingLines(r.reading)) out.push(line);
    out.push("");
    out.push(textTable(
      ["outlet", "label", "articles", "sentences", "tokens", "words", "actor hits", "concept hits", "frame hits"],
      s.outlets.map((o) => [o.outlet, o.label, o.articles, o.sentences, o.tokens, o.words, o.hits.actor, o.hits.concept, o.hits.frame]),
    ), "");
    if (s.events.length > 1 || s.events[0]?.event !== "(none)") {
      const titles = r.reading?.eventTitles;
      out.push(titles
        ? textTable(["event", "title", "articles", "outlets"], s.events.map((e) => [e.event, Object.hasOwn(titles, e.event) ? titles[e.event] : "", e.articles, e.outlets.join(", ")]))
        : textTable(["event", "articles", "outlets"], s.events.map((e) => [e.event, e.articles, e.outlets.join(", ")])), "");
    }
    if (s.lexiconKeys.length > 0) {
      out.push("Lexicon hits per outlet:");
      out.push(textTable(["entry", ...s.outlets.map((o) => o.outlet)], s.lexiconKeys.map((k) => [k, ...s.outlets.map((o) => o.byKey[k] ?? 0)])), "");
    }
  }
  // one line per problem, however many (a corpus can have tens of thousands of invalid articles)
  const list = (title: string, problems: readonly Problem[]) => {
    if (problems.length === 0) return;
    out.push(`${title} (${problems.length}):`);
    for (const p of problems) out.push(`  - ${formatProblem(p)}`);
    out.push("");
  };
  list("Warnings", r.warnings);
  list("Problems", r.errors);
  out.push(r.verdict);
  return out.join("\n") + "\n";
}
