import { daysInMonth, type CivilDate } from "./calendar";

/**
 * What an article's date says, read from its ISO 8601 string: a calendar day,
 * only a month, only a year, none, or something that is not a normalised
 * ISO date (a hand-built profile; the corpus loader never gives one).
 */
export type ArticleDate =
  | { readonly precision: "day"; readonly date: CivilDate }
  | { readonly precision: "month"; readonly year: number; readonly month: number }
  | { readonly precision: "year"; readonly year: number }
  | { readonly precision: "none" }
  | { readonly precision: "invalid"; readonly value: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/**
 * Reads an article's date (`ArticleProfile.date`, as the corpus normalised
 * it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]`).
 *
 * A date-time counts on the calendar day it was written with, whatever its
 * offset: `2022-03-10T23:30-05:00` is 10 March, the day the outlet's own
 * readers saw, not 11 March UTC. Converting would move late-evening stories
 * of western outlets (and early-morning ones of eastern outlets) into the
 * next or previous day, a drift that depends on the outlet's time zone.
 * A date-time without an offset is read the same way.
 *
 * @example
 * readArticleDate("2022-03-10T23:30:00-05:00"); // => { precision: "day", date: { year: 2022, month: 3, day: 10 } }
 * readArticleDate("2022-03"); // => { precision: "month", year: 2022, month: 3 }
 * readArticleDate(undefined); // => { precision: "none" }
 */
export function readArticleDate(value: string | undefined): ArticleDate {
  if (value === undefined || value === "") return { precision: "none" };
  const d = DAY.exec(value);
  if (d) {
    const date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return { precision: "invalid", value };
    return { precision: "day", date };
  }
  const m = MONTH.exec(value);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { precision: "month", year: Number(m[1]), month } : { precision: "invalid", value };
  }
  const y = YEAR.exec(value);
  if (y) return { precision: "year", year: Number(y[1]) };
  return { precision: "invalid", value };
}
