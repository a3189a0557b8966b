import { terminalSafe } from "./terminal-safe";

/**
 * One error format for the whole toolkit: what was found, where (file, line,
 * field) and what to do about it. Messages read as
 * `corpus/x.jsonl:12 field "outlet": missing value. Fix: give every article an outlet.`
 */
export interface ProblemLocation {
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** 1-based line (JSONL, CSV, YAML) where known. */
  line?: number;
  /** The field or column concerned. */
  field?: string;
}

export interface Problem extends ProblemLocation {
  /** Stable machine-readable code, e.g. `missing-field`. */
  code: string;
  /** What was found. */
  message: string;
  /** What the user should do. */
  hint?: string;
  /** The article concerned, where one is. */
  articleId?: string;
}

/**
 * Formats a problem as one line: `file:line field "x": message. Fix: hint`.
 * The parts come from user files (outlet names, ids, paths, quoted values),
 * so the line goes through `terminalSafe`: control characters, bidi
 * overrides and line breaks are shown escaped (`\x1b`, `\u202e`, `\n`) and
 * half an emoji as U+FFFD, whether it is printed or stored in run.json.
 *
 * @example
 * formatProblem({ code: "x", field: "outlet", message: "unknown outlet \"ta\u001b[31mss\"." });
 * // => 'field "outlet": unknown outlet "ta\\x1b[31mss".'
 */
export function formatProblem(p: Problem): string {
  let where = p.file ?? "";
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.field !== undefined) where += `${where ? " " : ""}field "${p.field}"`;
  if (p.articleId !== undefined && p.field === undefined) where += `${where ? " " : ""}article "${p.articleId}"`;
  const hint = p.hint ? ` Fix: ${p.hint}` : "";
  return terminalSafe(`${where ? where + ": " : ""}${p.message}${hint}`);
}

/** The one error class framediff throws for bad input. */
export class FramediffError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? (problems as Problem[]) : [problems as Problem];
    if (list.length === 0) throw new Error("FramediffError needs at least one problem");
    const head = formatProblem(list[0]);
    const more = list.length > 1 ? ` (and ${list.length - 1} more problem${list.length > 2 ? "s" : ""})` : "";
    super(head + more);
    this.name = "FramediffError";
    this.problems = Object.freeze(list.slice());
  }
}

/** A non-fatal finding, collected on results rather than printed. */
export type Warning = Problem;
