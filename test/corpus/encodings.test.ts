import { parse as parseCsvSync } from "csv-parse/sync";
import fc from "fast-check";
import { join } from "path";
import { loadCorpus } from "../../src/corpus";
import { QuoteTracker } from "../../src/corpus/csvQuotes";
import { csvRecords } from "../../src/corpus/csvRecords";
import { decodeText } from "../../src/corpus/decodeText";
import { findJsonSyntaxError } from "../../src/corpus/jsonSyntax";
import { jsonlRecords } from "../../src/corpus/jsonlRecords";
import { parseManifestJson } from "../../src/corpus/manifestJson";
import { normaliseDate } from "../../src/corpus/normaliseDate";
import { readLines } from "../../src/corpus/readLines";
import { toArticle } from "../../src/corpus/toArticle";
import { loneSurrogate, Utf16Decoder } from "../../src/corpus/utf16";
import { FramediffError } from "../../src/errors";
import { caught, collect, jsonl, tmpDir, write } from "./tmp";

/** `text` as UTF-16 bytes with a byte order mark. */
function utf16(text: string, bigEndian = false): Buffer {
  const le = Buffer.from(text, "utf16le");
  const body = bigEndian ? Buffer.from(le).swap16() : le;
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

/** True when `s` holds half a surrogate pair. */
const hasLoneSurrogate = (s: string) => loneSurrogate(s) >= 0;

// U+010A has the byte 0x0A in UTF-16 LE (0A 01) and U+0A00 in BE (0A 00): splitting on LF bytes would break them.
const TRICKY = "Ċ\u0a00 Mevlüt 😀 — «quote»";

describe("issue 8 finding 9: UTF-16 files with a byte order mark are decoded", () => {
  const dir = tmpDir();

  it.each([false, true])("streams UTF-16 lines (big endian: %s), across read chunks, CRLF and a BOM", async (bigEndian) => {
    const long = `${TRICKY} `.repeat(6000); // > 64 KiB of UTF-16: spans several read chunks
    const text = `one ${TRICKY}\r\n${long}\n\nlast`;
    const file = write(dir, `lines-${bigEndian}.txt`, utf16(text, bigEndian));
    const lines = await collect(readLines(file));
    expect(lines.map((l) => l.text)).toEqual([`one ${TRICKY}`, long, "", "last"]);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(lines.every((l) => l.problem === undefined)).toBe(true);
  });

  it("reads a UTF-16 LE JSONL like its UTF-8 twin", async () => {
    const rows = [{ id: "a", outlet: "x", text: TRICKY }, { id: "b", outlet: "y", text: "😀".repeat(40000) }];
    const plain = await collect(jsonlRecords(write(dir, "c8.jsonl", jsonl(...rows))));
    const wide = await collect(jsonlRecords(write(dir, "c16.jsonl", utf16(jsonl(...rows)))));
    expect(wide.map((r) => r.fields)).toEqual(plain.map((r) => r.fields));
    expect(wide.map((r) => r.where.line)).toEqual([1, 2]);
  });

  it("reads a UTF-16 BE CSV with quoted multi-line cells", async () => {
    const csv = `id,outlet,text\r\na,x,"${TRICKY}\r\nsecond line"\r\nb,y,plain\r\n`;
    const records = await collect(csvRecords(write(dir, "c16.csv", utf16(csv, true)), ["id", "outlet", "text"]));
    expect(records.map((r) => [r.fields.text, r.where.line])).toEqual([[`${TRICKY}\nsecond line`, 2], ["plain", 4]]);
  });

  it("loads a folder whose manifests and text files are UTF-16", async () => {
    for (const name of ["manifest.json", "manifest.csv"]) {
      const folder = tmpDir();
      write(folder, name, name.endsWith(".json")
        ? utf16(JSON.stringify({ name: "Çorpus", articles: [{ id: "a", outlet: "x", file: "a.txt" }, { id: "b", outlet: "y", file: "b.txt" }] }))
        : utf16("id,outlet,file\r\na,x,a.txt\r\nb,y,b.txt\r\n", true));
      write(folder, "a.txt", utf16(`${TRICKY}\r\nsaid.`));
      write(folder, "b.txt", utf16("Ċ big endian", true));
      const c = await loadCorpus(folder);
      expect(c.articles.map((a) => a.text)).toEqual([`${TRICKY}\nsaid.`, "Ċ big endian"]);
    }
  });

  it("decodes a whole UTF-16 buffer and keeps UTF-8 (with its BOM) as before", () => {
    expect(decodeText(utf16(TRICKY), "a.txt")).toBe(TRICKY);
    expect(decodeText(utf16(TRICKY, true), "a.txt")).toBe(TRICKY);
    expect(decodeText(Buffer.from(`\uFEFF${TRICKY}`), "a.txt")).toBe(`\uFEFF${TRICKY}`);
  });

  it("reports an unpaired surrogate or an odd byte count with its line, and says to re-save as UTF-8", async () => {
    const lone = Buffer.concat([utf16("ok\nbad "), Buffer.from([0x3d, 0xd8]), Buffer.from(" x\n", "utf16le")]);
    const lines = await collect(readLines(write(dir, "lone.txt", lone)));
    expect(lines[1]).toMatchObject({ line: 2, text: "bad \uFFFD x", problem: { code: "invalid-utf16", line: 2 } });
    expect(lines[1].problem?.message).toContain("unpaired surrogate 0xD83D at character 5 of the line");
    const e = await caught(() => decodeText(lone, "lone.txt"));
    expect(e.message).toBe("lone.txt:2: file is not valid UTF-16: unpaired surrogate 0xD83D at character 5 of the line. Fix: re-save the file as UTF-8.");
    const odd = Buffer.concat([utf16("a\nb"), Buffer.from([0x41])]);
    expect((await caught(() => decodeText(odd, "odd.txt"))).problems[0]).toMatchObject({ code: "invalid-utf16", line: 2 });
    expect((await collect(readLines(write(dir, "odd.txt", odd))))[1].problem).toMatchObject({ code: "invalid-utf16", line: 2 });
  });

  it("refuses UTF-16 without a byte order mark and UTF-32 in one line, not with NUL bytes", async () => {
    const noBom = write(dir, "nobom.jsonl", Buffer.from(jsonl({ id: "a", outlet: "x", text: "hello" }), "utf16le"));
    const e = await caught(() => collect(jsonlRecords(noBom)));
    expect(e.message).toBe(`${noBom}:1: file looks like UTF-16 LE without a byte order mark (every other byte is NUL).`
      + " Fix: re-save the file as UTF-8 (most editors offer Save As → Encoding: UTF-8).");
    const utf32 = write(dir, "u32.csv", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("i\0\0\0", "latin1")]));
    expect((await caught(() => collect(readLines(utf32)))).message).toContain("file is UTF-32LE, which framediff does not read");
    expect(() => decodeText(Buffer.from("a\0b\0c\0d\0", "latin1"), "x.txt")).toThrow("re-save the file as UTF-8");
  });

  it("decodes any text split at any byte into chunks (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (text, bigEndian, cuts) => {
      const bytes = utf16(text, bigEndian).subarray(2);
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const decoder = new Utf16Decoder(bigEndian);
      let out = "";
      let from = 0;
      for (const to of [...at, bytes.length]) { out += decoder.write(bytes.subarray(from, to)); from = to; }
      expect(decoder.end()).toBe(false);
      expect(out).toBe(text);
    }), { numRuns: 300 });
  });
});

