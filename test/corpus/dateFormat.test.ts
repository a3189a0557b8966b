import fc from "fast-check";
import { compileDateFormat, fullYear } from "../../src/corpus/dateFormat";
import { normaliseDate } from "../../src/corpus/normaliseDate";
import { resolveOptions } from "../../src/corpus/options";
import { openSource } from "../../src/corpus/source";
import { readArticles } from "../../src/corpus";
import { FramediffError } from "../../src/errors";
import { caught, collect, jsonl, tmpDir, write } from "./tmp";

const where = Object.freeze({ file: "c.csv", line: 4, field: "date" });

/** Reads `value` with `format` (or ISO 8601 only), returning the ISO date or the FramediffError. */
function read(value: string, format?: string): string | FramediffError {
  try {
    return normaliseDate(value, where, format === undefined ? undefined : compileDateFormat(format));
  } catch (e) {
    if (e instanceof FramediffError) return e;
    throw e;
  }
}

const NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An independent formatter: writes a date the way an export in `format` would. */
function format(pattern: string, t: { y: number; m: number; d: number; h: number; min: number; s: number }): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const values: Record<string, string> = {
    YYYY: String(t.y), YY: two(t.y % 100), MMMM: NAMES[t.m - 1], MMM: NAMES[t.m - 1].slice(0, 3), MM: two(t.m), M: String(t.m),
    DD: two(t.d), D: String(t.d), HH: two(t.h), H: String(t.h), mm: two(t.min), ss: two(t.s),
  };
  return pattern.replace(/YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|mm|ss/g, (token) => values[token]);
}

