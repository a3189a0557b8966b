import { MONTH_NAMES, type DateParts } from "./dateFormat";

/**
 * Days in `month` (1–12) of `year` in the proleptic Gregorian calendar
 * (a leap year is divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * daysIn(1900, 2); // => 28
 * daysIn(2000, 2); // => 29
 */
export function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Why the date or time in `parts` does not exist, or undefined when it does:
 * a month outside 1–12, a day past the month's end, an hour past 23, a minute
 * or second past 59.
 *
 * @example
 * impossibleDate({ year: 2022, month: 2, day: 30 }); // => "February 2022 has 28 days"
 */
export function impossibleDate(parts: DateParts): string | undefined {
  const { year, month, day, hour, minute, second } = parts;
  if (month !== undefined && (month < 1 || month > 12)) return `there is no month ${month}`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) {
    return `${MONTH_NAMES[month - 1]} ${year} has ${daysIn(year, month)} days`;
  }
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return "the time of day is out of range";
  return undefined;
}
