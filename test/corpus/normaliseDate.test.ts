import { normaliseDate } from "../../src/corpus/normaliseDate";
import { FramediffError } from "../../src/errors";

const where = Object.freeze({ file: "c.csv", line: 4, field: "date" });

function problemOf(value: string): FramediffError {
  try {
    normaliseDate(value, where);
  } catch (e) {
    if (e instanceof FramediffError) return e;
    throw e;
  }
  throw new Error(`expected "${value}" to be rejected`);
}

describe("normaliseDate", () => {
  it.each([
    ["2022", "2022"],
    ["2022-03", "2022-03"],
    ["2022-03-10", "2022-03-10"],
    ["20220310", "2022-03-10"],
    [" 2022-03-10 ", "2022-03-10"],
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
    ["2022-03-10T12:47", "2022-03-10T12:47"],
    ["2022-03-10T12:47:57Z", "2022-03-10T12:47:57Z"],
    ["2022-03-10T12:47:57.093+03:00", "2022-03-10T12:47:57.093+03:00"],
    ["2022-03-10T23:59:59-05:30", "2022-03-10T23:59:59-05:30"],
  ])("accepts %s", (input, expected) => {
    expect(normaliseDate(input, where)).toBe(expected);
  });

  it.each(["10/03/2022", "March 10, 2022", "2022-3-10", "202203", "2022-03-10 12:47", "2022-03-10T12", "yesterday", ""])(
    "rejects the unparseable %j, naming file, line and field",
    (input) => {
      const e = problemOf(input);
      expect(e.problems[0]).toMatchObject({ code: "invalid-date", file: "c.csv", line: 4, field: "date" });
      expect(e.message).toContain('c.csv:4 field "date"');
      expect(e.message).toContain("is not an ISO 8601 date");
      expect(e.message).toContain("YYYY-MM-DD");
    },
  );

  it.each([
    ["2022-02-30", "February 2022 has 28 days"],
    ["2023-02-29", "February 2023 has 28 days"],
    ["1900-02-29", "February 1900 has 28 days"],
    ["2022-04-31", "April 2022 has 30 days"],
    ["20221301", "there is no month 13"],
    ["2022-00", "there is no month 0"],
    ["2022-03-00", "March 2022 has 31 days"],
    ["2022-02-30T10:00Z", "February 2022 has 28 days"],
    ["2022-03-10T24:00", "time of day"],
    ["2022-03-10T12:60", "time of day"],
    ["2022-03-10T12:00+25:00", "offset"],
  ])("rejects the impossible %s", (input, reason) => {
    const e = problemOf(input);
    expect(e.problems[0].code).toBe("invalid-date");
    expect(e.message).toContain(`date "${input}" does not exist`);
    expect(e.message).toContain(reason);
    expect(e.message).toContain("c.csv:4");
  });
});