describe("issue 8 finding 11: dates in the formats real exports carry", () => {
  it.each([
    ["M/D/YY", "7/23/17", "2017-07-23"],
    ["M/D/YY", "12/1/99", "1999-12-01"],
    ["D.M.YYYY", "23.7.2017", "2017-07-23"],
    ["D.M.YYYY", "01.02.2020", "2020-02-01"],
    ["MMMM D, YYYY", "July 23, 2017", "2017-07-23"],
    ["MMMM D, YYYY", "  JULY 23,   2017 ", "2017-07-23"],
    ["MMMM D, YYYY", "september 5, 2001", "2001-09-05"],
    ["MMM D, YYYY", "Sept 5, 2001", "2001-09-05"],
    ["MMM D, YYYY", "Sep. 5, 2001", "2001-09-05"],
    ["MMM D, YYYY", "jan 31, 2001", "2001-01-31"],
    ["D MMM YYYY", "5 May 2021", "2021-05-05"],
    ["DD/MM/YYYY", "23/07/2017", "2017-07-23"],
    ["YYYY-MM-DD", "2017-07-23", "2017-07-23"],
    ["YYYYMMDD", "20170723", "2017-07-23"],
    ["MMMM YYYY", "March 2022", "2022-03"],
    ["YYYY", "2022", "2022"],
    ["[week of] MMMM D, YYYY", "Week of July 23, 2017", "2017-07-23"],
  ])("reads %s: %j → %s", (fmt, value, iso) => {
    expect(read(value, fmt)).toBe(iso);
  });

  it("pivots two-digit years as POSIX strptime %y: 00–68 → 20xx, 69–99 → 19xx", () => {
    expect([0, 17, 68, 69, 99].map(fullYear)).toEqual([2000, 2017, 2068, 1969, 1999]);
    expect(["1/1/00", "1/1/68", "1/1/69", "1/1/99"].map((v) => read(v, "M/D/YY"))).toEqual(["2000-01-01", "2068-01-01", "1969-01-01", "1999-01-01"]);
  });

  it("checks the calendar: no 2/30, leap years by the Gregorian rule, no month 13", () => {
    for (const [value, fmt, reason] of [
      ["2/30/17", "M/D/YY", "February 2017 has 28 days"],
      ["2/29/17", "M/D/YY", "February 2017 has 28 days"],
      ["29.02.1900", "DD.MM.YYYY", "February 1900 has 28 days"],
      ["13/1/17", "M/D/YY", "there is no month 13"],
      ["4/31/2017", "M/D/YYYY", "April 2017 has 30 days"],
      ["7/0/17", "M/D/YY", "July 2017 has 31 days"],
      ["7/23/17 24:00", "M/D/YY H:mm", "the time of day is out of range"],
      ["7/23/17 9:60", "M/D/YY H:mm", "the time of day is out of range"],
    ]) {
      const e = read(value, fmt);
      expect(e).toBeInstanceOf(FramediffError);
      expect((e as FramediffError).message).toContain(`date "${value}" does not exist: ${reason}.`);
    }
    expect(read("2/29/16", "M/D/YY")).toBe("2016-02-29");
    expect(read("29.02.2000", "DD.MM.YYYY")).toBe("2000-02-29");
  });

  it("keeps a time the format reads, and refuses one it does not, rather than drop it", () => {
    expect(read("7/23/17 9:05", "M/D/YY H:mm")).toBe("2017-07-23T09:05");
    expect(read("23.07.2017 21:05:09", "DD.MM.YYYY HH:mm:ss")).toBe("2017-07-23T21:05:09");
    expect(read("2017-07-23T21:05", "YYYY-MM-DD[T]HH:mm")).toBe("2017-07-23T21:05");
    const e = read("7/23/17 9:05", "M/D/YY") as FramediffError;
    expect(e).toBeInstanceOf(FramediffError);
    expect(e.problems[0]).toMatchObject({ code: "invalid-date", file: "c.csv", line: 4, field: "date" });
    expect(e.message).toContain('date "7/23/17 9:05" matches neither the date format "M/D/YY" nor ISO 8601 (YYYY-MM-DD).');
    expect(e.message).toContain("--date-format \"M/D/YY H:mm\"");
  });

  it("still accepts ISO 8601 values alongside a format, but a value that matches the format is read by it", () => {
    expect(read("2017-07-23", "M/D/YY")).toBe("2017-07-23");
    expect(read("2017-07-23T10:00Z", "D.M.YYYY")).toBe("2017-07-23T10:00Z");
    expect(read("2017-12-07", "YYYY-DD-MM")).toBe("2017-07-12");
  });

  it("says that --date-format exists when a date is not ISO 8601, suggesting the formats that read it", () => {
    const e = read("7/23/17") as FramediffError;
    expect(e).toBeInstanceOf(FramediffError);
    expect(e.problems[0]).toMatchObject({ code: "invalid-date", file: "c.csv", line: 4, field: "date" });
    expect(e.message).toBe('c.csv:4 field "date": date "7/23/17" is not an ISO 8601 date. Fix: re-export the dates as ISO 8601, '
      + "YYYY-MM-DD (also YYYY, YYYY-MM, YYYYMMDD, or a date-time YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]); "
      + 'or pass --date-format M/D/YY (library: { dateFormat: "M/D/YY" }).');
    expect((read("3/4/2017") as FramediffError).message).toContain("pass --date-format M/D/YYYY or D/M/YYYY, whichever the source uses");
    expect((read("July 23, 2017") as FramediffError).message).toContain('pass --date-format "MMMM D, YYYY" (library: { dateFormat: "MMMM D, YYYY" })');
    expect((read("yesterday") as FramediffError).message).toContain("pass --date-format with the format the source uses, e.g. M/D/YY");
  });

  it.each([
    ["", "the format is empty"],
    ["Q/D/YY", 'unknown token "Q"'],
    ["MD/YY", '"M" is directly followed by "D"'],
    ["M/D", "it has no year"],
    ["YYYY D", "it gives the day but not the month"],
    ["M/D/YY H", "it gives the hour but not the minutes"],
    ["YYYY/YY", "it gives the year twice"],
    ["YYY-MM-DD", 'unknown token "YYY"'],
    ["[T YYYY", 'the "[" at character 1 is never closed'],
  ])("refuses the format %j in resolveOptions: %s", (fmt, reason) => {
    const e = (() => { try { resolveOptions({ dateFormat: fmt }); } catch (x) { return x as FramediffError; } throw new Error("accepted"); })();
    expect(e).toBeInstanceOf(FramediffError);
    expect(e.problems[0]).toMatchObject({ code: "invalid-option", field: "dateFormat" });
    expect(e.message).toContain(`invalid dateFormat ${JSON.stringify(fmt.trim())}: ${reason}`);
    expect(e.message).toContain("Fix: build it from the tokens YYYY, YY, M, MM, MMM, MMMM, D, DD, H, HH, mm, ss");
  });

  it("checks the type of dateFormat and leaves it out by default", () => {
    expect(() => resolveOptions({ dateFormat: 42 as never })).toThrow("invalid dateFormat: expected a string, found 42.");
    expect(resolveOptions({}).dateFormat).toBeUndefined();
    expect(resolveOptions({ dateFormat: " M/D/YY " }).dateFormat?.source).toBe("M/D/YY");
  });

  it("loads a corpus with one 7/23/17 among ISO dates once dateFormat is given (JSONL, CSV, folder)", async () => {
    const dir = tmpDir();
    const rows = [{ id: "a", outlet: "x", text: "t", date: "2017-07-22" }, { id: "b", outlet: "y", text: "u", date: "7/23/17" }];
    const file = write(dir, "c.jsonl", jsonl(...rows));
    const e = await caught(() => collect(readArticles(file)));
    expect(e.message).toContain(`${file}:2 field "date": date "7/23/17" is not an ISO 8601 date.`);
    expect(e.message).toContain("--date-format M/D/YY");
    const options = resolveOptions({ dateFormat: "M/D/YY" });
    const jsonlItems = await collect((await openSource(file, "jsonl", options)).items);
    expect(jsonlItems.map((i) => i.article?.date)).toEqual(["2017-07-22", "2017-07-23"]);
    const csv = write(dir, "c.csv", "id,outlet,text,date\na,x,t,2017-07-22\nb,y,u,7/23/17\n");
    expect((await collect((await openSource(csv, "csv", options)).items)).map((i) => i.article?.date)).toEqual(["2017-07-22", "2017-07-23"]);
    const folder = tmpDir();
    write(folder, "manifest.csv", "id,outlet,file,date\na,x,a.txt,7/23/17\n");
    write(folder, "a.txt", "text");
    expect((await collect((await openSource(folder, "folder", options)).items))[0].article?.date).toBe("2017-07-23");
    // Without options openSource behaves as before: ISO 8601 only.
    expect((await collect((await openSource(csv, "csv")).items))[1].skipped?.problems[0].code).toBe("invalid-date");
  });

  it("reads back any valid date written in any supported format (property)", () => {
    const formats = ["M/D/YY", "D.M.YYYY", "MMMM D, YYYY", "MMM D, YYYY", "DD/MM/YYYY", "YYYY-MM-DD", "D MMMM YYYY", "YYYYMMDD", "M/D/YYYY H:mm", "DD.MM.YYYY HH:mm:ss"];
    const moment = fc.date({ min: new Date(Date.UTC(1969, 0, 1)), max: new Date(Date.UTC(2068, 11, 31, 23, 59, 59)), noInvalidDate: true });
    fc.assert(fc.property(moment, fc.constantFrom(...formats), fc.boolean(), (at, fmt, upper) => {
      const t = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate(), h: at.getUTCHours(), min: at.getUTCMinutes(), s: at.getUTCSeconds() };
      const written = format(fmt, t);
      const iso = at.toISOString();
      const expected = fmt.includes("ss") ? iso.slice(0, 19) : fmt.includes("mm") ? iso.slice(0, 16) : iso.slice(0, 10);
      expect(read(upper ? written.toUpperCase() : written, fmt)).toBe(expected);
    }), { numRuns: 300 });
  });

  it("never throws anything but a FramediffError, and returns only ISO 8601 (property)", () => {
    const formats = [undefined, "M/D/YY", "MMMM D, YYYY", "D.M.YYYY H:mm"];
    const junk = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.stringMatching(/^[0-9/.:, A-Za-z-]{0,20}$/));
    fc.assert(fc.property(junk, fc.constantFrom(...formats), (value, fmt) => {
      const out = read(value, fmt);
      if (typeof out === "string") expect(out).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/);
      else expect(out.problems[0].code).toBe("invalid-date");
    }), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ maxLength: 16 }), (fmt) => {
      try {
        compileDateFormat(fmt).match("7/23/17");
      } catch (e) {
        expect(e).toBeInstanceOf(FramediffError);
      }
    }), { numRuns: 300 });
  });
});
