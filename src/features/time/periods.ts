import type { ArticleDate } from "./article-date";
import { civilDate, dayNumber, isoDate, isoWeek, mondayOf, pad } from "./calendar";

/** The length of a period: a calendar day, an ISO 8601 week (Monday to Sunday) or a calendar month. */
export type PeriodUnit = "day" | "week" | "month";

/** The period units, shortest first. */
export const PERIOD_UNITS: readonly PeriodUnit[] = Object.freeze(["day", "week", "month"]);

/** One period: its label and its first and last day (ISO dates). */
export interface PeriodInfo {
  /** `2022-03-10` (day), `2020-W53` (ISO week, zero-padded), `2022-03` (month). */
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/**
 * The period of a date as an integer that counts periods (consecutive
 * periods differ by 1), so an outlet's periods are every integer between
 * its first and last; null when the date is too coarse for the unit (a month
 * for weeks or days, a year for anything) or missing.
 * Days: the day number; weeks: Mondays since 1969-12-29; months: 12 × year + month − 1.
 */
export function periodOrdinal(date: ArticleDate, unit: PeriodUnit): number | null {
  if (date.precision === "day") {
    const n = dayNumber(date.date);
    if (unit === "day") return n;
    if (unit === "week") return (mondayOf(n) + 3) / 7;
    return 12 * date.date.year + date.date.month - 1;
  }
  if (date.precision === "month" && unit === "month") return 12 * date.year + date.month - 1;
  return null;
}

/**
 * The label and days of the period an ordinal of {@link periodOrdinal} names.
 *
 * @example
 * periodInfo(periodOrdinal({ precision: "day", date: { year: 2021, month: 1, day: 3 } }, "week")!, "week");
 * // => { label: "2020-W53", start: "2020-12-28", end: "2021-01-03" }
 */
export function periodInfo(ordinal: number, unit: PeriodUnit): PeriodInfo {
  if (unit === "day") {
    const d = isoDate(civilDate(ordinal));
    return { label: d, start: d, end: d };
  }
  if (unit === "week") {
    const monday = ordinal * 7 - 3;
    const { year, week } = isoWeek(monday);
    return { label: `${pad(year, 4)}-W${pad(week, 2)}`, start: isoDate(civilDate(monday)), end: isoDate(civilDate(monday + 6)) };
  }
  const year = Math.floor(ordinal / 12), month = ordinal - 12 * year + 1;
  const start = dayNumber({ year, month, day: 1 }), next = dayNumber({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 });
  return { label: `${pad(year, 4)}-${pad(month, 2)}`, start: isoDate(civilDate(start)), end: isoDate(civilDate(next - 1)) };
}

/** The thresholds of {@link choosePeriod}. */
export interface PeriodThresholds {
  /** Longest span (days, first to last date inclusive) counted by day. */
  readonly maxDaysByDay: number;
  /** Longest span counted by week; longer spans are counted by month. */
  readonly maxDaysByWeek: number;
}

/**
 * The period unit for a set of dates: by day when the dates with a day span
 * at most `maxDaysByDay` days (first to last, both counted), by week up to
 * `maxDaysByWeek`, else by month. When fewer dates give a day than give
 * only a month (or none gives a day), by month, so most dated articles can
 * be placed. Also returns the span the choice was made on.
 */
export function choosePeriod(dates: readonly ArticleDate[], t: PeriodThresholds): { unit: PeriodUnit; first: string | null; last: string | null; spanDays: number } {
  let first = Infinity, last = -Infinity, days = 0, months = 0;
  for (const d of dates) {
    if (d.precision === "month") months++;
    if (d.precision !== "day") continue;
    days++;
    const n = dayNumber(d.date);
    if (n < first) first = n;
    if (n > last) last = n;
  }
  if (days === 0) return { unit: "month", first: null, last: null, spanDays: 0 };
  const spanDays = last - first + 1;
  const span = { first: isoDate(civilDate(first)), last: isoDate(civilDate(last)), spanDays };
  if (months > days) return { unit: "month", ...span };
  return { unit: spanDays <= t.maxDaysByDay ? "day" : spanDays <= t.maxDaysByWeek ? "week" : "month", ...span };
}
