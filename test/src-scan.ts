import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Shared by the source-scanning tests (architecture, no-unbounded-spread). */

/** Blanks comments, keeping line breaks and string contents (so offsets and line numbers hold). */
export function stripComments(src: string): string {
  let out = "";
  for (let i = 0; i < src.length;) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") { out += " "; i++; }
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) out += src[i] === "\n" ? "\n" : " ";
    } else if (c === "'" || c === '"' || c === "`") {
      const stop = skipString(src, i);
      out += src.slice(i, stop);
      i = stop;
    } else { out += c; i++; }
  }
  return out;
}

/** Index just past the string literal opening at `i` (templates with their `${…}` parts). */
export function skipString(src: string, i: number): number {
  const q = src[i];
  for (let k = i + 1; k < src.length; k++) {
    if (src[k] === "\\") { k++; continue; }
    if (q === "`" && src[k] === "$" && src[k + 1] === "{") {
      let depth = 1;
      for (k += 2; k < src.length && depth > 0; k++) {
        if (src[k] === "'" || src[k] === '"' || src[k] === "`") { k = skipString(src, k) - 1; continue; }
        if (src[k] === "{") depth++;
        else if (src[k] === "}") depth--;
      }
      k--;
      continue;
    }
    if (src[k] === q) return k + 1;
    if (q !== "`" && src[k] === "\n") return k; // unterminated: stop at the line end
  }
  return src.length;
}

/** Every .ts file below `dir`. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
}
