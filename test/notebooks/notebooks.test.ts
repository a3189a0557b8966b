/**
 * Static checks on the committed notebooks and the project's tslab kernelspec.
 * Executing the notebooks is `npm run notebooks` (scripts/test.sh runs it), not jest.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const NOTEBOOKS = join(ROOT, "notebooks");

interface Cell { cell_type: string; source: string | string[]; outputs?: unknown[]; execution_count?: number | null }
interface Notebook { metadata: { kernelspec?: { name?: string; language?: string } }; cells: Cell[] }

const names = existsSync(NOTEBOOKS) ? readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort() : [];
const read = (name: string): Notebook => JSON.parse(readFileSync(join(NOTEBOOKS, name), "utf8"));
const source = (c: Cell) => (Array.isArray(c.source) ? c.source.join("") : c.source);

describe("committed notebooks", () => {
  it("exist", () => {
    expect(names).toContain("00-corpus.ipynb");
  });

  it.each(names)("%s uses the project's tslab kernelspec", (name) => {
    expect(read(name).metadata.kernelspec).toMatchObject({ name: "tslab", language: "typescript" });
  });

  it.each(names)("%s is committed without outputs", (name) => {
    const dirty = read(name).cells
      .map((c, i) => ({ i, c }))
      .filter(({ c }) => c.cell_type === "code" && ((c.outputs ?? []).length > 0 || c.execution_count != null))
      .map(({ i }) => i);
    expect(dirty).toEqual([]); // clear outputs before committing (build/notebooks/ has the executed copy)
  });

  it.each(names)("%s gives every cell a unique id", (name) => {
    const ids = read(name).cells.map((c) => (c as Cell & { id?: string }).id);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // A researcher points a notebook at another corpus by changing one line at the top.
  it.each(names)("%s names its corpus once, in its first code cell", (name) => {
    const code = read(name).cells.filter((c) => c.cell_type === "code").map(source);
    expect(code[0]).toMatch(/^const CORPUS = "[^"]+";$/m);
    const elsewhere = code.slice(1).filter((s) => /corpus\/antalya|const CORPUS\b/.test(s));
    expect(elsewhere).toEqual([]);
  });

  const analyses = names.filter((n) => /^0[1-9]-/.test(n));
  it.each(analyses)("%s ends by exporting to $FRAMEDIFF_OUT/notebooks/<its stem>", (name) => {
    const code = read(name).cells.filter((c) => c.cell_type === "code").map(source);
    const stem = name.replace(/\.ipynb$/, "");
    expect(code.some((s) => s.includes("process.env.FRAMEDIFF_OUT") && s.includes(`"notebooks", "${stem}"`))).toBe(true);
    expect(code[code.length - 1]).toContain("exportFigures(");
    expect(code[code.length - 1]).toContain("toLatex(");
  });

  // tslab resolves a relative import only as a file (`./src/x` -> `./src/x.js` among its
  // compiled outputs), never as a folder's index, so `./src/corpus` fails at run time.
  it.each(names)("%s imports src/ folders through their index file", (name) => {
    const folderImports = read(name).cells
      .filter((c) => c.cell_type === "code")
      .flatMap((c) => [...source(c).matchAll(/from\s+["'](\.\/src\/[^"']+)["']/g)].map((m) => m[1]))
      .filter((spec) => existsSync(join(ROOT, spec)) && statSync(join(ROOT, spec)).isDirectory());
    expect(folderImports).toEqual([]); // write "./src/corpus/index", not "./src/corpus"
  });
});

describe("kernelspec .jupyter/kernels/tslab", () => {
  const dir = join(ROOT, ".jupyter", "kernels", "tslab");
  const spec = JSON.parse(readFileSync(join(dir, "kernel.json"), "utf8"));

  it("starts the project's launcher with the connection file", () => {
    expect(spec.argv).toEqual(["node", "{resource_dir}/launch.js", "kernel", "--config-path", "{connection_file}"]);
    expect(spec.language).toBe("typescript");
    expect(existsSync(join(dir, "launch.js"))).toBe(true);
  });
});
