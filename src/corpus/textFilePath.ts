import { promises as fs } from "fs";
import { isAbsolute, join, relative, resolve, sep } from "path";

/** Why a manifest's `file` entry is refused before it is read. */
export interface Refusal {
  readonly code: "outside-folder" | "symlink" | "not-a-file";
  readonly message: string;
  readonly hint: string;
}

const LINK_HINT = "put the file itself in the corpus folder, or pass --follow-symlinks (library: { followSymlinks: true }) to read through links.";

/**
 * Checks, without touching the disk, that the relative path `rel` stays inside
 * `dir` once `.` and `..` are resolved; returns the refusal otherwise.
 *
 * @example
 * outsideFolder("corpus", "../../etc/passwd"); // => { code: "outside-folder", ... }
 * outsideFolder("corpus", "texts/../a.txt"); // => undefined
 */
export function outsideFolder(dir: string, rel: string): Refusal | undefined {
  const inside = relative(resolve(dir), resolve(dir, rel));
  if (inside !== "" && inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) return undefined;
  return {
    code: "outside-folder",
    message: inside === "" ? `"${rel}" is the corpus folder itself, not a text file.` : `"${rel}" points outside the corpus folder.`,
    hint: "give the path of a text file inside the corpus folder, relative to it (copy the file into the folder if it belongs to the corpus).",
  };
}

/**
 * Where to read the text file `rel` (already checked by outsideFolder) of the
 * corpus folder whose real path is `root`: walks the path one part at a time
 * with lstat, so a symbolic link anywhere on the way is refused unless
 * `followSymlinks` — and then followed wherever it points, since the user
 * asked for it. A part that does not exist ends the walk: reading the path
 * then reports the missing file. Only regular files are read (never a FIFO
 * or a device, which could block or never end).
 */
export async function textFilePath(root: string, rel: string, followSymlinks: boolean): Promise<{ path: string } | Refusal> {
  const parts = relative(root, resolve(root, rel)).split(sep);
  let current = root;
  for (let i = 0; i < parts.length; i++) {
    current = join(current, parts[i]);
    const last = i === parts.length - 1;
    let stat = await fs.lstat(current).catch(() => undefined);
    if (!stat) return { path: join(current, ...parts.slice(i + 1)) };
    if (stat.isSymbolicLink()) {
      const shown = parts.slice(0, i + 1).join("/");
      if (!followSymlinks) {
        return { code: "symlink", message: last ? `"${rel}" is a symbolic link, which is not followed.` : `"${rel}" goes through the symbolic link "${shown}", which is not followed.`, hint: LINK_HINT };
      }
      const real = await fs.realpath(current).catch(() => undefined);
      stat = real === undefined ? undefined : await fs.stat(real).catch(() => undefined);
      if (real === undefined || !stat) {
        return { code: "symlink", message: `the symbolic link "${shown}" is broken or loops.`, hint: "fix or remove the link, or point the manifest at the file itself." };
      }
      current = real;
    }
    if (last && !stat.isFile() && !stat.isDirectory()) {
      return { code: "not-a-file", message: `"${rel}" is not a regular file.`, hint: "point the manifest at a plain text file." };
    }
  }
  return { path: current };
}
