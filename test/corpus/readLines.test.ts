import { readLines } from "../../src/corpus/readLines";
import { caught, collect, tmpDir, withBadBytes, write } from "./tmp";

describe("readLines", () => {
  const dir = tmpDir();

  it("splits LF and CRLF lines, strips a BOM on line 1, keeps a last line without a newline", async () => {
    const file = write(dir, "a.txt", "\uFEFFone\r\ntwo\n\nfour");
    const lines = await collect(readLines(file));
    expect(lines).toEqual([
      { line: 1, text: "one" }, { line: 2, text: "two" }, { line: 3, text: "" }, { line: 4, text: "four" },
    ]);
  });

  it("does not yield an extra empty line after a final newline", async () => {
    const file = write(dir, "b.txt", "one\ntwo\n");
    expect((await collect(readLines(file))).map((l) => l.text)).toEqual(["one", "two"]);
  });

  it("reports invalid UTF-8 with the line number, and decodes the rest", async () => {
    const file = write(dir, "c.txt", withBadBytes("ok\nbad ", [0xff, 0xfe], " line\nok again\n"));
    const lines = await collect(readLines(file));
    expect(lines[0].problem).toBeUndefined();
    expect(lines[1].problem).toMatchObject({ code: "invalid-utf8", file, line: 2 });
    expect(lines[1].problem?.message).toContain("byte 5 of the line");
    expect(lines[1].text).toBe("bad \uFFFD\uFFFD line");
    expect(lines[2]).toEqual({ line: 3, text: "ok again" });
  });

  it("joins lines and multi-byte characters split across read chunks", async () => {
    const long = "ü".repeat(100_000); // 200,000 bytes: spans several 64 KiB chunks
    const file = write(dir, "d.txt", `short\n${long}\nend`);
    const lines = await collect(readLines(file));
    expect(lines.map((l) => l.text.length)).toEqual([5, 100_000, 3]);
    expect(lines[1].text).toBe(long);
    expect(lines.every((l) => l.problem === undefined)).toBe(true);
  });

  it("throws a FramediffError naming a missing file", async () => {
    const e = await caught(() => collect(readLines(`${dir}/nope.jsonl`)));
    expect(e.problems[0]).toMatchObject({ code: "not-found", file: `${dir}/nope.jsonl` });
    expect(e.message).toContain("nope.jsonl");
  });
});
