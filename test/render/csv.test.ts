import { FramediffError } from "../../src/errors";
import { csvField, tableToCsv } from "../../src/render/csv";

describe("tableToCsv", () => {
  it("writes a header and one line per row, each ended by \\n", () => {
    expect(tableToCsv({ columns: ["outlet", "n"], rows: [["TASS", 3], ["BBC", null]] })).toBe("outlet,n\nTASS,3\nBBC,\n");
    expect(tableToCsv({ columns: ["a"], rows: [] })).toBe("a\n");
  });

  it("quotes fields with commas, quotes or line breaks (RFC 4180), and the empty string", () => {
    expect(["a,b", 'say "hi"', "two\nlines", "cr\r", " lead", "plain", "Çavuşoğlu", "", null].map(csvField))
      .toEqual(['"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', " lead", "plain", "Çavuşoğlu", '""', ""]);
  });

  it("writes numbers in one stable form", () => {
    expect([0.1 + 0.2, -0, 1e-7, 123456789012, 2.5e21, NaN, Infinity, -Infinity, -1.5].map(csvField))
      .toEqual(["0.30000000000000004", "0", "1e-7", "123456789012", "2.5e+21", "NaN", "Inf", "-Inf", "-1.5"]);
  });

  it("issue 8 finding 8: guards figure-data text cells that start like a formula, unless formulaGuard is false", () => {
    const table = { columns: ["outlet", "share"], rows: [["=cmd|' /C calc'!A0", -0.25], ["@SUM(1)", -1e-5], ["-BBC", null]] };
    expect(tableToCsv(table)).toBe("outlet,share\n'=cmd|' /C calc'!A0,-0.25\n'@SUM(1),-0.00001\n'-BBC,\n");
    expect(tableToCsv(table, "t.csv", { formulaGuard: false })).toBe("outlet,share\n=cmd|' /C calc'!A0,-0.25\n@SUM(1),-0.00001\n-BBC,\n");
    expect(["+1", "-1", -1].map(csvField)).toEqual(["'+1", "'-1", "-1"]);
  });

  it("refuses a row of the wrong length, saying where", () => {
    expect(() => tableToCsv({ columns: ["a", "b"], rows: [[1, 2], [3]] }, "x.csv")).toThrow(FramediffError);
    expect(() => tableToCsv({ columns: ["a", "b"], rows: [[1, 2], [3]] }, "x.csv"))
      .toThrow("x.csv:3: row 2 has 1 cells but there are 2 columns. Fix: give every row one cell per column (null for a missing value).");
  });
});
