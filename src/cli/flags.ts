import { parseArgs, type ParseArgsConfig } from "node:util";
import { COMPARE_UNITS, type CompareUnits } from "../features/outlet-groups";
import { PERIOD_UNITS, type PeriodUnit } from "../features/time/periods";
import type { ImageFormat } from "../render/types";
import { terminalSafe } from "../terminal-safe";
import { didYouMean } from "../util/did-you-mean";
import { colourEnabled, paint } from "./colour";

// How a subcommand's arguments are read: parseArgs with one-line usage errors, and the flags analyze and reduce share.

export type Write = (s: string) => void;

/** Writes to the process's stdout and stderr (main's defaults; colour and progress bars only go to these). */
export const defaultWrite: Write = (s) => { process.stdout.write(s); };
export const defaultWriteErr: Write = (s) => { process.stderr.write(s); };

const FORMATS: readonly ImageFormat[] = ["svg", "pdf", "png"];

export type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A subcommand's arguments parsed, or the exit code when that already ended it
 * (2: a usage error; 0: --help). `quiet` is -q/--quiet, which every command takes.
 */
export type Command<O extends Options> = { values: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>["values"]; positionals: string[]; quiet: boolean; usage: (msg: string) => number } | number;

/**
 * Parses a subcommand's arguments: --help prints `help`; a bad flag, or
 * `usage(msg)`, prints one line naming what is wrong (with "did you mean" for
 * a mistyped flag) and where the help is — not the whole help — and gives
 * exit code 2.
 */
export function parseCommand<O extends Options>(name: string, help: string, rest: string[], options: O, write: Write, writeErr: Write): Command<O> {
  const usage = (msg: string) => { writeErr(`${paint("error", `framediff ${name}:`, colourEnabled(process.stderr.isTTY && writeErr === defaultWriteErr))} ${msg}\nRun "framediff ${name} --help" for its options.\n`); return 2; };
  let result;
  try {
    result = parseArgs({ args: rest, allowPositionals: true, options: { quiet: { type: "boolean", short: "q" }, ...options } });
  } catch (e) {
    return usage(argumentError(e as Error & { code?: string }, options));
  }
  const values = result.values as Record<string, unknown>;
  if (values.help) { write(help); return 0; }
  return { values: result.values as Extract<Command<O>, object>["values"], positionals: result.positionals, quiet: Boolean(values.quiet), usage };
}

/** parseArgs' error as one line: an unknown flag with the known flag it most likely meant. */
function argumentError(e: Error & { code?: string }, options: Options): string {
  const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /Unknown option '(-{1,2}[^']*)'/.exec(e.message)?.[1] : undefined;
  if (unknown === undefined) return terminalSafe(e.message.split("\n", 1)[0]);
  const flags = Object.keys(options).concat("quiet").map((k) => `--${k}`);
  const guess = didYouMean(unknown.startsWith("--") ? unknown : `-${unknown}`, flags);
  return `unknown option "${terminalSafe(unknown)}"${guess ? ` (did you mean ${guess}?)` : ""}`;
}

/** The options analyze and reduce share (what happens after the map), parsed and checked; a string is a usage error. */
export function outputOptions(v: { formats?: string; seed?: string; iterations?: string; "max-outlets"?: string; "pairwise-outlets"?: string; "event-rows"?: string; jobs?: string; compare?: string; period?: string }): string | { formats?: ImageFormat[]; seed?: number; iterations?: number; maxOutlets?: number; pairwiseOutlets?: number; eventRows?: number; jobs?: number; compare?: CompareUnits; period?: "auto" | PeriodUnit } {
  const formats = v.formats === undefined ? undefined : v.formats.split(",").map((f) => f.trim().toLowerCase());
  const bad = formats?.filter((f) => !FORMATS.includes(f as ImageFormat)) ?? [];
  if (formats && (formats.length === 0 || bad.length)) return `invalid --formats "${terminalSafe(v.formats ?? "")}" (use svg, pdf and/or png, comma-separated)`;
  if (v.compare !== undefined && !COMPARE_UNITS.includes(v.compare as CompareUnits)) return `invalid --compare "${terminalSafe(v.compare)}" (use outlets, groups or both)`;
  if (v.period !== undefined && !(["auto", ...PERIOD_UNITS] as string[]).includes(v.period)) return `invalid --period "${terminalSafe(v.period)}" (use auto, day, week or month)`;
  const int = (name: string, s: string | undefined, min: number) => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new Error(`invalid --${name} "${terminalSafe(s)}" (use a whole number ≥ ${min})`);
    return n;
  };
  try {
    return {
      formats: formats as ImageFormat[] | undefined, seed: int("seed", v.seed, 0), iterations: int("iterations", v.iterations, 1),
      maxOutlets: int("max-outlets", v["max-outlets"], 1), pairwiseOutlets: int("pairwise-outlets", v["pairwise-outlets"], 2), eventRows: int("event-rows", v["event-rows"], 0), jobs: int("jobs", v.jobs, 1),
      ...(v.compare !== undefined ? { compare: v.compare as CompareUnits } : {}),
      ...(v.period !== undefined ? { period: v.period as "auto" | PeriodUnit } : {}),
    };
  } catch (e) {
    return (e as Error).message;
  }
}
