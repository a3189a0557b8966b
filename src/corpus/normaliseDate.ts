import { FramediffError, type Problem, type ProblemLocation } from "../errors";
import { excerpt } from "../truncate";
import { impossibleDate } from "./calendar";
import type { DateFormat, DateParts } from "./dateFormat";
import { shellWord, suggestDateFormats } from "./suggestDateFormat";

const FORMS = "YYYY-MM-DD (also YYYY, YYYY-MM, YYYYMMDD, or a date-time YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm])";

const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const BASIC_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

type Where = ProblemLocation & { articleId?: string };

/** The normalised form, or why the date does not exist; undefined when `v` is not ISO 8601 at all. */
type Parsed = { readonly out: string; readonly reason?: string } | undefined;

function fail(where: Where, message: string, hint: string): never {
  const problem: Problem = { code: "invalid-date", ...where, message, hint };
  throw new FramediffError(problem);
}

function parseIso(v: string): Parsed {
  let m: RegExpExecArray | null;
  if (YEAR.exec(v)) return { out: v };
  if ((m = YEAR_MONTH.exec(v))) return { out: v, reason: impossibleDate({ year: +m[1], month: +m[2] }) };
  if ((m = DAY.exec(v)) || (m = BASIC_DAY.exec(v))) {
    return { out: `${m[1]}-${m[2]}-${m[3]}`, reason: impossibleDate({ year: +m[1], month: +m[2], day: +m[3] }) };
  }
  if ((m = DATE_TIME.exec(v))) {
    const [hh, mm, ss, oh, om] = [m[4], m[5], m[6] ?? "00", m[7] ?? "00", m[8] ?? "00"].map(Number);
    let reason = impossibleDate({ year: +m[1], month: +m[2], day: +m[3], hour: hh, minute: mm, second: ss });
    if (!reason && (oh > 23 || om > 59)) reason = "the time zone offset is out of range";
    return { out: v, reason };
  }
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `parts` in ISO 8601 extended form: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss]`. */
export function isoFromParts(parts: DateParts): string {
  let out = pad(parts.year, 4);
  if (parts.month !== undefined) out += `-${pad(parts.month)}`;
  if (parts.day !== undefined) out += `-${pad(parts.day)}`;
  if (parts.hour !== undefined) out += `T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
  if (parts.second !== undefined) out += `:${pad(parts.second)}`;
  return out;
}

function parseWith(v: string, format: DateFormat): Parsed {
  const parts = format.match(v);
  return parts ? { out: isoFromParts(parts), reason: impossibleDate(parts) } : undefined;
}

/** `--date-format …` naming the formats that read `value`, or an example when none does. */
function formatFlag(value: string): string {
  const found = suggestDateFormats(value);
  const example = JSON.stringify(found[0] ?? "M/D/YY");
  if (found.length === 0) return `pass --date-format with the format the source uses, e.g. M/D/YY (library: { dateFormat: ${example} })`;
  const flags = found.map(shellWord).join(" or ");
  return `pass --date-format ${flags}${found.length > 1 ? ", whichever the source uses" : ""} (library: { dateFormat: ${example} })`;
}

/**
 * Validates a date and returns it in ISO 8601 extended form. Without `format`
 * it accepts ISO 8601 only: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, basic `YYYYMMDD`
 * and `YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]` (date-times are returned as
 * given once checked). With a compiled `format` (see compileDateFormat) a
 * value that matches the format is read by it — so `2017-12-07` under
 * `YYYY-DD-MM` is 12 July — and any other value must be ISO 8601 as above;
 * a time in the format is kept (`YYYY-MM-DDThh:mm[:ss]`), and a value with
 * more than the format reads is refused, never cut. Surrounding whitespace is
 * ignored. Throws a FramediffError located at `where` for anything else,
 * including dates that do not exist (`2022-02-30`); the message for a date
 * that is not ISO 8601 names `--date-format` and suggests formats that read it.
 *
 * @example
 * normaliseDate("20220310", { file: "a.csv", line: 2, field: "date" }); // => "2022-03-10"
 * normaliseDate("7/23/17", {}, compileDateFormat("M/D/YY")); // => "2017-07-23"
 * normaliseDate("2022-02-30", {}); // throws: date "2022-02-30" does not exist: February 2022 has 28 days
 * normaliseDate("7/23/17", {}); // throws: ... is not an ISO 8601 date ... pass --date-format M/D/YY ...
 */
export function normaliseDate(value: string, where: Where, format?: DateFormat): string {
  const v = value.trim();
  const parsed = (format ? parseWith(v, format) : undefined) ?? parseIso(v);
  const shown = JSON.stringify(excerpt(value, 60));
  if (parsed === undefined && format) {
    return fail(where, `date ${shown} matches neither the date format ${JSON.stringify(format.source)} nor ISO 8601 (YYYY-MM-DD).`,
      `correct the date, write every date as ${format.source} or ISO 8601, or ${formatFlag(v)}.`);
  }
  if (parsed === undefined) {
    return fail(where, `date ${shown} is not an ISO 8601 date.`, `re-export the dates as ISO 8601, ${FORMS}; or ${formatFlag(v)}.`);
  }
  if (parsed.reason) return fail(where, `date ${shown} does not exist: ${parsed.reason}.`, "correct the date, or leave it empty when the source does not show it.");
  return parsed.out;
}
