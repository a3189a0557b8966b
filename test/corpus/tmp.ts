import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { FramediffError } from "../../src/errors";

const made: string[] = [];

/** A fresh temporary folder, removed after the test file's tests. */
export function tmpDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "framediff-corpus-"));
  made.push(dir);
  return dir;
}

/** Writes `content` to `dir/name` (creating folders) and returns the path. */
export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Bytes of `before`, then raw `bad` bytes, then `after`: an invalid UTF-8 file. */
export function withBadBytes(before: string, bad: number[], after: string): Buffer {
  return Buffer.concat([Buffer.from(before, "utf8"), Buffer.from(bad), Buffer.from(after, "utf8")]);
}

/** One JSONL line per object. */
export function jsonl(...rows: object[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
}

/** Runs `fn` and returns the FramediffError it throws (fails the test otherwise). */
export async function caught(fn: () => unknown): Promise<FramediffError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof FramediffError) return error;
    throw error;
  }
  throw new Error("expected a FramediffError, but nothing was thrown");
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
