import { join } from "path";
import { loadCorpus } from "../../src/corpus";
import { openFolder } from "../../src/corpus/folderSource";
import { listTextFiles } from "../../src/corpus/listTextFiles";
import { caught, collect, tmpDir, withBadBytes, write } from "./tmp";

/** A folder corpus with manifest.json and the given text files. */
function folder(manifest: object, files: Record<string, string | Buffer>): string {
  const dir = tmpDir();
  write(dir, "manifest.json", JSON.stringify(manifest, null, 2));
  for (const [name, content] of Object.entries(files)) write(dir, name, content);
  return dir;
}

const TWO = [
  { id: "a", outlet: "x", file: "a.txt" },
  { id: "b", outlet: "y", file: "b.txt", title: "B" },
];

describe("openFolder / folder corpora", () => {
  it("reads texts from their files, normalising BOM, CRLF and NFD", async () => {
    const dir = folder({ articles: TWO }, { "a.txt": "\uFEFFMevlu\u0308t\r\nsaid.\r\n", "b.txt": "b" });
    const c = await loadCorpus(dir);
    expect(c.articles[0].text).toBe("Mevlüt\nsaid.\n");
    expect(c.articles[0].source).toEqual({ file: join(dir, "a.txt") });
    expect(c.articles[0].meta).toEqual({});
  });

  it("reports a row whose file is missing: manifest, row and field", async () => {
    const dir = folder({ articles: [...TWO, { id: "c", outlet: "x", file: "gone.txt" }] }, { "a.txt": "a", "b.txt": "b" });
    const manifest = join(dir, "manifest.json");
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "missing-file", file: manifest, field: "articles[2].file", articleId: "c" });
    expect(e.message).toContain(`${manifest} field "articles[2].file": text file "gone.txt" not found`);
    const c = await loadCorpus(dir, { onInvalid: "skip" });
    expect(c.articles).toHaveLength(2);
    expect(c.skipped).toEqual([{ id: "c", problems: [expect.objectContaining({ code: "missing-file" })] }]);
  });

  it("reports a missing file in a manifest.csv row by line and field", async () => {
    const dir = tmpDir();
    write(dir, "manifest.csv", "id,outlet,outletLabel,file\na,x,Ex,a.txt\nb,y,,gone.txt\n");
    write(dir, "a.txt", "a");
    const manifest = join(dir, "manifest.csv");
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "missing-file", file: manifest, line: 3, field: "file" });
    expect(e.message).toContain(`${manifest}:3 field "file"`);
  });

  it("loads a manifest.csv with outlet labels", async () => {
    const dir = tmpDir();
    write(dir, "manifest.csv", "id,outlet,outletLabel,file,date,translated\na,x,Ex,a.txt,20220310,false\nb,y,,b.txt,,\n");
    write(dir, "a.txt", "a");
    write(dir, "b.txt", "b");
    const c = await loadCorpus(dir);
    expect(c.articles[0]).toMatchObject({ date: "2022-03-10", translated: false, meta: {} });
    expect(c.outlets).toEqual([{ id: "x", label: "Ex", meta: {} }, { id: "y", label: "y", meta: {} }]);
  });

  it("warns about text files no row lists, and ignores other files", async () => {
    const dir = folder({ articles: TWO }, {
      "a.txt": "a", "b.txt": "b", "extra.txt": "stray", "sub/more.TXT": "stray", "lexicon.yaml": "x: 1", "notes.md": "n", ".hidden.txt": "h",
    });
    const c = await loadCorpus(dir);
    expect(c.articles).toHaveLength(2);
    expect(c.warnings).toEqual([
      expect.objectContaining({ code: "unlisted-file", file: join(dir, "extra.txt") }),
      expect.objectContaining({ code: "unlisted-file", file: join(dir, "sub/more.TXT") }),
    ]);
    expect(c.warnings[0].message).toContain("not listed in manifest.json");
  });

  it("counts texts in subfolders as listed", async () => {
    const dir = folder({ articles: [{ id: "a", outlet: "x", file: "texts/a.txt" }, { id: "b", outlet: "y", file: "./texts/b.txt" }] },
      { "texts/a.txt": "a", "texts/b.txt": "b" });
    expect((await loadCorpus(dir)).warnings).toEqual([]);
  });

  it("reports invalid UTF-8 in a text file with the file, its line and the manifest row", async () => {
    const dir = folder({ articles: TWO }, { "a.txt": withBadBytes("first line\nMevl", [0xfc], "t\n"), "b.txt": "b" });
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "invalid-utf8", file: join(dir, "a.txt"), line: 2 });
    expect(e.message).toContain(`${join(dir, "a.txt")}:2`);
    expect(e.message).toContain("(listed in manifest.json articles[0])");
    expect(e.message).toContain("re-save the file as UTF-8");
  });

  it("reports an empty or whitespace-only text file", async () => {
    const dir = folder({ articles: TWO }, { "a.txt": "", "b.txt": " \r\n\n" });
    const c = await loadCorpus(join(dir, "."), { onInvalid: "skip" }).catch((e) => e);
    expect(c.problems.map((p: { code: string; file: string }) => [p.code, p.file])).toEqual([
      ["empty-corpus", join(dir, ".")], ["empty-text", join(dir, "a.txt")], ["empty-text", join(dir, "b.txt")],
    ]);
  });

  it("checks outlets against the manifest's outlets list, and keeps its labels and extra fields", async () => {
    const dir = folder({
      outlets: [{ id: "x", label: "Ex", country: "RU" }, { id: "y", label: "Why" }, { id: "z", label: "Zed" }],
      articles: [...TWO, { id: "c", outlet: "w", file: "c.txt" }],
    }, { "a.txt": "a", "b.txt": "b", "c.txt": "c" });
    const manifest = join(dir, "manifest.json");
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "unknown-outlet", file: manifest, field: "articles[2].outlet" });
    expect(e.message).toContain('outlet "w" is not in the manifest\'s outlets list (x, y, z)');
    const c = await loadCorpus(dir, { onInvalid: "skip" });
    expect(c.outlets).toEqual([{ id: "x", label: "Ex", meta: { country: "RU" } }, { id: "y", label: "Why", meta: {} }]);
    expect(c.warnings).toEqual([expect.objectContaining({ code: "unused-outlet", file: manifest, field: "outlets[2]" })]);
  });

  it("names both manifest rows of a duplicate id", async () => {
    const dir = folder({ articles: [...TWO, { id: "a", outlet: "y", file: "c.txt" }] }, { "a.txt": "a", "b.txt": "b", "c.txt": "c" });
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "duplicate-id", field: "articles[2].id" });
    expect(e.message).toContain('id "a" is a duplicate: first at articles[0], again at articles[2]');
  });

  it("reports rows that are not objects, lack a file, or give text inline", async () => {
    const dir = folder({ articles: [...TWO, "c.txt", { id: "d", outlet: "x" }, { id: "e", outlet: "x", file: "b.txt", text: "inline" }] },
      { "a.txt": "a", "b.txt": "b" });
    const c = await loadCorpus(dir, { onInvalid: "skip" });
    expect(c.skipped.map((s) => s.problems.map((p) => `${p.code} ${p.field}`))).toEqual([
      ["invalid-type articles[2]"],
      ["missing-field articles[3].file"],
      ["unexpected-field articles[4].text"],
    ]);
    expect(c.warnings).toEqual([expect.objectContaining({ code: "duplicate-file", field: "articles[4].file" })]);
  });

  it("always throws on invalid UTF-8 in the manifest, naming it and the line", async () => {
    for (const name of ["manifest.json", "manifest.csv"]) {
      const dir = tmpDir();
      const content = name.endsWith(".json")
        ? withBadBytes('{\n  "name": "Caf', [0xe9], '",\n  "articles": []\n}\n')
        : withBadBytes("id,outlet,file\na,x,a.txt\nb,Caf", [0xe9], ",b.txt\n");
      write(dir, name, content);
      const e = await caught(() => loadCorpus(dir, { onInvalid: "skip" }));
      expect(e.problems[0]).toMatchObject({ code: "invalid-utf8", file: join(dir, name), line: name.endsWith(".json") ? 2 : 3 });
      expect(e.message).toContain(join(dir, name));
    }
  });

  it("streams items lazily through openFolder", async () => {
    const dir = folder({ name: "n", articles: TWO }, { "a.txt": "a", "b.txt": "b" });
    const source = await openFolder(dir);
    expect(source).toMatchObject({ format: "folder", name: "n", warnings: [] });
    const items = await collect(source.items);
    expect(items.map((i) => i.article?.id)).toEqual(["a", "b"]);
    expect(items[1].where).toEqual({ file: join(dir, "manifest.json"), row: "articles[1]" });
  });
});

describe("listTextFiles", () => {
  it("lists .txt files recursively, sorted, skipping hidden entries", async () => {
    const dir = tmpDir();
    for (const f of ["b.txt", "a.txt", "z/c.txt", "z/.d.txt", ".git/e.txt", "f.json"]) write(dir, f, "x");
    expect(await listTextFiles(dir)).toEqual(["a.txt", "b.txt", "z/c.txt"]);
  });
});
