import { FramediffError, type Problem, type ProblemLocation } from "../errors";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

const FORMS = "YYYY-MM-DD (also YYYY, YYYY-MM, YYYYMMDD, or a date-time YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm])";

const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const BASIC_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail(where: ProblemLocation & { articleId?: string }, message: string, hint: string): never {
  const problem: Problem = { code: "invalid-date", ...where, message, hint };
  throw new FramediffError(problem);
}

/** Checks month and day; returns a reason when the date does not exist. */
function impossible(y: number, m: number, d?: number): string | undefined {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  if (d !== undefined && (d < 1 || d > daysIn(y, m))) {
    return `${MONTHS[m - 1]} ${y} has ${daysIn(y, m)} days`;
  }
  return undefined;
}

/**
 * Validates an ISO 8601 date or date-time and returns it in extended form.
 * Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, basic `YYYYMMDD`, and
 * `YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]`; surrounding whitespace is ignored.
 * Date-times are returned as given once their date and time are checked.
 * Throws a FramediffError located at `where` for anything else, including dates
 * that do not exist (`2022-02-30`).
 *
 * @example
 * normaliseDate("20220310", { file: "a.csv", line: 2, field: "date" }); // => "2022-03-10"
 * normaliseDate("2022-03-10T12:47Z", {}); // => "2022-03-10T12:47Z"
 * normaliseDate("2022-02-30", {}); // throws: date "2022-02-30" does not exist: February 2022 has 28 days
 */
export function normaliseDate(value: string, where: ProblemLocation & { articleId?: string }): string {
  const v = value.trim();
  let m: RegExpExecArray | null;
  let out: string;
  let reason: string | undefined;
  if ((m = YEAR.exec(v))) {
    return v;
  } else if ((m = YEAR_MONTH.exec(v))) {
    reason = impossible(+m[1], +m[2]);
    out = v;
  } else if ((m = DAY.exec(v)) || (m = BASIC_DAY.exec(v))) {
    reason = impossible(+m[1], +m[2], +m[3]);
    out = `${m[1]}-${m[2]}-${m[3]}`;
  } else if ((m = DATE_TIME.exec(v))) {
    reason = impossible(+m[1], +m[2], +m[3]);
    const [hh, mm, ss, oh, om] = [m[4], m[5], m[6] ?? "00", m[7] ?? "00", m[8] ?? "00"].map(Number);
    if (!reason && (hh > 23 || mm > 59 || ss > 59)) reason = "the time of day is out of range";
    if (!reason && (oh > 23 || om > 59)) reason = "the time zone offset is out of range";
    out = v;
  } else {
    return fail(where, `date "${value}" is not an ISO 8601 date.`, `write dates as ${FORMS}.`);
  }
  if (reason) return fail(where, `date "${value}" does not exist: ${reason}.`, "correct the date, or leave it empty when the source does not show it.");
  return out;
}
