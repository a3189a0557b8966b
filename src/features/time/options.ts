import { PERIOD_UNITS, type PeriodUnit } from "./periods";

/** Every default of the time family, in one place. */
export const DEFAULTS = Object.freeze({
  /** *auto*: day, week or month chosen from the span of the dates (see `choosePeriod`). */
  period: "auto" as "auto" | PeriodUnit,
  /** Spans up to this many days (first to last date, both counted) are counted by day. */
  maxDaysByDay: 60,
  /** Longer spans up to this many days (about two years) are counted by ISO week; longer still, by month. */
  maxDaysByWeek: 731,
});

/** Options of {@link attentionOverTime}. */
export interface TimeOptions {
  /**
   * The period: *day*, *week* (ISO 8601 weeks, Monday to Sunday, labelled
   * `2021-W01`) or *month*, or *auto* to choose from the span of the
   * corpus's dates. Defaults to *auto*.
   */
  period?: "auto" | PeriodUnit;
  /** Under *auto*, spans of at most this many days are counted by day. Defaults to *60*. */
  maxDaysByDay?: number;
  /** Under *auto*, longer spans of at most this many days are counted by week, longer ones by month. Defaults to *731* (about two years). */
  maxDaysByWeek?: number;
}

/** Fills in defaults and checks values, with a message naming the option. */
export function timeOptions(options: TimeOptions = {}): Required<TimeOptions> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as TimeOptions;
  const o = { ...DEFAULTS, ...given };
  if (!(["auto", ...PERIOD_UNITS] as unknown[]).includes(o.period)) throw new Error(`invalid period: ${String(o.period)} (use "auto", "day", "week" or "month")`);
  if (!Number.isInteger(o.maxDaysByDay) || o.maxDaysByDay < 1) throw new Error(`invalid maxDaysByDay: ${String(o.maxDaysByDay)} (use a whole number ≥ 1)`);
  if (!Number.isInteger(o.maxDaysByWeek) || o.maxDaysByWeek < o.maxDaysByDay) throw new Error(`invalid maxDaysByWeek: ${String(o.maxDaysByWeek)} (use a whole number ≥ maxDaysByDay, ${o.maxDaysByDay})`);
  return o;
}
