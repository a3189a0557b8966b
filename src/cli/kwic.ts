import { FramediffError, formatProblem } from "../errors";
import { finderOf, kwic } from "../kwic/kwic";
import type { KwicLine, KwicSample } from "../kwic/types";
import { toCsv } from "../tables/csv";
import { terminalSafe } from "../terminal-safe";
import { LOAD_FLAGS, loadOptionsFromFlags, type LoadFlagValues } from "./load-flags";

/** The flags of `framediff kwic` (parsed by main's parseCommand, which adds -q/--quiet). */
export const KWIC_FLAGS = {
  outlet: { type: "string", multiple: true }, event: { type: "string", multiple: true },
  window: { type: "string" }, limit: { type: "string" }, seed: { type: "string" },
  csv: { type: "boolean" }, json: { type: "boolean" },
  "date-format": LOAD_FLAGS["date-format"], "follow-symlinks": LOAD_FLAGS["follow-symlinks"], map: LOAD_FLAGS.map, delimiter: LOAD_FLAGS.delimiter,
  help: { type: "boolean", short: "h" },
} as const;

/** What parseCommand gives for KWIC_FLAGS. */
export interface KwicCommand {
  readonly values: LoadFlagValues & { outlet?: string[]; event?: string[]; window?: string; limit?: string; seed?: string; csv?: boolean; json?: boolean };
  readonly positionals: string[];
  readonly quiet: boolean;
  usage(msg: string): number;
}

type Write = (s: string) => void;

/**
 * `framediff kwic <corpus> <pattern>`: the concordance of a word, phrase or
 * /regex/ on stdout, aligned (default), as CSV or as JSON. Exit 0 (also when
 * nothing matched, said on stderr), 1 on an unreadable corpus, 2 on a usage
 * error (a bad flag value or an unusable pattern).
 */
export async function runKwic(parsed: KwicCommand, write: Write, writeErr: Write): Promise<number> {
  const v = parsed.values;
  if (parsed.positionals.length !== 2) return parsed.usage(`expected a corpus path and a pattern, got ${parsed.positionals.length} argument${parsed.positionals.length === 1 ? "" : "s"}`);
  if (v.csv && v.json) return parsed.usage("give --csv or --json, not both");
  const int = (name: string, s: string | undefined, min: number) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    return Number.isInteger(n) && n >= min ? n : `invalid --${name} "${terminalSafe(s)}" (use a whole number ≥ ${min})`;
  };
  const window = int("window", v.window, 0), limit = int("limit", v.limit, 1), seed = int("seed", v.seed, 0);
  for (const x of [window, limit, seed]) if (typeof x === "string") return parsed.usage(x);
  // a corpus analyze reads with --map or --delimiter, kwic reads the same way
  const load = loadOptionsFromFlags(v);
  if (typeof load === "string") return parsed.usage(load);
  const [corpus, pattern] = parsed.positionals;
  try {
    finderOf(pattern);
  } catch (e) {
    if (e instanceof FramediffError) return parsed.usage(`invalid pattern: ${e.problems.map(formatProblem).join("; ")}`);
    throw e;
  }
  let sample: KwicSample;
  try {
    sample = await kwic(corpus, pattern, {
      outlets: v.outlet, events: v.event, window: window as number | undefined, limit: limit as number | undefined, seed: seed as number | undefined,
      load,
    });
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    writeErr(`framediff kwic: ${e.problems.map(formatProblem).join("\n  ")}\n`);
    return 1;
  }
  if (v.json) write(JSON.stringify(sample, null, 2) + "\n");
  else if (v.csv) write(kwicCsv(sample));
  else write(formatConcordance(sample));
  const shown = sample.outlets.reduce((n, o) => n + o.lines.length, 0);
  if (!parsed.quiet || sample.total === 0) {
    writeErr(sample.total === 0
      ? `framediff kwic: no occurrence of ${terminalSafe(pattern)}${v.outlet || v.event ? " in the outlets and events asked for" : ""}.\n`
      : `${sample.total} occurrence${sample.total === 1 ? "" : "s"} in ${sample.outlets.length} outlet${sample.outlets.length === 1 ? "" : "s"}${shown < sample.total ? `; ${shown} shown (--limit ${limit} per outlet, seed ${seed ?? 1})` : ""}.\n`);
  }
  return 0;
}

const CSV_COLUMNS = ["outlet", "event", "articleId", "title", "url", "date", "left", "match", "right"];

/** The lines as CSV (the tables' writer: RFC 4180, formula guard), in the sample's order. */
export function kwicCsv(sample: KwicSample): string {
  const rows: (string | null)[][] = [];
  for (const o of sample.outlets) for (const l of o.lines) rows.push([l.outlet, l.event ?? null, l.articleId, l.title ?? null, l.url ?? null, l.date ?? null, l.left, l.match, l.right]);
  return toCsv({ columns: CSV_COLUMNS, rows });
}

/** Widest left and right context shown in the aligned view, in characters; longer ones are cut at the far end with "…". */
const MAX_SIDE = 50;

/**
 * An aligned concordance for a terminal: per line the left context
 * right-aligned, the match between bars, the right context, then outlet,
 * article id and title. Everything from the corpus goes through
 * `terminalSafe` (no control or bidi characters reach the terminal), and
 * white space runs print as one space.
 */
export function formatConcordance(sample: KwicSample): string {
  const lines: KwicLine[] = [];
  for (const o of sample.outlets) for (const l of o.lines) lines.push(l);
  const clean = (s: string) => terminalSafe(s.replace(/\s+/g, " ").trim());
  const rows = lines.map((l) => ({ left: cutLeft(clean(l.left)), match: clean(l.match), right: cutRight(clean(l.right)), where: clean(`${l.outlet} · ${l.articleId}${l.title ? ` · ${l.title}` : ""}`) }));
  let lw = 0, rw = 0;
  for (const r of rows) { lw = Math.max(lw, width(r.left)); rw = Math.max(rw, width(r.right)); }
  return rows.map((r) => `${" ".repeat(lw - width(r.left))}${r.left} | ${r.match} | ${r.right}${" ".repeat(rw - width(r.right))}  ${r.where}\n`).join("");
}

/** Characters (code points) a string shows as. */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function cutLeft(s: string): string {
  const cps = [...s];
  return cps.length <= MAX_SIDE ? s : "…" + cps.slice(cps.length - MAX_SIDE + 1).join("");
}

function cutRight(s: string): string {
  const cps = [...s];
  return cps.length <= MAX_SIDE ? s : cps.slice(0, MAX_SIDE - 1).join("") + "…";
}
