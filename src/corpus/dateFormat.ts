import { FramediffError } from "../errors";

/** English month names, January first; `MMMM` matches these, `MMM` their abbreviations. */
export const MONTH_NAMES: readonly string[] = Object.freeze(["January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December"]);

/** The date and time fields a format reads, before any calendar check. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

/** A compiled `dateFormat`: the pattern as the user wrote it, and a matcher. */
export interface DateFormat {
  readonly source: string;
  /** The fields of `value` (trimmed) when all of it matches the format; no calendar check. */
  match(value: string): DateParts | undefined;
}

type Field = keyof DateParts;

interface Token { readonly field: Field; readonly pattern: string; readonly digits: "fixed" | "variable" | "none" }

const MONTH_LOWER = MONTH_NAMES.map((n) => n.toLowerCase());
const MONTH_ALTERNATION = MONTH_LOWER.join("|");
// "sept" before "sep" so the longer abbreviation wins; an AP-style trailing dot is allowed.
const ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"];
const ABBREVIATION_MONTH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12];

const TOKENS: Readonly<Record<string, Token>> = {
  YYYY: { field: "year", pattern: "(\\d{4})", digits: "fixed" },
  YY: { field: "year", pattern: "(\\d{2})", digits: "fixed" },
  MMMM: { field: "month", pattern: `(${MONTH_ALTERNATION})`, digits: "none" },
  MMM: { field: "month", pattern: `(${ABBREVIATIONS.join("|")})\\.?`, digits: "none" },
  MM: { field: "month", pattern: "(\\d{2})", digits: "fixed" },
  M: { field: "month", pattern: "(\\d{1,2})", digits: "variable" },
  DD: { field: "day", pattern: "(\\d{2})", digits: "fixed" },
  D: { field: "day", pattern: "(\\d{1,2})", digits: "variable" },
  HH: { field: "hour", pattern: "(\\d{2})", digits: "fixed" },
  H: { field: "hour", pattern: "(\\d{1,2})", digits: "variable" },
  mm: { field: "minute", pattern: "(\\d{2})", digits: "fixed" },
  ss: { field: "second", pattern: "(\\d{2})", digits: "fixed" },
};

/** What each field needs before it: a day needs a month, a time needs a day, ... */
const NEEDS: Readonly<Partial<Record<Field, Field>>> = { day: "month", hour: "day", minute: "hour", second: "minute" };

const TOKEN_LIST = "YYYY, YY, M, MM, MMM, MMMM, D, DD, H, HH, mm, ss";

function invalid(format: string, reason: string): never {
  throw new FramediffError({
    code: "invalid-option", field: "dateFormat",
    message: `invalid dateFormat ${JSON.stringify(format)}: ${reason}.`,
    hint: `build it from the tokens ${TOKEN_LIST} and literal separators, e.g. "M/D/YY" or "MMMM D, YYYY" (put literal letters in [brackets]).`,
  });
}

/**
 * Two-digit years pivot as POSIX strptime's `%y`: 00–68 → 2000–2068,
 * 69–99 → 1969–1999.
 *
 * @example
 * fullYear(17); // => 2017
 * fullYear(69); // => 1969
 */
export function fullYear(yy: number): number {
  return yy <= 68 ? 2000 + yy : 1900 + yy;
}

function value(token: string, text: string): number {
  const lower = text.toLowerCase().replace(/\.$/, "");
  if (token === "MMMM") return MONTH_LOWER.indexOf(lower) + 1;
  if (token === "MMM") return ABBREVIATION_MONTH[ABBREVIATIONS.indexOf(lower)];
  return token === "YY" ? fullYear(Number(text)) : Number(text);
}

/**
 * Compiles a date format such as `M/D/YY`, `D.M.YYYY` or `MMMM D, YYYY`.
 * Tokens (case-sensitive): `YYYY` four-digit year; `YY` two-digit year (see
 * {@link fullYear}); `M`/`MM` month with one or two / exactly two digits;
 * `MMMM` English month name and `MMM` its three-letter abbreviation (also
 * `Sept`, an optional trailing dot), both any case; `D`/`DD` day; `H`/`HH`
 * hour 0–23; `mm` minutes; `ss` seconds. Any other non-letter is a literal
 * separator (a run of spaces matches one or more spaces); letters in
 * `[brackets]` are literal. A format needs a year; a day needs a month, a time
 * needs a day and an hour needs minutes. A one-or-two-digit token directly
 * followed by another number token is refused as ambiguous. Throws a
 * FramediffError (field `dateFormat`) for an invalid format.
 *
 * @example
 * compileDateFormat("M/D/YY").match("7/23/17"); // => { year: 2017, month: 7, day: 23 }
 * compileDateFormat("MD/YY"); // throws: invalid dateFormat "MD/YY": "M" is directly followed by "D" ...
 */
export function compileDateFormat(format: string): DateFormat {
  if (typeof format !== "string" || format.trim() === "") invalid(String(format), "the format is empty");
  const source = format.trim();
  const order: { token: string; field: Field }[] = [];
  let pattern = "";
  let previous: Token | undefined;
  let previousName = "";
  for (let i = 0; i < source.length;) {
    const ch = source[i];
    if (ch === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0) invalid(source, `the "[" at character ${i + 1} is never closed`);
      pattern += escapeRegExp(source.slice(i + 1, close));
      i = close + 1;
      previous = undefined;
    } else if (/[A-Za-z]/.test(ch)) {
      let end = i;
      while (end < source.length && source[end] === ch) end++;
      const name = source.slice(i, end);
      const token = TOKENS[name];
      if (!token) invalid(source, `unknown token "${name}"`);
      if (order.some((o) => o.field === token.field)) invalid(source, `it gives the ${token.field} twice`);
      if (previous?.digits === "variable" && token.digits !== "none") {
        invalid(source, `"${previousName}" is directly followed by "${name}", so the digits cannot be split; put a separator between them`);
      }
      order.push({ token: name, field: token.field });
      pattern += token.pattern;
      previous = token;
      previousName = name;
      i = end;
    } else if (/\s/.test(ch)) {
      while (i < source.length && /\s/.test(source[i])) i++;
      pattern += "\\s+";
      previous = undefined;
    } else {
      pattern += escapeRegExp(ch);
      i++;
      previous = undefined;
    }
  }
  const fields = new Set(order.map((o) => o.field));
  if (!fields.has("year")) invalid(source, "it has no year (YYYY or YY)");
  for (const [field, needed] of Object.entries(NEEDS) as [Field, Field][]) {
    if (fields.has(field) && !fields.has(needed)) invalid(source, `it gives the ${field} but not the ${needed}`);
  }
  if (fields.has("hour") && !fields.has("minute")) invalid(source, "it gives the hour but not the minutes (mm)");
  const regex = new RegExp(`^${pattern}$`, "i");
  return Object.freeze({
    source,
    match(text: string): DateParts | undefined {
      const m = regex.exec(text.trim());
      if (!m) return undefined;
      const parts: Partial<Record<Field, number>> = {};
      order.forEach((o, k) => { parts[o.field] = value(o.token, m[k + 1]); });
      return parts as DateParts;
    },
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
