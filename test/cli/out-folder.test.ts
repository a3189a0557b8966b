import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { filesBelow, openOutput, previousFiles } from "../../src/cli/out-folder";
import { FramediffError } from "../../src/errors";

const tmp = () => mkdtempSync(join(tmpdir(), "fd-out-"));
const put = (dir: string, rel: string, text: string) => { mkdirSync(join(dir, rel, ".."), { recursive: true }); writeFileSync(join(dir, rel), text); };
const messageOf = (f: () => unknown): string => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(FramediffError); return (e as Error).message; }
  throw new Error("expected a FramediffError");
};
/** A pid that belonged to a process that has exited. */
const deadPid = (): number => Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString());

describe("issue 8 finding 6: --out is checked before any work, with one line naming --out", () => {
  it("refuses an empty name, a file, a path under a file and a dangling link", () => {
    const dir = tmp();
    put(dir, "file.txt", "x");
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expect(messageOf(() => openOutput(""))).toMatch(/--out.*empty/);
    expect(messageOf(() => openOutput(join(dir, "file.txt")))).toMatch(/--out.*is a file, not a folder/);
    expect(messageOf(() => openOutput(join(dir, "file.txt", "sub")))).toMatch(/--out.*under .*file\.txt.*which is a file/);
    expect(messageOf(() => openOutput(join(dir, "dangling")))).toMatch(/--out.*symbolic link to something that does not exist/);
    for (const f of [() => openOutput(""), () => openOutput(join(dir, "file.txt"))]) expect(messageOf(f)).not.toContain("\n");
  });

  it("refuses a place where nothing can be written (/proc) at once instead of spinning", () => {
    expect(messageOf(() => openOutput("/proc/framediff-x"))).toMatch(/--out.*cannot be written/);
  });

  // Not testable as root (as CI runs), because root writes through permission bits; /proc above covers the unwritable case there.
  (process.getuid?.() === 0 ? it.skip : it)("refuses a read-only parent folder", () => {
    const dir = tmp();
    mkdirSync(join(dir, "ro"), { mode: 0o555 });
    expect(messageOf(() => openOutput(join(dir, "ro", "out")))).toMatch(/--out.*cannot be written/);
  });

  it("follows a link to an existing folder", () => {
    const dir = tmp();
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "link"));
    const run = openOutput(join(dir, "link"));
    writeFileSync(join(run.staging, "run.json"), "{}");
    run.commit();
    expect(existsSync(join(dir, "real", "run.json"))).toBe(true);
  });
});

describe("issue 8 finding 6: the run is staged beside --out and moved into place only when it succeeded", () => {
  it("creates the folder on the first run and leaves no staging folder or lock", () => {
    const dir = tmp();
    const run = openOutput(join(dir, "out"));
    expect(run.staging.startsWith(dir)).toBe(true);
    put(run.staging, "tables/a.csv", "a");
    put(run.staging, "run.json", JSON.stringify({ files: ["tables/a.csv"] }));
    expect(existsSync(join(dir, "out"))).toBe(false);
    run.commit();
    expect(filesBelow(join(dir, "out"))).toEqual(["run.json", "tables/a.csv"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("replaces only what the previous run listed, keeps the user's files, and removes emptied folders", () => {
    const dir = tmp(), out = join(dir, "out");
    put(out, "run.json", JSON.stringify({ files: ["tables/a.csv", "figures/old.svg", "../../escape.txt", "/etc/passwd"] }));
    put(out, "tables/a.csv", "old a");
    put(out, "figures/old.svg", "old");
    put(out, "tables/mine.csv", "the user's own");
    put(out, "notes.md", "the user's notes");
    put(dir, "escape.txt", "outside");
    const run = openOutput(out);
    put(run.staging, "tables/a.csv", "new a");
    put(run.staging, "run.json", JSON.stringify({ files: ["tables/a.csv"] }));
    run.commit();
    expect(filesBelow(out)).toEqual(["notes.md", "run.json", "tables/a.csv", "tables/mine.csv"]);
    expect(readFileSync(join(out, "tables/a.csv"), "utf8")).toBe("new a");
    expect(existsSync(join(out, "figures"))).toBe(false);
    expect(readFileSync(join(dir, "escape.txt"), "utf8")).toBe("outside");
    expect(readdirSync(dir).sort()).toEqual(["escape.txt", "out"]);
  });

  it("never reads paths outside the folder from a forged run.json", () => {
    const dir = tmp();
    put(dir, "run.json", JSON.stringify({ files: ["a", "../b", "/c", "x/../../d", "x/../e", 3, ""] }));
    expect([...previousFiles(dir)].sort()).toEqual(["a", "e", "run.json"]);
  });

  it("refuses, changing nothing, when a new file would replace one the previous run did not write", () => {
    const dir = tmp(), out = join(dir, "out");
    put(out, "tables/a.csv", "the user's file of the same name");
    const run = openOutput(out);
    put(run.staging, "tables/a.csv", "new");
    expect(() => run.commit()).toThrow(/already has "tables\/a\.csv"/);
    expect(readFileSync(join(out, "tables/a.csv"), "utf8")).toBe("the user's file of the same name");
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("an abandoned run leaves the previous results whole", () => {
    const dir = tmp(), out = join(dir, "out");
    put(out, "run.json", JSON.stringify({ files: ["t.csv"] }));
    put(out, "t.csv", "previous");
    const run = openOutput(out);
    put(run.staging, "t.csv", "half-written");
    run.abandon();
    run.abandon();
    expect(readFileSync(join(out, "t.csv"), "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out"]);
  });
});

describe("issue 8 finding 6: one run at a time on a folder", () => {
  it("refuses a second run while the first holds the folder, naming the lock", () => {
    const dir = tmp();
    const first = openOutput(join(dir, "out"));
    const msg = messageOf(() => openOutput(join(dir, "out")));
    expect(msg).toMatch(new RegExp(`another framediff run \\(pid ${process.pid}`));
    expect(msg).toContain(".out.framediff-lock");
    first.abandon();
    openOutput(join(dir, "out")).abandon();
  });

  it("takes over the lock and clears the staging folder of a run that died", () => {
    const dir = tmp();
    const pid = Number(deadPid());
    writeFileSync(join(dir, ".out.framediff-lock"), JSON.stringify({ pid, host: hostname(), started: "2026-01-01T00:00:00Z" }));
    mkdirSync(join(dir, `.out.framediff-run-${pid}-abc`));
    const run = openOutput(join(dir, "out"));
    expect(readdirSync(dir).filter((e) => e.includes(`-${pid}-`))).toEqual([]);
    run.abandon();
    expect(readdirSync(dir)).toEqual([]);
  });
});
