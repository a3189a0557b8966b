import fc from "fast-check";
import { countDelimiters, DELIMITERS, detectDelimiter, type Delimiter } from "../../src/corpus/csvDelimiter";
import { readCsvHead } from "../../src/corpus/csvHead";
import { csvRecords } from "../../src/corpus/csvRecords";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { caught, collect, tmpDir, write } from "./tmp";

const KNOWN = ["id", "outlet", "text"];

describe("countDelimiters / detectDelimiter", () => {
  it("counts delimiters outside quoted cells only (doubled quotes stay inside)", () => {
    const counts = countDelimiters('id;"a,b;""c|d""";x\ty');
    expect([...counts]).toEqual([[",", 0], [";", 2], ["\t", 1], ["|", 0]]);
  });

  it("takes the one delimiter a header has, or a comma when it has none", () => {
    expect(detectDelimiter("id;outlet;text", KNOWN, "c.csv")).toBe(";");
    expect(detectDelimiter("id\toutlet\ttext", KNOWN, "c.csv")).toBe("\t");
    expect(detectDelimiter("id|outlet|text", KNOWN, "c.csv")).toBe("|");
    expect(detectDelimiter('id,outlet,"a;b",text', KNOWN, "c.csv")).toBe(",");
    expect(detectDelimiter("text", KNOWN, "c.csv")).toBe(",");
  });

  it("when several occur, takes the one whose cells name known columns", () => {
    expect(detectDelimiter("id;outlet;text;notes, comments", KNOWN, "c.csv")).toBe(";");
    expect(detectDelimiter("id,outlet,text,a;b", KNOWN, "c.csv")).toBe(",");
  });

  it("asks for --delimiter when the header does not tell", () => {
    let error: unknown;
    try { detectDelimiter("a;b,c", KNOWN, "c.csv", 2); } catch (e) { error = e; }
    const p = (error as { problems: { code: string; file: string; line: number; message: string; hint: string }[] }).problems[0];
    expect(p).toMatchObject({ code: "ambiguous-delimiter", file: "c.csv", line: 2 });
    expect(p.message).toBe('cannot tell the CSV delimiter: the header line has "," (1 times), ";" (1 times) outside quotes.');
    expect(p.hint).toMatch(/--delimiter/);
  });
});

describe("issue 12: semicolon CSVs are not recognised", () => {
  const dir = tmpDir();

  it("loads a semicolon CSV as exported by a spreadsheet in a comma-decimal locale", async () => {
    const file = write(dir, "semi.csv", '\uFEFFid;outlet;text;score\r\na;x;"Hello; world";1,5\r\nb;y;Plain text;2,0\r\n');
    const corpus = await loadCorpus(file);
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.text, a.meta.score])).toEqual([["a", "x", "Hello; world", "1,5"], ["b", "y", "Plain text", "2,0"]]);
  });

  it("reads tab- and pipe-separated files, and honours a given delimiter over the header", async () => {
    const tab = write(dir, "t.csv", "id\toutlet\ttext\na\tx\tone, two\n");
    expect((await loadCorpus(tab)).articles[0].text).toBe("one, two");
    const pipe = write(dir, "p.csv", "id|outlet|text\na|x|one; two\n");
    expect((await loadCorpus(pipe)).articles[0].text).toBe("one; two");
    const amb = write(dir, "amb.csv", "id;outlet,text\na;x,y\n");
    const e = await caught(() => loadCorpus(amb));
    expect(e.problems[0]).toMatchObject({ code: "ambiguous-delimiter", file: amb, line: 1 });
    const given = await loadCorpus(amb, { delimiter: ";", fieldMap: { outlet: "outlet,text", text: "outlet,text" } });
    expect(given.articles.map((a) => [a.id, a.outlet, a.text])).toEqual([["a", "x,y", "x,y"]]);
  });

  it("points at the line of an unclosed quote in a semicolon file", async () => {
    const file = write(dir, "open.csv", 'id;outlet;text\na;x;fine\nb;y;"never closed\nmore\n');
    const e = await caught(() => loadCorpus(file));
    expect(e.problems[0]).toMatchObject({ code: "malformed-csv", line: 3 });
    expect(e.problems[0].message).toContain("character 5");
  });

  it("rejects an unknown delimiter option", async () => {
    await expect(loadCorpus("x.csv", { delimiter: ":" as never })).rejects.toThrow(/field "delimiter": invalid delimiter: ":"/);
  });
});

/** Writes one CSV cell: quoted when it holds the delimiter, a quote, a line break or outer spaces (RFC 4180). */
function cell(value: string, d: Delimiter, always = false): string {
  const needs = always || value.includes(d) || /["\r\n]/.test(value) || value !== value.trim();
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

describe("CSV round trip (property)", () => {
  const dir = tmpDir();
  const piece = fc.constantFrom("a", "Z", " ", '"', ",", ";", "\t", "|", "\n", "\r\n", "é", "😀", "x y", "''");
  const hostile = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
  const row = fc.tuple(fc.array(fc.constantFrom("a", "b", "7", "é"), { minLength: 1, maxLength: 4 }).map((p) => p.join("")), hostile, hostile, hostile);
  let n = 0;

  it("any table of hostile cells, written with any delimiter (with or without a BOM, LF or CRLF), reads back cell for cell", async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...DELIMITERS), fc.boolean(), fc.constantFrom("\n", "\r\n"), hostile, fc.array(row, { minLength: 1, maxLength: 5 }),
      async (d, bom, eol, extraName, rows) => {
        const extra = `x${extraName}`.trim(); // a fourth column with a hostile (quoted) name
        const header = ["id", "outlet", "text", extra].map((c, i) => cell(c, d, i === 3)).join(d);
        const lines = rows.map(([id, outlet, text, more]) => [id, outlet, text, more].map((c) => cell(c, d)).join(d));
        const file = write(dir, `r${n++}.csv`, (bom ? "\uFEFF" : "") + [header, ...lines].join(eol) + eol);
        const head = await readCsvHead(file, undefined, KNOWN);
        expect(head.delimiter).toBe(d);
        const records = await collect(csvRecords(file, KNOWN, { delimiter: head.delimiter }));
        // a line break inside a cell is read as LF (the loader's CRLF → LF); empty cells are left out
        const expected = rows.map((r) => Object.fromEntries(r.map((v, i) => [["id", "outlet", "text", extra.replace(/\r\n/g, "\n")][i], v.replace(/\r\n/g, "\n")]).filter(([, v]) => v !== "")));
        expect(records.map((r) => r.fields)).toEqual(expected);
        expect(records.every((r) => r.problems.length === 0)).toBe(true);
      },
    ), { numRuns: 150 });
  });
});