describe("issue 8 finding 9: an unclosed CSV quote is blamed on the line where it opens", () => {
  const dir = tmpDir();

  it("names the line and character where the unclosed quoted cell begins, not the row's first line", async () => {
    const file = write(dir, "q.csv", 'id,outlet,text\na,x,ok\n"b\nb",y,"never closed\nc,z,t\n');
    const e = await caught(() => collect(csvRecords(file, ["id", "outlet", "text"])));
    expect(e.problems[0]).toMatchObject({ code: "malformed-csv", file, line: 4 });
    expect(e.message).toBe(`${file}:4: cannot parse the CSV: the quoted cell that opens here (character 6 of the line) is never closed.`
      + " Fix: check the quoting near this line: a cell containing a comma, a quote or a line break is wrapped in double quotes, with inner quotes doubled.");
  });

  it("counts escaped quotes, blank lines and emoji correctly", async () => {
    const file = write(dir, "q2.csv", 'id,outlet,text\n\na,x,"say ""hi"""\n\n😀,y,"open ""here\n\nstill open\n');
    const e = await caught(() => collect(csvRecords(file, ["id", "outlet", "text"])));
    expect(e.problems[0].line).toBe(5);
    expect(e.message).toContain("(character 5 of the line)");
  });

  it("agrees with csv-parse on whether a quote is left open (property)", () => {
    const cell = fc.oneof(fc.constantFrom("", "a", "😀", ","), fc.constant('"'), fc.constant('""'), fc.constant("\n"));
    fc.assert(fc.property(fc.array(cell, { maxLength: 14 }), (bits) => {
      const text = bits.join("");
      let unclosed = false;
      try {
        parseCsvSync(text, { relax_column_count: true, record_delimiter: "\n" });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== "CSV_QUOTE_NOT_CLOSED") return; // another quoting error: csv-parse names its own line
        unclosed = true;
      }
      const q = new QuoteTracker();
      text.split("\n").forEach((line, i) => q.feed(line, i + 1));
      expect(q.open !== undefined).toBe(unclosed);
    }), { numRuns: 400 });
  });
});

