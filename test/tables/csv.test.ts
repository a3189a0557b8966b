import { parse } from "csv-parse/sync";
import { resultToCsv, toCsv } from "../../src/tables/csv";
import { flattenRows } from "../../src/tables/flatten";
import { deepFreeze, RESULT } from "./fixtures";

describe("toCsv / resultToCsv", () => {
  it("writes RFC 4180 CSV: header, quoted specials, doubled quotes, null empty, empty string quoted, \\n endings", () => {
    expect(resultToCsv(RESULT)).toBe(
      "outlet,label,articleIds,n,mean.estimate,mean.lower,mean.upper,ok,note,extra\n" +
      "tass,50% of R&D_x {a}~^\\,a1;a2,3,0.12345,-0.0004,0.5,true,,\n" +
      '"bbc, ""world""","line1\nline2","",10,,,,false,x,\n' +
      "yahoo,,a3,0,-1.5,-2,-1,,,7\n");
  });

  it("gives fixed digits to columns of non-whole numbers only, with no negative zero", () => {
    expect(resultToCsv(RESULT, { precision: 2 })).toBe(
      "outlet,label,articleIds,n,mean.estimate,mean.lower,mean.upper,ok,note,extra\n" +
      "tass,50% of R&D_x {a}~^\\,a1;a2,3,0.12,0.00,0.50,true,,\n" +
      '"bbc, ""world""","line1\nline2","",10,,,,false,x,\n' +
      "yahoo,,a3,0,-1.50,-2.00,-1.00,,,7\n");
  });

  it("takes per-column digits", () => {
    const csv = resultToCsv(RESULT, { columnPrecision: { n: 1, "mean.upper": 0 } });
    expect(csv.split("\n")[1]).toBe("tass,50% of R&D_x {a}~^\\,a1;a2,3.0,0.12345,-0.0004,1,true,,");
  });

  it("writes full precision, NaN, Inf and -0 in a stable form", () => {
    const t = deepFreeze({ columns: ["x"], rows: [[0.1 + 0.2], [NaN], [Infinity], [-Infinity], [-0], [1e-7]] });
    expect(toCsv(t)).toBe("x\n0.30000000000000004\nNaN\nInf\n-Inf\n0\n1e-7\n");
  });

  it("quotes CR, CRLF and commas in headers and cells, and leaves non-ASCII as is", () => {
    const t = deepFreeze({ columns: ["a,b", "Київ"], rows: [["x\r\ny", "über"], ["cr\r", '"']] });
    expect(toCsv(t)).toBe('"a,b",Київ\n"x\r\ny",über\n"cr\r",""""\n');
  });

  it("writes a header alone for a table with no rows", () => {
    expect(toCsv({ columns: ["a", "b"], rows: [] })).toBe("a,b\n");
    expect(resultToCsv({ kind: "sentiment-articles", rows: [] })).toBe("outlet,event,articleId,sentences,mean,negative,neutral,positive\n");
  });

  it("is deterministic and reads back as the same table with csv-parse", () => {
    expect(resultToCsv(RESULT)).toBe(resultToCsv(RESULT));
    expect(parse(resultToCsv(RESULT), { relax_column_count: false })).toEqual([flattenRows(RESULT).columns, ...flattenRows(RESULT).rows.map((r) => r.map((v) => (v === null ? "" : String(v))))]);
  });

  it("rejects precision options it cannot honour", () => {
    expect(() => resultToCsv(RESULT, { columnPrecision: { nope: 2 } })).toThrow('invalid columnPrecision: no column "nope"');
  });
});
