/**
 * Static checks on the committed notebooks and the project's tslab kernelspec.
 * Executing the notebooks is `npm run notebooks` (scripts/test.sh runs it), not jest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

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

  const codeOf = (name: string) => read(name).cells.filter((c) => c.cell_type === "code").map(source);
  const proseOf = (name: string) => read(name).cells.filter((c) => c.cell_type === "markdown").map(source);

  // A researcher points every notebook at another corpus through parameters, without editing one.
  describe("issue 12: notebooks hard-coded the corpus path", () => {
    it.each(names)("%s reads FRAMEDIFF_CORPUS and FRAMEDIFF_LEXICON in its first code cell, defaulting to the bundled corpus", (name) => {
      const first = codeOf(name)[0];
      expect(first).toMatch(/^const CORPUS = process\.env\.FRAMEDIFF_CORPUS \|\| BUNDLED;$/m);
      expect(first).toMatch(/^const LEXICON_FILE = process\.env\.FRAMEDIFF_LEXICON \|\| undefined;$/m);
      // the default is found through the installed package, so it holds outside the repository too
      expect(first).toContain('require.resolve("framediff/package.json")');
    });

    it.each(names)("%s names no corpus path outside the first cell's default, and defines CORPUS nowhere else", (name) => {
      const [first, ...rest] = codeOf(name);
      const path = /["'`][^"'`\n]*(corpus\/|antalya|\.jsonl|\.csv|lexicon\.ya?ml)[^"'`\n]*["'`]/;
      const csvOut = /["'`][\w-]+\.csv["'`]/; // a file name exportAll writes under tables/
      expect(rest.filter((s) => /\bconst (CORPUS|LEXICON_FILE)\b|FRAMEDIFF_CORPUS/.test(s) || s.split("\n").some((l) => path.test(l) && !csvOut.test(l)))).toEqual([]);
      expect(first.split("\n").filter((l) => path.test(l) && !l.startsWith("const BUNDLED = "))).toEqual([]);
    });
  });

  describe("issue 12: notebooks imported ./src/…, so they ran only inside the repository", () => {
    it.each(names)("%s imports framediff by its package name (and Node's own modules), never a relative path", (name) => {
      const specs = codeOf(name).flatMap((s) => [...s.matchAll(/\bfrom\s+["']([^"']+)["']|\brequire(?:\.resolve)?\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]));
      expect(specs.length).toBeGreaterThan(0);
      expect(specs.filter((s) => !(s === "framediff" || s === "framediff/package.json" || s === "path" || s === "fs"))).toEqual([]);
    });
  });

  // Prose that states results held only for the bundled corpus. Findings name outlets (or the
  // people an outlet quotes) and say where they hold ("on the bundled corpus"); explanations of a
  // measure need neither. So prose may not name an outlet of the bundled corpus, a person of its
  // lexicon, or a corpus the numbers were read from: those statements are code cells that print
  // what the data say.
  describe("issue 12: notebook prose stated findings of the bundled corpus", () => {
    const dir = join(ROOT, "corpus", "antalya-2022-03-10");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { outlets: { id: string; label: string }[] };
    const lexicon = parseYaml(readFileSync(join(dir, "lexicon.yaml"), "utf8")) as { actors: Record<string, unknown> };
    const people = Object.keys(lexicon.actors).filter((a) => a.includes(" ")).map((a) => a.split(" ").pop()!);
    const outletWords = manifest.outlets.flatMap((o) => [o.id, o.label, ...(o.label.match(/\b\d{3}\b/g) ?? [])]);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // names are proper nouns: matched with their case ("the times" is English, "The New York Times" an actor), and not inside "1,000"
    const properNames = new RegExp(`(?<![\\w,])(${[...outletWords, ...people].map(escape).join("|")})(?!\\w)`);
    const phrases = /\bon (the|this) (bundled )?corpus\b|\bthese five\b|\bfive (reports|texts|articles)\b/i;
    const banned = { test: (p: string) => properNames.test(p) || phrases.test(p), found: (p: string) => (p.match(properNames) ?? p.match(phrases))![0] };

    it("the check would catch the findings the notebooks used to state", () => {
      expect(banned.test("**On the bundled corpus.** Every outlet sits close to zero.")).toBe(true);
      expect(banned.test("In 000, 90% of the quoted words are Lavrov's")).toBe(true);
      expect(banned.test("Yahoo News splits its 4 references")).toBe(true);
      expect(banned.test("TASS never writes *war*")).toBe(true);
      expect(banned.test("An outlet's score is the mean over its sentences (Hutto & Gilbert 2014, −0.05), per 1,000 words, 3 times.")).toBe(false);
    });

    it.each(names)("%s names no outlet or person of the bundled corpus in its prose", (name) => {
      expect(proseOf(name).filter((p) => banned.test(p)).map(banned.found)).toEqual([]);
    });
  });

  const analyses = names.filter((n) => /^0[1-9]-/.test(n));
  it.each(analyses)("%s ends with one exportAll call to $FRAMEDIFF_OUT/notebooks/<its stem>", (name) => {
    const code = codeOf(name);
    const stem = name.replace(/\.ipynb$/, "");
    expect(code[0]).toContain(`process.env.FRAMEDIFF_OUT || "out", "notebooks", "${stem}"`);
    const last = code[code.length - 1];
    expect(last.match(/\bexportAll\(/g)).toHaveLength(1);
    expect(last).not.toMatch(/exportFigures\(|writeFileSync|withProvenance/);
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
