import fc from "fast-check";
import { civilDate, dayNumber, isoDate, isoWeek } from "../../../src/features/time/calendar";
import { readArticleDate } from "../../../src/features/time/article-date";
import { choosePeriod, periodInfo, periodOrdinal } from "../../../src/features/time/periods";

const day = (s: string) => {
  const d = readArticleDate(s);
  if (d.precision !== "day") throw new Error(`not a day: ${s}`);
  return d;
};

describe("calendar arithmetic", () => {
  // expected values from Python: (date - date(1970, 1, 1)).days and date.isocalendar()
  const cases: [string, number, number, number][] = [
    ["2020-12-31", 18627, 2020, 53], ["2021-01-03", 18630, 2020, 53], ["2021-01-04", 18631, 2021, 1],
    ["2019-12-30", 18260, 2020, 1], ["2015-12-31", 16800, 2015, 53], ["2016-01-03", 16803, 2015, 53],
    ["2027-01-01", 20819, 2026, 53], ["2024-12-30", 20087, 2025, 1], ["2000-02-29", 11016, 2000, 9],
    ["1969-12-29", -3, 1970, 1], ["1600-03-01", -135080, 1600, 9],
  ];
  it.each(cases)("%s is day %d, in ISO week %d week %d", (s, n, year, week) => {
    expect(dayNumber(day(s).date)).toBe(n);
    expect(isoWeek(n)).toEqual({ year, week });
    expect(isoDate(civilDate(n))).toBe(s);
  });

  it("round-trips every day, and agrees with Date.UTC from 1970 on (property)", () => {
    fc.assert(fc.property(fc.integer({ min: -800_000, max: 800_000 }), (n) => {
      const d = civilDate(n);
      expect(dayNumber(d)).toBe(n);
      if (d.year >= 1970) expect(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000).toBe(n);
    }));
  });

  it("puts every day of an ISO week in the week of its Monday, weeks being 7 days (property)", () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
      const d = { precision: "day" as const, date: civilDate(n) };
      const w = periodOrdinal(d, "week")!;
      const info = periodInfo(w, "week");
      expect(dayNumber(day(info.end).date) - dayNumber(day(info.start).date)).toBe(6);
      expect(n >= dayNumber(day(info.start).date) && n <= dayNumber(day(info.end).date)).toBe(true);
      expect(new Date(dayNumber(day(info.start).date) * 86_400_000).getUTCDay()).toBe(1); // a Monday
    }));
  });
});

describe("readArticleDate", () => {
  it("reads a date-time on the day it was written with, whatever its offset", () => {
    expect(readArticleDate("2022-03-10T23:30:00-05:00")).toEqual({ precision: "day", date: { year: 2022, month: 3, day: 10 } });
    expect(readArticleDate("2022-03-11T00:30+09:00")).toEqual({ precision: "day", date: { year: 2022, month: 3, day: 11 } });
    expect(readArticleDate("2022-03-10T12:00:00.123Z")).toEqual({ precision: "day", date: { year: 2022, month: 3, day: 10 } });
  });
  it("never throws on hostile text, and a day it reads is the date written at the start (property)", () => {
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.string())
      .map(([y, m, d, tail]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${tail}`);
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), dateLike), (s) => {
      const d = readArticleDate(s);
      if (d.precision === "day") {
        expect(isoDate(d.date)).toBe(s.slice(0, 10));
        expect(civilDate(dayNumber(d.date))).toEqual(d.date); // a date that exists
      }
      if (d.precision === "invalid") expect(d.value).toBe(s);
    }), { numRuns: 500 });
  });
  it("tells month-only, year-only, missing and unreadable dates apart", () => {
    expect(readArticleDate("2022-03")).toEqual({ precision: "month", year: 2022, month: 3 });
    expect(readArticleDate("2022")).toEqual({ precision: "year", year: 2022 });
    expect(readArticleDate(undefined)).toEqual({ precision: "none" });
    expect(readArticleDate("")).toEqual({ precision: "none" });
    expect(readArticleDate("2022-02-30")).toEqual({ precision: "invalid", value: "2022-02-30" });
    expect(readArticleDate("10/03/2022")).toEqual({ precision: "invalid", value: "10/03/2022" });
    expect(readArticleDate("2022-13")).toEqual({ precision: "invalid", value: "2022-13" });
  });
});

describe("periods", () => {
  it("labels days, ISO weeks and months with their first and last day", () => {
    const d = day("2021-01-03");
    expect(periodInfo(periodOrdinal(d, "day")!, "day")).toEqual({ label: "2021-01-03", start: "2021-01-03", end: "2021-01-03" });
    expect(periodInfo(periodOrdinal(d, "week")!, "week")).toEqual({ label: "2020-W53", start: "2020-12-28", end: "2021-01-03" });
    expect(periodInfo(periodOrdinal(day("2021-01-04"), "week")!, "week")).toEqual({ label: "2021-W01", start: "2021-01-04", end: "2021-01-10" });
    expect(periodInfo(periodOrdinal(day("2020-02-10"), "month")!, "month")).toEqual({ label: "2020-02", start: "2020-02-01", end: "2020-02-29" });
    expect(periodInfo(periodOrdinal(day("2020-12-10"), "month")!, "month")).toEqual({ label: "2020-12", start: "2020-12-01", end: "2020-12-31" });
  });
  it("places a month-only date in months only, a year-only date nowhere", () => {
    expect(periodOrdinal({ precision: "month", year: 2020, month: 5 }, "month")).toBe(periodOrdinal(day("2020-05-31"), "month"));
    expect(periodOrdinal({ precision: "month", year: 2020, month: 5 }, "week")).toBeNull();
    expect(periodOrdinal({ precision: "year", year: 2020 }, "month")).toBeNull();
  });
  it("chooses day up to 60 days, week up to 731, month beyond, and month when most dates give only a month", () => {
    const t = { maxDaysByDay: 60, maxDaysByWeek: 731 };
    // 2022-01-01 .. 2022-03-01 is 60 days counting both ends; one more day is 61
    expect(choosePeriod([day("2022-01-01"), day("2022-03-01")], t)).toEqual({ unit: "day", first: "2022-01-01", last: "2022-03-01", spanDays: 60 });
    expect(choosePeriod([day("2022-01-01"), day("2022-03-02")], t).unit).toBe("week");
    // 2020-01-01 .. 2021-12-31 is 731 days (2020 is a leap year)
    expect(choosePeriod([day("2020-01-01"), day("2021-12-31")], t)).toMatchObject({ unit: "week", spanDays: 731 });
    expect(choosePeriod([day("2020-01-01"), day("2022-01-01")], t)).toMatchObject({ unit: "month", spanDays: 732 });
    const month = { precision: "month" as const, year: 2022, month: 1 };
    expect(choosePeriod([day("2022-01-01"), month, month], t)).toMatchObject({ unit: "month", spanDays: 1 });
    expect(choosePeriod([month], t)).toEqual({ unit: "month", first: null, last: null, spanDays: 0 });
  });
});
