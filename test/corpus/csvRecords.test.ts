import { csvRecords } from "../../src/corpus/csvRecords";
import { caught, collect, tmpDir, withBadBytes, write } from "./tmp";

const REQUIRED = ["id", "outlet", "text"];

describe("csvRecords", () => {
  const dir = tmpDir();

  it("yields records keyed by header, with each record's first line", async () => {
    const file = write(dir, "a.csv", [
      "\uFEFFid, outlet ,text,extra",
      'a,x,"two\r\nlines",',
      "",
      'b,y,"say ""hi""",e',
      "",
    ].join("\r\n"));
    const records = await collect(csvRecords(file, REQUIRED));
    expect(records).toEqual([
      { fields: { id: "a", outlet: "x", text: "two\nlines" }, where: { file, line: 2 }, problems: [] },
      { fields: { id: "b", outlet: "y", text: 'say "hi"', extra: "e" }, where: { file, line: 5 }, problems: [] },
    ]);
  });

  it("throws on missing required columns before reading any row", async () => {
    const file = write(dir, "cols.csv", 'id,title,body\na,"unclosed\n');
    const e = await caught(() => collect(csvRecords(file, REQUIRED)));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ code: "missing-column", file, line: 1, field: "outlet, text" });
    expect(e.message).toContain(`${file}:1`);
    expect(e.message).toContain('required columns "outlet", "text"');
  });

  it("throws on a duplicated column name", async () => {
    const file = write(dir, "dup.csv", "id,outlet,text,id\n");
    const e = await caught(() => collect(csvRecords(file, REQUIRED)));
    expect(e.problems[0]).toMatchObject({ code: "duplicate-column", file, line: 1, field: "id" });
  });

  it("throws on an empty file", async () => {
    const file = write(dir, "empty.csv", "");
    const e = await caught(() => collect(csvRecords(file, REQUIRED)));
    expect(e.problems[0]).toMatchObject({ code: "empty-file", file });
    expect(e.message).toContain(file);
  });

  it("flags a row with the wrong number of cells, and skips wholly blank rows", async () => {
    const file = write(dir, "count.csv", "id,outlet,text\na,x,t,oops\n,,\nb,y,t\n");
    const records = await collect(csvRecords(file, REQUIRED));
    expect(records.map((r) => r.where.line)).toEqual([2, 4]);
    expect(records[0].problems).toEqual([expect.objectContaining({ code: "column-count", file, line: 2 })]);
    expect(records[1].problems).toEqual([]);
  });

  it("attaches invalid UTF-8 to the record spanning that line", async () => {
    const file = write(dir, "utf.csv", withBadBytes('id,outlet,text\na,x,"first\nsecond ', [0xff], ' line"\nb,y,fine\n'));
    const records = await collect(csvRecords(file, REQUIRED));
    expect(records[0].problems).toEqual([expect.objectContaining({ code: "invalid-utf8", file, line: 3 })]);
    expect(records[1]).toEqual({ fields: { id: "b", outlet: "y", text: "fine" }, where: { file, line: 4 }, problems: [] });
  });

  it("throws on broken quoting, naming the file and line", async () => {
    const file = write(dir, "quote.csv", 'id,outlet,text\na,x,ok\n\nb,y,"never closed\nc,z,t\n');
    const e = await caught(() => collect(csvRecords(file, REQUIRED)));
    expect(e.problems[0]).toMatchObject({ code: "malformed-csv", file });
    expect(e.message).toContain(file);
    expect(e.problems[0].line).toBe(4);
    expect(e.message).toContain("never closed");
  });
});
