import { readFileSync } from "fs";
import { join } from "path";
import { loadCorpus } from "../../src/corpus";
import { caught, jsonl, tmpDir, withBadBytes, write } from "./tmp";

const ANTALYA = "corpus/antalya-2022-03-10";
const FIXTURES = "test/fixtures/corpus";

describe("loadCorpus: the bundled Antalya corpus", () => {
  it("loads 5 articles from 5 outlets, with no warnings", async () => {
    const c = await loadCorpus(ANTALYA);
    expect(c.format).toBe("folder");
    expect(c.path).toBe(ANTALYA);
    expect(c.name).toBe("antalya-2022-03-10");
    expect(c.description).toContain("Antalya");
    expect(c.articles.map((a) => a.id)).toEqual([
      "000_bc240690d0cf4bef", "001_02b74d511cd9fb5c", "002_04b0168f2edf53ea", "003_7083e41dbd905e29", "004_a6941b140a9282af",
    ]);
    expect(c.outlets.map((o) => o.id)).toEqual(["src000", "src001", "src003", "tass", "yahoo"]);
    expect(c.outlets.find((o) => o.id === "tass")).toEqual({
      id: "tass", label: "TASS", meta: { known: true, note: expect.stringContaining("/TASS/") },
    });
    expect(c.warnings).toEqual([]);
    expect(c.skipped).toEqual([]);
  });

  it("reads the yahoo article's date and url, and keeps unknowns as unknown", async () => {
    const c = await loadCorpus(ANTALYA);
    const yahoo = c.articles.find((a) => a.outlet === "yahoo");
    expect(yahoo).toMatchObject({
      date: "2022-03-10", url: "https://news.yahoo.com/no-cease-fire-agreement-reached-124757093.html",
      language: "en", originalLanguage: "en", translated: false, event: "antalya-talks-2022-03-10",
    });
    const tass = c.articles.find((a) => a.outlet === "tass");
    expect(tass?.translated).toBe("unknown");
    expect(tass?.date).toBeUndefined();
    expect(tass?.meta).toEqual({ dateShown: "March 10 (no year in the text)" });
  });

  it("keeps each text byte for byte as its .txt file, and records the file as source", async () => {
    const c = await loadCorpus(ANTALYA);
    for (const a of c.articles) {
      const file = join(ANTALYA, `${a.id}.txt`);
      expect(a.source).toEqual({ file });
      expect(Buffer.from(a.text, "utf8").equals(readFileSync(file))).toBe(true);
    }
  });
});

