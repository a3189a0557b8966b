import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { FORMULA_STARTS, guardFormula, resultToCsv, toCsv } from "../../src/tables/csv";
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

describe("issue 8 finding 8: formula cells", () => {
  // Each first character a spreadsheet may run as a formula, written out by hand (not taken from FORMULA_STARTS).
  const dangerous = ["=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20"];
  const readBack = (csv: string): string[][] => parse(csv, { relax_column_count: false });

  it("guards a text cell starting with each dangerous character with a leading apostrophe", () => {
    const cells = dangerous.map((c) => `${c}HYPERLINK("http://x")`);
    const t = deepFreeze({ columns: ["quote"], rows: cells.map((c) => [c]) });
    expect(readBack(toCsv(t)).slice(1).map((r) => r[0])).toEqual(cells.map((c) => "'" + c));
    expect([...FORMULA_STARTS].sort()).toEqual([...dangerous].sort());
    expect(Object.isFrozen(FORMULA_STARTS)).toBe(true);
  });

  it("writes the exact bytes: quoting still follows RFC 4180 after the apostrophe", () => {
    const t = deepFreeze({ columns: ["a", "b", "c"], rows: [['=1+2', '-"x", y', "\rz"]] });
    expect(toCsv(t)).toBe("a,b,c\n'=1+2,\"'-\"\"x\"\", y\",\"'\rz\"\n");
  });

  it("leaves numbers, negative ones included, unquoted and unprefixed", () => {
    const t = deepFreeze({ columns: ["x"], rows: [[-0.25], [-1e-5], [-1e-7], [-3], [-Infinity], [0.5]] });
    expect(toCsv(t)).toBe("x\n-0.25\n-0.00001\n-1e-7\n-3\n-Inf\n0.5\n");
    // -0.00001 to 2 digits is written 0.00, never -0.00 (formatNumber)
    expect(toCsv(t, { precision: 2 })).toBe("x\n-0.25\n0.00\n0.00\n-3.00\n-Inf\n0.50\n");
    expect(resultToCsv(RESULT).split("\n")[4]).toBe("yahoo,,a3,0,-1.5,-2,-1,,,7");
  });

  it("guards a text cell that reads as a number, since it came from text, and leaves safe text and booleans alone", () => {
    const t = deepFreeze({ columns: ["s", "ok"], rows: [["-3", true], ["3", false], ["a=b", null], [" =x", null], ["'=x", null], ["", null]] });
    expect(toCsv(t)).toBe("s,ok\n'-3,true\n3,false\na=b,\n =x,\n'=x,\n\"\",\n");
  });

  it("guards a header that starts like a formula", () => {
    expect(toCsv({ columns: ["=x", "y"], rows: [] })).toBe("'=x,y\n");
  });

  it("is turned off by formulaGuard: false, and rejects a non-boolean", () => {
    const t = deepFreeze({ columns: ["=x"], rows: [["=1+2"], ["-3"], ["@a"]] });
    expect(toCsv(t, { formulaGuard: false })).toBe("=x\n=1+2\n-3\n@a\n");
    expect(resultToCsv({ rows: [{ q: "+1" }] }, { formulaGuard: false })).toBe("q\n+1\n");
    expect(resultToCsv({ rows: [{ q: "+1" }] })).toBe("q\n'+1\n");
    expect(toCsv(t, { formulaGuard: true })).toBe(toCsv(t));
    expect(() => toCsv(t, { formulaGuard: "no" as unknown as boolean })).toThrow("invalid formulaGuard: no (use true or false)");
  });

  it("reads back any text cell as itself, or with one apostrophe when it starts like a formula; exactly with the guard off", () => {
    const first = fc.constantFrom(...dangerous, "'", '"', ",", "\n", " ", "a", "1", "\u00e9", "\ud83d\ude00");
    const cell = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.tuple(first, fc.string({ unit: "binary-ascii", maxLength: 8 })).map(([a, b]) => a + b));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
      const t = { columns: cells.map((_, i) => `c${i}`), rows: [cells] };
      const [guarded] = readBack(toCsv(t)).slice(1);
      const [plain] = readBack(toCsv(t, { formulaGuard: false })).slice(1);
      cells.forEach((s, i) => {
        expect(guarded[i]).toBe(dangerous.includes(s.charAt(0)) ? "'" + s : s);
        expect(guarded[i]).toBe(guardFormula(s));
        expect(plain[i]).toBe(s);
      });
    }), { numRuns: 300, seed: 8 });
  });
});
