import { decodeUtf8, findInvalidUtf8 } from "../../src/corpus/decodeUtf8";
import { FramediffError } from "../../src/errors";
import { withBadBytes } from "./tmp";

describe("decodeUtf8", () => {
  it("decodes valid UTF-8 and keeps a BOM for normaliseText to strip", () => {
    expect(decodeUtf8(Buffer.from("Çavuşoğlu 😀"), "a.txt")).toBe("Çavuşoğlu 😀");
    expect(decodeUtf8(Buffer.from("\uFEFFx"), "a.txt")).toBe("\uFEFFx");
  });

  it("names the file and the line of the first bad byte", () => {
    const bytes = withBadBytes("line one\nline two\nbad ", [0xff, 0xfe], " here\nline four\n");
    let error: unknown;
    try {
      decodeUtf8(bytes, "corpus/x/a.txt");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FramediffError);
    const fe = error as FramediffError;
    expect(fe.problems[0]).toMatchObject({ code: "invalid-utf8", file: "corpus/x/a.txt", line: 3 });
    expect(fe.message).toContain("corpus/x/a.txt:3");
    expect(fe.message).toContain("not valid UTF-8");
    expect(fe.message).toContain("0xff");
    expect(fe.message).toMatch(/re-save the file as UTF-8/);
  });
});

describe("findInvalidUtf8", () => {
  it.each([
    ["valid", [0x61, 0xc3, 0xbc, 0xf0, 0x9f, 0x98, 0x80], -1],
    ["stray continuation byte", [0x61, 0x80], 1],
    ["overlong two-byte form", [0xc0, 0xaf], 0],
    ["overlong three-byte form", [0x61, 0xe0, 0x80, 0xaf], 1],
    ["UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["truncated at the end", [0x61, 0x62, 0xe2, 0x82], 2],
    ["Latin-1 ü", [0x4d, 0x65, 0x76, 0x6c, 0xfc, 0x74], 4],
  ])("%s", (_name, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
