import { renameSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { streamCorpus } from "../corpus/stream-corpus";
import { draftLexicon, draftYaml, type DraftOptions } from "../draft/index";
import { FramediffError, formatProblem } from "../errors";
import { mapOptionsOf } from "../features/compare";
import { mapCorpus } from "../profile/map-corpus";
import { terminalSafe } from "../terminal-safe";
import { createCounter, type ProgressTarget } from "./progress";
import { LEXICON_DRAFT_USAGE } from "./usage";

type Write = (s: string) => void;

/** The flags of `framediff lexicon draft` (main.ts parses them with parseCommand). */
export const LEXICON_DRAFT_FLAGS = {
  out: { type: "string" }, jobs: { type: "string" }, "min-count": { type: "string" }, "skip-invalid": { type: "boolean" },
  "date-format": { type: "string" }, "follow-symlinks": { type: "boolean" }, help: { type: "boolean", short: "h" },
} as const;

/** What parseCommand gives for LEXICON_DRAFT_FLAGS. */
export interface LexiconDraftCommand {
  readonly values: { out?: string; jobs?: string; "min-count"?: string; "skip-invalid"?: boolean; "date-format"?: string; "follow-symlinks"?: boolean };
  readonly positionals: string[];
  readonly quiet: boolean;
  usage(msg: string): number;
}

/**
 * `framediff lexicon` with anything but `draft` (or --help): one line saying
 * what to run, exit 2.
 */
export function lexiconWithoutDraft(sub: string | undefined, write: Write, writeErr: Write): number {
  if (sub === "-h" || sub === "--help") { write(LEXICON_DRAFT_USAGE); return 0; }
  writeErr(`framediff lexicon: ${sub === undefined ? "missing the subcommand" : `unknown subcommand "${terminalSafe(sub)}"`}; use framediff lexicon draft <corpus> > draft.yaml (framediff lexicon draft --help for its options)\n`);
  return 2;
}

/**
 * `framediff lexicon draft <corpus>`: a lexicon starter (issue 12). Streams
 * and maps the corpus with no lexicon (as analyze does, on `--jobs` worker
 * threads), runs the reductions the draft needs, and writes its YAML to
 * stdout or `--out FILE`; progress, the summary and errors go to stderr.
 * Exit status: 0 done, 1 on bad input, 2 on a usage error.
 */
export async function runLexiconDraft(parsed: LexiconDraftCommand, write: Write, writeErr: Write, isTTY = false): Promise<number> {
  const v = parsed.values;
  if (parsed.positionals.length !== 1) return parsed.usage(`expected one corpus path, got ${parsed.positionals.length}`);
  for (const flag of ["jobs", "min-count"] as const) {
    const s = v[flag];
    if (s !== undefined && !(Number.isInteger(Number(s)) && Number(s) >= 1)) return parsed.usage(`invalid --${flag} "${terminalSafe(s)}" (use a whole number ≥ 1)`);
  }
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs), minCount = v["min-count"] === undefined ? undefined : Number(v["min-count"]);
  const corpusPath = parsed.positionals[0];
  const err = parsed.quiet ? () => undefined : writeErr;
  try {
    const yaml = await draftOf(corpusPath, {
      jobs, skipInvalid: Boolean(v["skip-invalid"]), draft: minCount === undefined ? {} : { minCount },
      load: { ...(v["date-format"] !== undefined ? { dateFormat: v["date-format"] } : {}), followSymlinks: Boolean(v["follow-symlinks"]) },
    }, { write: err, isTTY, columns: process.stderr.columns }, writeErr, err);
    if (v.out === undefined) write(yaml);
    else {
      // whole or not at all: a reader never sees half a lexicon
      const staging = `${v.out}.${process.pid}.tmp`;
      writeFileSync(staging, yaml);
      renameSync(staging, v.out);
      err(`Wrote ${terminalSafe(v.out)}.\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    writeErr(`framediff lexicon draft: ${e.problems.map(formatProblem).join("\n  ")}\n`);
    return 1;
  }
}

interface DraftRun {
  jobs?: number;
  skipInvalid: boolean;
  draft: DraftOptions;
  load: { dateFormat?: string; followSymlinks: boolean };
}

/** Streams, maps (no lexicon) and drafts; the YAML text. Invalid articles stop it unless skipInvalid, as in analyze. */
async function draftOf(corpusPath: string, o: DraftRun, progress: ProgressTarget, writeErr: Write, info: Write): Promise<string> {
  const stream = await streamCorpus(corpusPath, o.load);
  const counter = createCounter(progress, { verb: "profiled" });
  let shown = 0;
  let mapped;
  try {
    mapped = await mapCorpus(stream.articles, undefined, mapOptionsOf({}), { jobs: o.jobs, onProgress: (n) => { counter.add(n - shown); shown = n; } });
  } finally {
    counter.done();
  }
  const corpus = stream.finish();
  const skipped = [...corpus.skipped, ...mapped.skipped];
  if (corpus.skipped.length > 0 && !o.skipInvalid) {
    throw new FramediffError([{ code: "invalid-corpus", file: corpusPath, message: `${corpus.skipped.length} invalid article${corpus.skipped.length === 1 ? "" : "s"}; no draft was written`, hint: "fix them (framediff check lists them), or pass --skip-invalid to draft from the valid articles." }, ...corpus.skipped.flatMap((s) => s.problems)]);
  }
  if (mapped.profiles.length === 0) throw new FramediffError({ code: "no-article-measured", file: corpusPath, message: "no article could be parsed and profiled, so there is nothing to draft from.", hint: "see framediff check for the corpus's problems." });
  for (const s of skipped) for (const p of s.problems) writeErr(`  skipped: ${formatProblem(p)}\n`);
  const name = `${basename(corpusPath).replace(/\.(jsonl|json|csv|tsv|txt)$/i, "") || "corpus"}-draft`;
  const draft = draftLexicon(mapped.profiles, name, o.draft);
  info(`Drafted ${draft.actors.length} actors, ${draft.labelSets.length} candidate label sets and ${draft.frames.length} generic frames from ${draft.articles} articles; every entry is marked # REVIEW.\n`);
  return draftYaml(draft);
}