describe("issue 8 finding 9: a malformed manifest.json or JSONL line gives its line and column", () => {
  it("locates an unexpected token, which Node 20's JSON.parse reports without a position", () => {
    const text = '{\n  "articles": [\n    {"id": "a", "outlet": x}\n  ]\n}\n';
    expect(() => JSON.parse(text)).toThrow(/Unexpected token/);
    const e = (() => { try { parseManifestJson(text, "m/manifest.json"); } catch (x) { return x as FramediffError; } throw new Error("no error"); })();
    expect(e.problems[0]).toMatchObject({ code: "malformed-json", file: "m/manifest.json", line: 3 });
    expect(e.message).toContain('m/manifest.json:3: the manifest is not valid JSON at line 3, column 27: expected a JSON value, found "x".');
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a JSON property name in double quotes, found "}" (a trailing comma?)'],
    ["[1, 2,]", 1, 7, 'expected a JSON value, found "]" (a trailing comma?)'],
    ['{"a":\n  "b" "c"}', 2, 7, 'expected "," or "}" after a value in a JSON object, found "\\""'],
    ['{"😀😀": tru}', 1, 8, 'expected a JSON value, found "t"'],
    ['{"a": "line\nbreak"}', 1, 12, "a JSON string cannot hold a raw control character"],
    ['{"a": [1, 2}', 1, 12, 'expected "," or "]" after a value in a JSON array, found "}"'],
    ['{"a": 1', 1, 8, "the JSON ends too early: a { is never closed"],
    ['{"a": "x', 1, 7, "a JSON string starting here is never closed"],
    ["{} {}", 1, 4, 'unexpected "{" after the end of the JSON value'],
    ["{'a': 1}", 1, 2, "expected a JSON property name in double quotes"],
    ["[01]", 1, 3, 'expected "," or "]"'],
    ["", 1, 1, "the JSON ends too early"],
  ])("finds the error in %j at line %d, column %d", (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(message);
  });

  it("agrees with JSON.parse on what is valid JSON (property)", () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "\\", "0", "😀"))
      .map(([json, at, insert]) => { const i = at % (json.length + 1); return json.slice(0, i) + insert + json.slice(i + 1); });
    fc.assert(fc.property(fc.oneof(fc.json(), mutated, fc.string({ maxLength: 12 })), (text) => {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      expect(findJsonSyntaxError(text) === undefined).toBe(valid);
    }), { numRuns: 500 });
  });

  it("does not overflow the stack on deeply nested input", () => {
    expect(findJsonSyntaxError("[".repeat(200_000))).toMatchObject({ line: 1, column: 200_001 });
  });

  it("gives the JSONL column, quoting no raw NUL byte and no half emoji", async () => {
    const dir = tmpDir();
    const file = write(dir, "e.jsonl", `{"id": "a", "outlet": "x", "text": "${"😀".repeat(20)}" \u0000}\n`);
    const e = await caught(() => collect(jsonlRecords(file)));
    expect(e.problems[0]).toMatchObject({ code: "malformed-json", line: 1 });
    expect(e.problems[0].message).toBe('line is not valid JSON: expected "," or "}" after a value in a JSON object, found "\\u0000" (column 59).');
    expect(hasLoneSurrogate(e.message)).toBe(false);
  });
});

describe("issue 8 finding 9: messages that quote input never cut a surrogate pair", () => {
  const where = Object.freeze({ file: "c.jsonl", line: 2, field: "date" });

  it("cuts a long non-string field by code points", () => {
    // Cutting the JSON at 37 code units, as before, ends between the halves of the 18th emoji.
    const c = toArticle({ fields: { id: "a", outlet: "x", text: "t", title: ["😀".repeat(50)] }, where: { file: "c.jsonl", line: 2 }, problems: [] },
      { source: { file: "c.jsonl", line: 2 } });
    expect(c.ok).toBe(false);
    const message = c.ok ? "" : c.problems[0].message;
    expect(message).toMatch(/^expected a string, found an array \(\["😀+…\)\.$/u);
    expect(hasLoneSurrogate(message)).toBe(false);
  });

  it("cuts a long date value by code points", () => {
    const e = (() => { try { normaliseDate(`x${"😀".repeat(100)}`, where); } catch (x) { return x as FramediffError; } throw new Error("no error"); })();
    expect(e.message).toContain(`date "x${"😀".repeat(58)}…" is not an ISO 8601 date.`);
    expect(hasLoneSurrogate(e.message)).toBe(false);
  });

  it("never yields half a pair from well-formed input, whatever is cut (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", minLength: 50, maxLength: 120 }), (s) => {
      let message = "";
      try { normaliseDate(s, where); } catch (x) { message = (x as FramediffError).message; }
      expect(hasLoneSurrogate(message)).toBe(false);
    }), { numRuns: 200 });
  });
});
