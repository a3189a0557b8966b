import { promises as fs } from "fs";
import { join } from "path";

/** What a folder holds: its text files, and the symbolic links that were not followed. */
export interface FolderListing {
  /** `*.txt` paths relative to the folder, `/`-separated, sorted. */
  readonly files: readonly string[];
  /**
   * Links to folders or to `*.txt` names that were not followed: all of them
   * without `followSymlinks`; with it, only broken ones. Sorted.
   */
  readonly links: readonly string[];
}

/**
 * Lists the `*.txt` files under `dir` (recursively; hidden entries skipped)
 * and the symbolic links met on the way. Links are not followed unless
 * `followSymlinks`; when they are, a folder reached twice (a link loop, or two
 * links to one place) is searched once.
 *
 * @example
 * await scanTextFiles("corpus/x"); // => { files: ["a.txt", "sub/b.txt"], links: ["shared"] }
 */
export async function scanTextFiles(dir: string, followSymlinks = false): Promise<FolderListing> {
  const files: string[] = [];
  const links: string[] = [];
  const seen = new Set<string>([await fs.realpath(dir)]);
  const pending = [""];
  for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
    for (const e of await fs.readdir(join(dir, prefix), { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      const isText = e.name.toLowerCase().endsWith(".txt");
      let kind: "dir" | "file" | "other" = e.isDirectory() ? "dir" : e.isFile() ? "file" : "other";
      if (e.isSymbolicLink()) {
        const target = await fs.stat(join(dir, rel)).catch(() => undefined);
        if (!followSymlinks || !target) {
          if (isText || target?.isDirectory()) links.push(rel);
          continue;
        }
        kind = target.isDirectory() ? "dir" : target.isFile() ? "file" : "other";
      }
      if (kind === "dir") {
        const real = await fs.realpath(join(dir, rel));
        if (!seen.has(real)) { seen.add(real); pending.push(rel); }
      } else if (kind === "file" && isText) files.push(rel);
    }
  }
  return { files: files.sort(), links: links.sort() };
}

/**
 * The `*.txt` files under `dir` (recursively; hidden entries and symbolic
 * links skipped), as paths relative to `dir` with `/` separators, sorted.
 */
export async function listTextFiles(dir: string): Promise<string[]> {
  return (await scanTextFiles(dir)).files.slice();
}
