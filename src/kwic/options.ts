import type { LoadOptions } from "../corpus/types";
import { FramediffError } from "../errors";
import type { Lexicon } from "../lexicon/types";

/** Options of `kwic()`. */
export interface KwicOptions {
  /** Only these outlets (ids). Defaults to *every outlet*. */
  readonly outlets?: readonly string[];
  /** Only articles of these events (ids); articles without an event are left out when given. Defaults to *every article*. */
  readonly events?: readonly string[];
  /** Words of context on each side of a match, within its sentence. Defaults to *8*. */
  readonly window?: number;
  /** Lines kept per outlet: a seeded sample of this size when an outlet has more (its `total` still counts all). Defaults to *every line*. */
  readonly limit?: number;
  /** Seed of the sample (`limit`); the same seed gives the same lines whatever the article order. Defaults to *1*. */
  readonly seed?: number;
  /** How a corpus path is read (date format, symbolic links). */
  readonly load?: Omit<LoadOptions, "onInvalid">;
}

export const KWIC_DEFAULTS = Object.freeze({ window: 8, limit: Infinity, seed: 1 });

/**
 * A lexicon entry to look for, matched as the lexicon matches it (longest
 * pattern first within its section, so "Sea of Azov" keeps its words from a
 * shorter entry): an actor by canonical name, or a concept label (by label,
 * within `concept` when label names repeat across concepts).
 */
export type KwicEntryQuery =
  | { readonly lexicon: Lexicon; readonly actor: string }
  | { readonly lexicon: Lexicon; readonly label: string; readonly concept?: string };

/** A term as distinctive terms count it: a lemma finds its inflections ("say": said, says), a surface form only itself. */
export interface KwicTermQuery {
  readonly term: string;
  /** Defaults to *surface*. */
  readonly unit?: "lemma" | "surface";
}

/**
 * What `kwic()` looks for: a word or phrase pattern (case- and
 * diacritic-insensitive, whole words, `*` within a word), a regular
 * expression written `/source/flags` (matched on the text as written), a
 * term, or a lexicon entry.
 */
export type KwicQuery = string | KwicTermQuery | KwicEntryQuery;

/** The options with their defaults, checked (a FramediffError naming the option otherwise). */
export function kwicOptions(o: KwicOptions = {}): { window: number; limit: number; seed: number } {
  const window = o.window ?? KWIC_DEFAULTS.window, limit = o.limit ?? KWIC_DEFAULTS.limit, seed = o.seed ?? KWIC_DEFAULTS.seed;
  const bad = (field: string, value: unknown, want: string) => new FramediffError({ code: "invalid-option", field, message: `invalid ${field}: ${String(value)}`, hint: want });
  if (!Number.isInteger(window) || window < 0) throw bad("window", window, "use a whole number of words ≥ 0.");
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw bad("limit", limit, "use a whole number ≥ 1 (lines per outlet).");
  if (!Number.isInteger(seed) || seed < 0) throw bad("seed", seed, "use a whole number ≥ 0.");
  return { window, limit, seed };
}
