import { execFileSync } from "child_process";
import { mkdirSync, symlinkSync } from "fs";
import { dirname, join } from "path";
import { loadCorpus } from "../../src/corpus";
import { scanTextFiles } from "../../src/corpus/listTextFiles";
import { resolveOptions } from "../../src/corpus/options";
import { openSource } from "../../src/corpus/source";
import { outsideFolder } from "../../src/corpus/textFilePath";
import { FramediffError } from "../../src/errors";
import { caught, collect, tmpDir, write } from "./tmp";

const SECRET = "SECRET-OUTSIDE-THE-CORPUS";

/** A temporary folder holding `corpus/` (returned) and, beside it, `outside/secret.txt`. */
function corpusBesideSecret(): { dir: string; secret: string } {
  const base = tmpDir();
  const secret = write(base, "outside/secret.txt", SECRET);
  const dir = join(base, "corpus");
  mkdirSync(dir);
  return { dir, secret };
}

function jsonManifest(dir: string, articles: object[]): string {
  return write(dir, "manifest.json", JSON.stringify({ articles }, null, 2));
}

/** Every item of the folder corpus at `dir`, read with `options`. */
async function items(dir: string, options: Parameters<typeof resolveOptions>[0] = {}) {
  return collect((await openSource(dir, "folder", resolveOptions(options))).items);
}

const A = { id: "a", outlet: "x", file: "a.txt" };

