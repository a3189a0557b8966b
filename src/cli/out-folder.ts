import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { FramediffError, type Problem } from "../errors";
import { Interrupted } from "./run-options";

/**
 * A run's hold on its output folder: the run writes into `staging`, a fresh
 * folder beside `out`, and only `commit` touches `out` itself. Until then
 * `out` keeps the previous run's results whole, whatever happens to this
 * one (an error, an interrupt, a kill).
 */
export interface OutputRun {
  /** The folder as the user named it. */
  readonly out: string;
  /** Where this run writes; becomes `out`'s content on commit. */
  readonly staging: string;
  /**
   * Puts the staged files into `out`: removes the files the previous run
   * listed in its `run.json` (and nothing else), moves the new ones in, and
   * releases the lock. Refuses, changing nothing, when a new file would
   * replace a file framediff did not write.
   */
  commit(): void;
  /** Removes the staging folder and releases the lock; `out` stays as it was. Safe to call twice. */
  abandon(): void;
}

const problem = (out: string, message: string, hint: string): FramediffError =>
  new FramediffError({ code: "bad-out", field: "--out", message: `"${out}" ${message}`, hint } satisfies Problem);

/** The lock and staging names for `out`, beside it so a rename is atomic. */
function sideNames(target: string): { lock: string; stagingPrefix: string; trashPrefix: string } {
  const parent = dirname(target), name = basename(target);
  return { lock: join(parent, `.${name}.framediff-lock`), stagingPrefix: join(parent, `.${name}.framediff-run-${process.pid}-`), trashPrefix: join(parent, `.${name}.framediff-old-${process.pid}-`) };
}

/**
 * Checks `--out` before any work and takes hold of it: it must be a folder or
 * a path where one can be made (not a file, not under a file, not a dangling
 * link, not empty), and its parent must be writable. Takes a lock beside it
 * (a second run on the same folder is refused while the first is alive),
 * clears what dead runs left behind, and creates the staging folder.
 * Every failure is one FramediffError naming `--out`.
 */
export function openOutput(out: string): OutputRun {
  if (out.trim() === "") throw problem(out, "is empty.", "pass a folder name, e.g. --out results.");
  let target = resolve(out);
  const kind = entryKind(target);
  if (kind === "dangling-link") throw problem(out, "is a symbolic link to something that does not exist.", "remove the link or pass another folder.");
  if (kind === "other") throw problem(out, "exists and is a file, not a folder.", "pass a folder (existing or new), not a file.");
  if (kind === "folder") target = realpathSync(target);
  const blocker = fileAbove(target);
  if (blocker) throw problem(out, `is under "${blocker}", which is a file.`, "pass a folder whose parents are folders.");
  const parent = dirname(target);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw problem(out, `cannot be created (${codeOf(e)} making "${parent}").`, "pass a folder on a writable disk.");
  }
  const { lock, stagingPrefix, trashPrefix } = sideNames(target);
  takeLock(out, lock);
  let staging: string;
  try {
    clearLeftovers(target);
    staging = mkdtempSync(stagingPrefix);
  } catch (e) {
    releaseLock(lock);
    throw problem(out, `cannot be written (${codeOf(e)} in "${parent}").`, "pass a folder on a writable disk where you may write.");
  }
  let open = true;
  return {
    out, staging,
    commit() {
      if (!open) throw new Error("openOutput: commit after the run was closed");
      try {
        commitInto(out, target, staging, trashPrefix);
      } finally {
        rmSync(staging, { recursive: true, force: true });
        releaseLock(lock);
        open = false;
      }
    },
    abandon() {
      if (!open) return;
      open = false;
      rmSync(staging, { recursive: true, force: true });
      releaseLock(lock);
    },
  };
}

type EntryKind = "none" | "folder" | "dangling-link" | "other";

function entryKind(path: string): EntryKind {
  let l;
  try { l = lstatSync(path); } catch { return "none"; }
  if (!l.isSymbolicLink()) return l.isDirectory() ? "folder" : "other";
  try { return statSync(path).isDirectory() ? "folder" : "other"; } catch { return "dangling-link"; }
}

/** The nearest existing ancestor of `path`, when it is not a folder. */
function fileAbove(path: string): string | undefined {
  for (let p = dirname(path); ; p = dirname(p)) {
    const kind = entryKind(p);
    if (kind === "folder") return undefined;
    if (kind !== "none") return p;
    if (dirname(p) === p) return undefined;
  }
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? String((e as Error)?.message ?? e);

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === "EPERM"; }
}

interface LockInfo { pid: number; host: string; started: string }