describe("loadCorpus: JSONL and CSV", () => {
  it("loads the same articles from JSONL and CSV (bar source)", async () => {
    const fromJsonl = await loadCorpus(join(FIXTURES, "same-articles.jsonl"));
    const fromCsv = await loadCorpus(join(FIXTURES, "same-articles.csv"));
    const strip = (c: typeof fromJsonl) => c.articles.map(({ source: _source, ...rest }) => rest);
    expect(strip(fromCsv)).toEqual(strip(fromJsonl));
    expect(fromCsv.outlets).toEqual(fromJsonl.outlets);
    expect(fromJsonl.outlets).toEqual([{ id: "tass", label: "TASS", meta: {} }, { id: "yahoo", label: "yahoo", meta: {} }]);
    expect(fromJsonl.articles[0]).toMatchObject({
      id: "t1", title: "Lavrov: no ceasefire", translated: true, text: 'ANTALYA, March 10. /TASS/.\nLavrov said "no".\n',
      meta: { section: "World" },
    });
    expect(fromJsonl.articles[1]).toMatchObject({ date: "2022-03-10", translated: false });
    expect(fromJsonl.articles[2]).toMatchObject({ language: "unknown", originalLanguage: "unknown", translated: "unknown", meta: {} });
    expect(fromJsonl.articles.map((a) => a.source.line)).toEqual([1, 3, 4]);
    expect(fromCsv.articles.map((a) => a.source.line)).toEqual([2, 5, 6]);
    expect([fromJsonl.format, fromCsv.format]).toEqual(["jsonl", "csv"]);
  });

  it("accepts .ndjson", async () => {
    const dir = tmpDir();
    const file = write(dir, "c.ndjson", jsonl({ id: "a", outlet: "x", text: "t" }, { id: "b", outlet: "y", text: "u" }));
    expect((await loadCorpus(file)).format).toBe("jsonl");
  });

  it("normalises BOM, CRLF and NFD once", async () => {
    const dir = tmpDir();
    const j = write(dir, "n.jsonl", "\uFEFF" + jsonl(
      { id: "a", outlet: "x", title: " Mevlu\u0308t ", text: "Mevlu\u0308t\r\nC\u0327avus\u0327og\u0306lu\rsaid." },
      { id: "b", outlet: "y", text: "u" },
    ).replace(/\n/g, "\r\n"));
    const cj = await loadCorpus(j);
    expect(cj.articles[0].title).toBe("Mevlüt");
    expect(cj.articles[0].text).toBe("Mevlüt\nÇavuşoğlu\nsaid.");
    const c = write(dir, "n.csv", "\uFEFFid,outlet,text\r\na,x,\"Mevlu\u0308t\r\nsaid.\"\r\nb,y,u\r\n");
    expect((await loadCorpus(c)).articles[0].text).toBe("Mevlüt\nsaid.");
  });

  it("keeps unknown fields in meta", async () => {
    const dir = tmpDir();
    const file = write(dir, "m.jsonl", jsonl(
      { id: "a", outlet: "x", text: "t", media_id: 1094, tags: ["war", "talks"], publish_date: "2022-03-10 12:47:57" },
      { id: "b", outlet: "y", text: "u" },
    ));
    const c = await loadCorpus(file);
    expect(c.articles[0].meta).toEqual({ media_id: 1094, tags: ["war", "talks"], publish_date: "2022-03-10 12:47:57" });
    expect(c.articles[1].meta).toEqual({});
  });
});