describe("issue 8 finding 7: manifest paths outside the corpus folder", () => {
  it("refuses a manifest.json entry that climbs out of the folder, naming manifest, row and field", async () => {
    const { dir } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    const manifest = jsonManifest(dir, [A, { id: "b", outlet: "y", file: "../../../../../../../../etc/passwd" }, { id: "c", outlet: "y", file: "../outside/secret.txt" }]);
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "outside-folder", file: manifest, field: "articles[1].file", articleId: "b" });
    expect(e.message).toBe(`${manifest} field "articles[1].file": "../../../../../../../../etc/passwd" points outside the corpus folder.`
      + " Fix: give the path of a text file inside the corpus folder, relative to it (copy the file into the folder if it belongs to the corpus).");
    expect(e.message.split("\n")).toHaveLength(1);
    const c = await loadCorpus(dir, { onInvalid: "skip" });
    expect(c.articles.map((a) => a.text)).toEqual(["inside"]);
    expect(c.skipped.map((s) => [s.id, s.problems[0].code, s.problems[0].field])).toEqual([
      ["b", "outside-folder", "articles[1].file"], ["c", "outside-folder", "articles[2].file"],
    ]);
    expect(JSON.stringify(c)).not.toContain(SECRET);
    expect(JSON.stringify(c)).not.toContain("root:");
  });

  it("refuses the same in a manifest.csv, naming its line", async () => {
    const { dir } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    const manifest = write(dir, "manifest.csv", "id,outlet,file\na,x,a.txt\nb,y,../outside/secret.txt\nc,y,sub/../../outside/secret.txt\n");
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "outside-folder", file: manifest, line: 3, field: "file" });
    expect(e.message).toContain(`${manifest}:3 field "file": "../outside/secret.txt" points outside the corpus folder.`);
    const c = await loadCorpus(dir, { onInvalid: "skip" });
    expect(c.skipped.map((s) => s.problems[0].line)).toEqual([3, 4]);
    expect(JSON.stringify(c)).not.toContain(SECRET);
  });

  it("still refuses a climb out of the folder with followSymlinks, and the folder itself as a file", async () => {
    const { dir } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    jsonManifest(dir, [A, { id: "b", outlet: "y", file: "../outside/secret.txt" }, { id: "c", outlet: "y", file: "sub/.." }]);
    const got = await items(dir, { followSymlinks: true });
    expect(got.map((i) => i.skipped?.problems[0].code ?? i.article?.text)).toEqual(["inside", "outside-folder", "outside-folder"]);
    expect(got[2].skipped?.problems[0].message).toContain('"sub/.." is the corpus folder itself');
  });

  it("accepts paths that only pass through .. inside the folder", async () => {
    const { dir } = corpusBesideSecret();
    write(dir, "texts/a.txt", "inside");
    jsonManifest(dir, [{ ...A, file: "texts/../texts/./a.txt" }]);
    const c = await loadCorpus(dir);
    expect(c.articles[0].text).toBe("inside");
    expect(outsideFolder(dir, "texts/../a.txt")).toBeUndefined();
    expect(outsideFolder(dir, "texts/../../x.txt")?.code).toBe("outside-folder");
  });

  it("refuses a listed file that is a symbolic link, even to a file inside the folder, unless followSymlinks", async () => {
    const { dir, secret } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    symlinkSync(secret, join(dir, "leak.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "alias.txt"));
    const manifest = jsonManifest(dir, [A, { id: "b", outlet: "y", file: "leak.txt" }, { id: "c", outlet: "y", file: "alias.txt" }]);
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "symlink", file: manifest, field: "articles[1].file", articleId: "b" });
    expect(e.message).toContain('"leak.txt" is a symbolic link, which is not followed.');
    expect(e.message).toContain("--follow-symlinks (library: { followSymlinks: true })");
    const refused = await items(dir);
    expect(refused.map((i) => i.skipped?.problems[0].code ?? "ok")).toEqual(["ok", "symlink", "symlink"]);
    expect(JSON.stringify(refused)).not.toContain(SECRET);
    // Followed when asked, wherever the link points: the user named the link and asked for it.
    const followed = await items(dir, { followSymlinks: true });
    expect(followed.map((i) => i.article?.text)).toEqual(["inside", SECRET, "inside"]);
    expect(followed[1].article?.source.file).toBe(join(dir, "leak.txt"));
  });

  it("refuses a path through a linked folder, naming the link", async () => {
    const { dir, secret } = corpusBesideSecret();
    symlinkSync(dirname(secret), join(dir, "texts"));
    jsonManifest(dir, [{ ...A, file: "texts/secret.txt" }]);
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "symlink", field: "articles[0].file" });
    expect(e.message).toContain('"texts/secret.txt" goes through the symbolic link "texts", which is not followed.');
    // The row already says so: no second warning about the same link.
    expect((await openSource(dir, "folder")).warnings).toEqual([]);
    expect((await items(dir, { followSymlinks: true }))[0].article?.text).toBe(SECRET);
  });

  it("reports a broken link with followSymlinks, and never reads a FIFO", async () => {
    const { dir } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    symlinkSync(join(dir, "gone.txt"), join(dir, "broken.txt"));
    const rows = [A, { id: "b", outlet: "y", file: "broken.txt" }];
    let fifo = false;
    try {
      execFileSync("mkfifo", [join(dir, "pipe.txt")]);
      fifo = true;
      rows.push({ id: "c", outlet: "y", file: "pipe.txt" });
    } catch {
      // no mkfifo here: the FIFO case is skipped
    }
    jsonManifest(dir, rows);
    const got = await items(dir, { followSymlinks: true, onInvalid: "skip" });
    expect(got[1].skipped?.problems[0]).toMatchObject({ code: "symlink", message: 'the symbolic link "broken.txt" is broken or loops.' });
    if (fifo) expect(got[2].skipped?.problems[0]).toMatchObject({ code: "not-a-file", message: '"pipe.txt" is not a regular file.' });
  });

  it("refuses a manifest that is itself a symbolic link unless followSymlinks", async () => {
    const { dir } = corpusBesideSecret();
    const elsewhere = tmpDir();
    const real = jsonManifest(elsewhere, [A]);
    write(dir, "a.txt", "inside");
    symlinkSync(real, join(dir, "manifest.json"));
    const e = await caught(() => loadCorpus(dir));
    expect(e.problems[0]).toMatchObject({ code: "symlink", file: join(dir, "manifest.json") });
    expect(e.message).toContain("the manifest is a symbolic link");
    expect((await items(dir, { followSymlinks: true }))[0].article?.text).toBe("inside");
  });

  it("warns about an unlisted link and does not search through it", async () => {
    const { dir, secret } = corpusBesideSecret();
    write(dir, "a.txt", "inside");
    symlinkSync(dirname(secret), join(dir, "shared"));
    symlinkSync(secret, join(dir, "stray.txt"));
    symlinkSync(secret, join(dir, "stray.md"));
    jsonManifest(dir, [A]);
    const c = await loadCorpus(dir);
    expect(c.articles.map((a) => a.id)).toEqual(["a"]);
    expect(c.warnings.filter((w) => w.code !== "single-outlet").map((w) => [w.code, w.file])).toEqual([
      ["unlisted-symlink", join(dir, "shared")], ["unlisted-symlink", join(dir, "stray.txt")],
    ]);
    expect(c.warnings[0].message).toBe("symbolic link is not followed, so nothing is read through it.");
    // With followSymlinks the linked folder is searched, and its text file is unlisted like any other.
    const source = await openSource(dir, "folder", resolveOptions({ followSymlinks: true }));
    expect(source.warnings.map((w) => [w.code, w.file])).toEqual([
      ["unlisted-file", join(dir, "shared/secret.txt")], ["unlisted-file", join(dir, "stray.txt")],
    ]);
  });

  it("survives symbolic link loops when listing the folder", async () => {
    const dir = tmpDir();
    write(dir, "a.txt", "a");
    write(dir, "sub/b.txt", "b");
    symlinkSync(dir, join(dir, "sub", "up"));
    symlinkSync(join(dir, "sub"), join(dir, "sub", "self"));
    expect(await scanTextFiles(dir)).toEqual({ files: ["a.txt", "sub/b.txt"], links: ["sub/self", "sub/up"] });
    expect(await scanTextFiles(dir, true)).toEqual({ files: ["a.txt", "sub/b.txt"], links: [] });
  });

  it("checks followSymlinks at run time", () => {
    expect(resolveOptions({ followSymlinks: true }).followSymlinks).toBe(true);
    expect(() => resolveOptions({ followSymlinks: "yes" as never })).toThrow(FramediffError);
    expect(() => resolveOptions({ followSymlinks: "yes" as never })).toThrow('invalid followSymlinks: "yes". Fix: use true or false.');
  });
});
