import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// tslab (the notebook kernel) resolves a relative import only as a file, never
// as a folder's index: `./corpus` fails where `./corpus/index` works.
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

it("src never imports a folder by its bare name", () => {
  const src = join(__dirname, "..", "src");
  const offenders = tsFiles(src).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]*)"/g)]
      .filter((m) => { try { return statSync(join(file, "..", m[1])).isDirectory(); } catch { return false; } })
      .map((m) => `${file.slice(src.length + 1)}: ${m[1]}`));
  expect(offenders).toEqual([]);
});
