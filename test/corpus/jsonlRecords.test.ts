import { jsonlRecords } from "../../src/corpus/jsonlRecords";
import { caught, collect, tmpDir, withBadBytes, write } from "./tmp";

describe("jsonlRecords", () => {
  const dir = tmpDir();

  it("yields one record per object line, skipping blank lines, with line numbers", async () => {
    const file = write(dir, "a.jsonl", '{"id":"a"}\n\n   \r\n{"id":"b"}\r\n');
    const records = await collect(jsonlRecords(file));
    expect(records).toEqual([
      { fields: { id: "a" }, where: { file, line: 1 }, problems: [] },
      { fields: { id: "b" }, where: { file, line: 4 }, problems: [] },
    ]);
  });

  it("throws on a malformed line, naming the file, the line and the parse error", async () => {
    const file = write(dir, "bad.jsonl", '{"id":"a"}\n{"id":"b",}\n{"id":"c"}\n');
    const e = await caught(() => collect(jsonlRecords(file)));
    expect(e.problems[0]).toMatchObject({ code: "malformed-json", file, line: 2 });
    expect(e.message).toContain(`${file}:2`);
    expect(e.message).toMatch(/not valid JSON: .*JSON/);
  });

  it("throws on a line that is JSON but not an object", async () => {
    const file = write(dir, "arr.jsonl", '{"id":"a"}\n["b"]\n');
    const e = await caught(() => collect(jsonlRecords(file)));
    expect(e.problems[0]).toMatchObject({ code: "not-an-object", file, line: 2 });
    expect(e.message).toContain("found an array");
  });

  it("attaches invalid UTF-8 to the record of its line", async () => {
    const file = write(dir, "utf.jsonl", withBadBytes('{"id":"a","text":"ok"}\n{"id":"b","text":"bad ', [0xff, 0xfe], '"}\n'));
    const records = await collect(jsonlRecords(file));
    expect(records[0].problems).toEqual([]);
    expect(records[1].fields.id).toBe("b");
    expect(records[1].problems).toEqual([expect.objectContaining({ code: "invalid-utf8", file, line: 2 })]);
  });
});