describe("loadCorpus: bad input", () => {
  const dir = tmpDir();

  it.each([
    ["empty.jsonl", ""], ["blank.jsonl", "\n  \n\n"], ["empty.csv", ""], ["header-only.csv", "id,outlet,text\n"],
  ])("rejects the empty file %s, naming it", async (name, content) => {
    const file = write(dir, name, content);
    const e = await caught(() => loadCorpus(file, { onInvalid: "skip" }));
    expect(e.problems[0].file).toBe(file);
    expect(["empty-corpus", "empty-file"]).toContain(e.problems[0].code);
    expect(e.message).toContain(file);
  });

  it("rejects whitespace-only text, naming file, line and field", async () => {
    const file = write(dir, "ws.jsonl", jsonl({ id: "a", outlet: "x", text: "ok" }, { id: "b", outlet: "y", text: " \n\t " }));
    const e = await caught(() => loadCorpus(file));
    expect(e.problems).toEqual([expect.objectContaining({ code: "empty-text", file, line: 2, field: "text", articleId: "b" })]);
    expect(e.message).toContain(`${file}:2 field "text"`);
    const csv = write(dir, "ws.csv", 'id,outlet,text\na,x,ok\nb,y,"  \n "\n');
    const e2 = await caught(() => loadCorpus(csv));
    expect(e2.problems).toEqual([expect.objectContaining({ code: "empty-text", file: csv, line: 3, field: "text" })]);
    expect(e2.message).toContain(`${csv}:3 field "text": text is whitespace only.`);
  });

  it("rejects invalid UTF-8 in the middle of a JSONL line, with its line", async () => {
    const file = write(dir, "utf.jsonl", withBadBytes(
      jsonl({ id: "a", outlet: "x", text: "ok" }) + '{"id":"b","outlet":"y","text":"Mevl', [0xff, 0xfe], 't"}\n',
    ));
    const e = await caught(() => loadCorpus(file));
    expect(e.problems[0]).toMatchObject({ code: "invalid-utf8", file, line: 2 });
    expect(e.message).toContain(`${file}:2`);
    expect(e.message).toContain("not valid UTF-8");
    const c = await loadCorpus(file, { onInvalid: "skip" });
    expect(c.articles.map((a) => a.id)).toEqual(["a"]);
    expect(c.skipped).toEqual([{ id: "b", problems: [expect.objectContaining({ code: "invalid-utf8", file, line: 2 })] }]);
  });

  it("rejects a missing outlet and a missing text", async () => {
    const noOutlet = write(dir, "no-outlet.jsonl", jsonl({ id: "a", text: "t" }));
    const e1 = await caught(() => loadCorpus(noOutlet));
    expect(e1.problems[0]).toMatchObject({ code: "missing-field", file: noOutlet, line: 1, field: "outlet" });
    expect(e1.message).toBe(`${noOutlet}:1 field "outlet": missing value. Fix: give every article an outlet (a short id such as tass).`);
    const noText = write(dir, "no-text.csv", "id,outlet,text\na,x,\n");
    const e2 = await caught(() => loadCorpus(noText));
    expect(e2.problems[0]).toMatchObject({ code: "missing-field", file: noText, line: 2, field: "text" });
    expect(e2.message).toContain(`${noText}:2 field "text"`);
  });

  it("rejects duplicate ids, naming both lines", async () => {
    const file = write(dir, "dup.jsonl", jsonl(
      { id: "a", outlet: "x", text: "t" }, { id: "b", outlet: "y", text: "t" }, { id: "a", outlet: "y", text: "again" },
    ));
    const e = await caught(() => loadCorpus(file));
    expect(e.problems[0]).toMatchObject({ code: "duplicate-id", file, line: 3, field: "id", articleId: "a" });
    expect(e.message).toContain('id "a" is a duplicate: first at line 1, again at line 3');
    const c = await loadCorpus(file, { onInvalid: "skip" });
    expect(c.articles.map((a) => a.text)).toEqual(["t", "t"]);
    expect(c.skipped).toEqual([{ id: "a", problems: [expect.objectContaining({ code: "duplicate-id", line: 3 })] }]);
  });

  it("throws on a malformed JSONL line even when skipping, with its line and the parse error", async () => {
    const file = write(dir, "bad.jsonl", jsonl({ id: "a", outlet: "x", text: "t" }, { id: "b", outlet: "y", text: "u" }) + '{"id": "c", "outlet": "x", "text": "v"\n');
    for (const onInvalid of ["error", "skip"] as const) {
      const e = await caught(() => loadCorpus(file, { onInvalid }));
      expect(e.problems[0]).toMatchObject({ code: "malformed-json", file, line: 3 });
      expect(e.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: line is not valid JSON: .+`));
    }
  });

  it("throws on a CSV without a required column, naming file, line 1 and the column", async () => {
    const file = write(dir, "cols.csv", "id,source,text\na,x,t\n");
    const e = await caught(() => loadCorpus(file, { onInvalid: "skip" }));
    expect(e.problems).toEqual([expect.objectContaining({ code: "missing-column", file, line: 1, field: "outlet" })]);
    expect(e.message).toContain(`${file}:1`);
    expect(e.message).toContain('"outlet"');
  });

  it("rejects an unparseable date and an impossible one", async () => {
    const file = write(dir, "dates.csv", "id,outlet,date,text\na,x,10/03/2022,t\nb,y,2022-02-30,u\nc,y,2022-03-10,v\n");
    const e = await caught(() => loadCorpus(file));
    expect(e.problems[0]).toMatchObject({ code: "invalid-date", file, line: 2, field: "date", articleId: "a" });
    expect(e.message).toContain(`${file}:2 field "date": date "10/03/2022" is not an ISO 8601 date.`);
    const c = await loadCorpus(file, { onInvalid: "skip" });
    expect(c.skipped.map((s) => s.problems[0].message)).toEqual([
      'date "10/03/2022" is not an ISO 8601 date.', 'date "2022-02-30" does not exist: February 2022 has 28 days.',
    ]);
  });

  it("loads a single-outlet corpus with a single-outlet warning", async () => {
    const file = write(dir, "one.jsonl", jsonl({ id: "a", outlet: "tass", text: "t" }, { id: "b", outlet: "tass", text: "u" }));
    const c = await loadCorpus(file);
    expect(c.articles).toHaveLength(2);
    expect(c.warnings).toEqual([expect.objectContaining({ code: "single-outlet", file })]);
    expect(c.warnings[0].message).toContain("comparisons need at least two outlets");
  });

  it("rejects a corpus whose every article is invalid, listing them all", async () => {
    const file = write(dir, "allbad.jsonl", jsonl({ id: "a", text: "t" }, { id: "b", outlet: "x" }));
    const e = await caught(() => loadCorpus(file, { onInvalid: "skip" }));
    expect(e.problems.map((p) => [p.code, p.line])).toEqual([["empty-corpus", undefined], ["missing-field", 1], ["missing-field", 2]]);
    expect(e.message).toContain(file);
  });

  it("rejects an unknown format, saying which are accepted", async () => {
    const file = write(dir, "c.json", "[]");
    const e = await caught(() => loadCorpus(file));
    expect(e.problems[0]).toMatchObject({ code: "unsupported-format", file });
    expect(e.message).toContain(".jsonl");
    expect(e.message).toContain("manifest.json");
    const missing = await caught(() => loadCorpus(join(dir, "nope.jsonl")));
    expect(missing.problems[0].code).toBe("not-found");
  });

  it("rejects an invalid onInvalid option", async () => {
    const e = await caught(() => loadCorpus(ANTALYA, { onInvalid: "ignore" as never }));
    expect(e.message).toContain('invalid onInvalid: "ignore"');
  });
});

describe("loadCorpus: skip mode lists every problem", () => {
  it("collects each invalid article with all its problems, in source order", async () => {
    const dir = tmpDir();
    const file = write(dir, "mixed.jsonl", withBadBytes(jsonl(
      { id: "ok1", outlet: "x", text: "fine" },
      { id: "bad1", text: "   ", date: "2022-13-01" },
      { id: "ok2", outlet: "y", text: "fine too", outletLabel: "Why" },
      { id: "ok1", outlet: "y", text: "dup" },
      { outlet: "y", text: "no id", translated: "perhaps" },
    ) + '{"id":"bad2","outlet":"y","text":"x', [0xc3], '"}\n' + jsonl({ id: "ok3", outlet: "y", outletLabel: "Y", text: "t" })));
    const c = await loadCorpus(file, { onInvalid: "skip" });
    expect(c.articles.map((a) => a.id)).toEqual(["ok1", "ok2", "ok3"]);
    expect(c.skipped.map((s) => [s.id, s.problems.map((p) => `${p.line}:${p.code}:${p.field ?? ""}`)])).toEqual([
      ["bad1", ["2:missing-field:outlet", "2:invalid-date:date", "2:empty-text:text"]],
      ["ok1", ["4:duplicate-id:id"]],
      [undefined, ["5:missing-field:id", "5:invalid-value:translated"]],
      ["bad2", ["6:invalid-utf8:"]],
    ]);
    for (const s of c.skipped) for (const p of s.problems) expect(p.file).toBe(file);
    expect(c.warnings.map((w) => [w.code, w.line])).toEqual([["outlet-label-conflict", 7]]);
    expect(c.warnings[0].message).toBe('outlet "y" is labelled "Y" here but "Why" at line 3; keeping "Why".');
    expect(c.outlets).toEqual([{ id: "x", label: "x", meta: {} }, { id: "y", label: "Why", meta: {} }]);
  });
});
