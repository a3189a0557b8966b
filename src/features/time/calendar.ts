/**
 * Calendar arithmetic on proleptic Gregorian dates as plain integers: no
 * `Date`, so neither the machine's time zone nor `Date.UTC`'s two-digit-year
 * rule (years 0–99 read as 1900–1999) can move a date.
 */

/** A calendar date; `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 of a date (negative before it): Hinnant's
 * days_from_civil (http://howardhinnant.github.io/date_algorithms.html).
 *
 * @example
 * dayNumber({ year: 1970, month: 1, day: 1 }); // => 0
 * dayNumber({ year: 2021, month: 1, day: 4 }); // => 18631
 */
export function dayNumber(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number: Hinnant's civil_from_days, the inverse of {@link dayNumber}.
 *
 * @example
 * civilDate(18631); // => { year: 2021, month: 1, day: 4 }
 */
export function civilDate(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO 8601 extended form of a date: `2021-01-04` (years padded to four digits). */
export function isoDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Days in a month of a year (Gregorian leap years). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Day number of the Monday that starts the ISO 8601 week of day `n`
 * (1970-01-01 was a Thursday, so day 0 is weekday 3 counting Monday as 0).
 */
export function mondayOf(n: number): number {
  return n - (((n + 3) % 7) + 7) % 7;
}

/**
 * The ISO 8601 week of day `n`: weeks start on Monday and belong to the
 * year of their Thursday, so week 1 holds the year's first Thursday.
 *
 * @example
 * isoWeek(dayNumber({ year: 2020, month: 12, day: 31 })); // => { year: 2020, week: 53 }
 * isoWeek(dayNumber({ year: 2021, month: 1, day: 4 })); // => { year: 2021, week: 1 }
 */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = mondayOf(n) + 3;
  const year = civilDate(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1 };
}

/** Zero-padded decimal; negative years keep their sign. */
export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}