function takeLock(out: string, lock: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw problem(out, `cannot be written (${codeOf(e)} creating "${lock}").`, "pass a folder on a writable disk where you may write.");
      const held = readLock(lock);
      if (held && (held.host !== hostname() || alive(held.pid))) {
        throw problem(out, `is being written by another framediff run (pid ${held.pid} on ${held.host}, started ${held.started}).`, `wait for it to finish, or delete "${lock}" if no such run is going on.`);
      }
      rmSync(lock, { force: true }); // a dead run's lock (or an unreadable one): take it over
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies LockInfo) + "\n");
    closeSync(fd);
    return;
  }
  throw problem(out, "could not be locked: another run took the lock at the same moment.", "run one framediff at a time on a folder.");
}

function readLock(lock: string): LockInfo | undefined {
  try {
    const v = JSON.parse(readFileSync(lock, "utf8")) as LockInfo;
    return Number.isInteger(v.pid) && typeof v.host === "string" ? v : undefined;
  } catch { return undefined; }
}

function releaseLock(lock: string): void {
  const held = readLock(lock);
  if (held && held.pid === process.pid && held.host === hostname()) rmSync(lock, { force: true });
}

/** Removes the staging and trash folders of runs on `target` that are no longer alive (killed, crashed). */
function clearLeftovers(target: string): void {
  const parent = dirname(target), name = basename(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.framediff-(run|old)-(\\d+)-`);
  for (const entry of readdirSync(parent)) {
    const m = pattern.exec(entry);
    if (m && !alive(Number(m[2]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every file below `dir`, as relative paths with `/`, sorted. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r); else out.push(r);
    }
  };
  walk("");
  return out.sort();
}

/**
 * The files the previous run in `target` wrote, from its run.json (and
 * run.json itself); entries that would leave the folder are ignored, so a
 * forged run.json cannot make us delete anything outside it.
 */
export function previousFiles(target: string): Set<string> {
  const listed = new Set<string>();
  let run: unknown;
  try { run = JSON.parse(readFileSync(join(target, "run.json"), "utf8")); } catch { return listed; }
  listed.add("run.json");
  const files = (run as { files?: unknown })?.files;
  if (!Array.isArray(files)) return listed;
  for (const f of files) {
    if (typeof f !== "string" || f === "" || isAbsolute(f)) continue;
    const n = normalize(f).split(sep).join("/");
    if (n === ".." || n.startsWith("../") || n === ".") continue;
    listed.add(n);
  }
  return listed;
}

function commitInto(out: string, target: string, staging: string, trashPrefix: string): void {
  if (!existsSync(target)) { renameSync(staging, target); return; }
  const fresh = filesBelow(staging);
  const previous = previousFiles(target);
  for (const f of fresh) {
    if (previous.has(f) || !existsSync(join(target, f))) continue;
    throw problem(out, `already has "${f}", which the previous run did not write, and this run would replace it.`, "move that file away, or pass another --out; nothing was changed.");
  }
  const trash = mkdtempSync(trashPrefix);
  const moved: [string, string][] = [];
  const move = (from: string, to: string) => { mkdirSync(dirname(to), { recursive: true }); renameSync(from, to); moved.push([from, to]); };
  try {
    for (const f of [...previous].sort()) if (existsSync(join(target, f))) move(join(target, f), join(trash, f));
    for (const f of fresh) move(join(staging, f), join(target, f));
  } catch (e) {
    for (const [from, to] of moved.reverse()) { try { renameSync(to, from); } catch { /* best effort: the trash folder keeps it */ } }
    throw problem(out, `could not be updated (${codeOf(e)}); the previous results were put back.`, "check the disk and run again.");
  }
  for (const f of previous) removeEmptyParents(target, f);
  rmSync(trash, { recursive: true, force: true });
}

/** Removes the now-empty folders a removed file `rel` was in, up to (not including) `root`. */
function removeEmptyParents(root: string, rel: string): void {
  for (let d = dirname(join(root, rel)); relative(root, d) && !relative(root, d).startsWith(".."); d = dirname(d)) {
    try {
      if (readdirSync(d).length > 0) return;
      rmdirSync(d);
    } catch { return; }
  }
}

/**
 * Runs `run` into the staging folder of `out` and moves the result into
 * place only when it succeeded and was not aborted: OUT is replaced whole or
 * not at all (analyze and reduce).
 */
export async function intoOutput<R extends { out: string }>(out: string, signal: AbortSignal | undefined, run: (staging: string) => Promise<R>): Promise<R> {
  const output = openOutput(out);
  try {
    const report = await run(output.staging);
    if (signal?.aborted) throw new Interrupted();
    output.commit();
    return { ...report, out: output.out };
  } finally {
    output.abandon();
  }
}
