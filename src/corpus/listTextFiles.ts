import { promises as fs } from "fs";
import { join } from "path";

/**
 * The `*.txt` files under `dir` (recursively; hidden entries skipped), as
 * paths relative to `dir` with `/` separators, sorted.
 */
export async function listTextFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await fs.readdir(join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTextFiles(dir, rel)));
    else if (e.isFile() && e.name.toLowerCase().endsWith(".txt")) out.push(rel);
  }
  return out.sort();
}
