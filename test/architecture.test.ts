import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { stripComments, tsFiles } from "./src-scan";

/**
 * The architecture of issue 9, enforced on the source text of src/.
 *
 * Stages, in order; each takes the previous stage's type and returns the next:
 *   corpus < lexicon < kwic < parse < quotes < profile < features < {tables, charts} < render < report < cli
 * Base modules any stage may use: errors.ts, terminal-safe.ts, truncate.ts, util/, stats/.
 * A base module imports only base modules.
 *
 * Decisions:
 * - tables and charts are siblings after features: neither imports the other
 *   (today neither does); render, report and cli may import both.
 * - summary sits after parse and before cli, beside the main line: it may import
 *   corpus, lexicon and parse; only cli may import it.
 * - store (issue 10: profiles as Parquet shards) sits after profile beside the
 *   main line: it may import corpus, lexicon and profile; only cli may import it.
 * - kwic (issue 12: words in context) reads corpus text with the lexicon's
 *   forms and no parse, so the report may embed its samples; it sits after lexicon.
 * - draft (issue 12: `framediff lexicon draft`) proposes a lexicon from profiles
 *   and feature results: it may import corpus, lexicon, profile and features; only cli uses it.
 * - features and everything after them up to report are the reduce: they read
 *   profiles, so they import neither parse nor quotes (cli may, for check's summary).
 * - src/index.ts is the package barrel: it may import anything, nothing may import it.
 *
 * An import is any `import … from`, `export … from`, bare `import "…"` or
 * `import("…")` with a relative path; `import type` counts too, because tslab and
 * readers follow it. Comments are blanked first so TSDoc examples do not count.
 */

const SRC = join(__dirname, "..", "src");
const BASE = new Set(["errors.ts", "terminal-safe.ts", "truncate.ts", "util", "stats"]);
const MAIN_LINE = ["corpus", "lexicon", "kwic", "parse", "quotes", "profile", "features", "tables|charts", "render", "report", "cli"];
const BARREL = "index.ts";

/** Stages each stage may import besides itself and the base modules. */
const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  const earlier: string[] = [];
  for (const step of MAIN_LINE) {
    for (const stage of step.split("|")) m.set(stage, new Set(earlier));
    for (const stage of step.split("|")) earlier.push(stage);
  }
  // the reduce holds profiles, never parses: nothing after profile but cli (check's corpus summary) reads parse or quotes
  for (const stage of ["features", "tables", "charts", "render", "report"]) { m.get(stage)!.delete("parse"); m.get(stage)!.delete("quotes"); }
  m.set("summary", new Set(["corpus", "lexicon", "parse"]));
  m.get("cli")!.add("summary");
  // the profile store (issue 10) sits beside the map/reduce line: it writes and reads profiles, and only cli uses it
  m.set("store", new Set(["corpus", "lexicon", "profile"]));
  m.get("cli")!.add("store");
  // the lexicon starter (issue 12) reads profiles and feature results, and only cli uses it
  m.set("draft", new Set(["corpus", "lexicon", "kwic", "profile", "features"]));
  m.get("cli")!.add("draft");
  return m;
})();

/**
 * Known violations in files another issue 9 helper owns right now; the lead removes
 * each entry once it is fixed. Format: `importer -> imported`, src-relative. Empty today.
 */
const ALLOWED_EXCEPTIONS = new Set<string>([]);

/** Known cycles, as `a.ts → b.ts → a.ts` chains; none today. */
const ALLOWED_CYCLES = new Set<string>([
]);



const IMPORT = /\b(?:import|export)\b[^;"'`]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The src-relative paths of the src modules `file` imports (sorted, unique). */
function importsOf(file: string, text: string): string[] {
  const found = new Set<string>();
  for (const m of stripComments(text).matchAll(IMPORT)) {
    const target = resolve(dirname(file), m[1] ?? m[2]);
    for (const candidate of [`${target}.ts`, join(target, "index.ts"), target]) {
      if (candidate.endsWith(".ts") && existsSync(candidate)) {
        const rel = relative(SRC, candidate);
        if (!rel.startsWith("..")) found.add(rel);
        break;
      }
    }
  }
  return [...found].sort();
}

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of tsFiles(SRC)) g.set(relative(SRC, file), importsOf(file, readFileSync(file, "utf8")));
  return g;
}

/** The stage of a src-relative path: its first folder, or the root file's name. */
function stageOf(rel: string): string {
  return rel.split("/")[0];
}

/** One chain per strongly connected component with a cycle, starting at its smallest file. */
function findCycles(g: Map<string, string[]>): string[] {
  // Tarjan's algorithm, iterative-free recursion is fine at ~300 modules.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      for (;;) { const w = stack.pop()!; onStack.delete(w); comp.push(w); if (w === v) break; }
      if (comp.length > 1 || (g.get(v) ?? []).includes(v)) components.push(comp.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!index.has(v)) visit(v);
  // For each component, the shortest path back from its smallest member names one cycle.
  return components.map((comp) => {
    const inComp = new Set(comp);
    const start = comp[0];
    const prev = new Map<string, string>();
    const queue = [start];
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi];
      for (const w of g.get(v) ?? []) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const chain = [start];
          for (let u: string | undefined = v; u !== undefined && u !== start; u = prev.get(u)) chain.splice(1, 0, u);
          chain.push(start);
          return chain.map((f) => `src/${f}`).join(" → ");
        }
        if (!prev.has(w)) { prev.set(w, v); queue.push(w); }
      }
    }
    return comp.join(", ");
  }).sort();
}

/** Every import that breaks the stage order, as `src/x/a.ts imports src/y/b.ts (y is after x)`. */
function stageViolations(g: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of g) {
    const a = stageOf(from);
    for (const to of targets) {
      const b = stageOf(to);
      if (ALLOWED_EXCEPTIONS.has(`${from} -> ${to}`)) continue;
      const line = `src/${from} imports src/${to}`;
      if (to === BARREL) out.push(`${line} (nothing imports the package barrel ${BARREL})`);
      else if (a === b || from === BARREL) continue;
      else if (BASE.has(a)) { if (!BASE.has(b)) out.push(`${line} (base module ${a} may import only base modules)`); }
      else if (BASE.has(b)) continue;
      else if (!ALLOWED.get(a)?.has(b)) {
        const reason = (a === "tables" && b === "charts") || (a === "charts" && b === "tables")
          ? "tables and charts are siblings"
          : (b === "parse" || b === "quotes") && ["features", "tables", "charts", "render", "report"].includes(a)
            ? `${a} is the reduce: it reads profiles, not parses`
            : `${b} is after ${a}`;
        out.push(`${line} (${reason})`);
      }
    }
  }
  return out.sort();
}

describe("issue 9: architecture", () => {
  const g = graph();

  it("finds the src modules", () => {
    expect(g.size).toBeGreaterThan(100);
    expect(g.get("cli/main.ts")?.length).toBeGreaterThan(0);
  });

  it("has no import cycles among src modules", () => {
    expect(findCycles(g).filter((c) => !ALLOWED_CYCLES.has(c))).toEqual([]);
  });

  it("every src folder and root file is a known stage or base module", () => {
    const known = new Set([...ALLOWED.keys(), ...BASE, BARREL]);
    const unknown = [...new Set([...g.keys()].map(stageOf))].filter((s) => !known.has(s)).sort();
    // A new stage has to be placed in MAIN_LINE (or BASE) deliberately.
    expect(unknown).toEqual([]);
  });

  it("imports only from its own stage, base modules or earlier stages", () => {
    expect(stageViolations(g)).toEqual([]);
  });

  it("the checks themselves catch a cycle and a backward import", () => {
    const toy = new Map<string, string[]>([
      ["features/a.ts", ["features/b.ts"]],
      ["features/b.ts", ["features/a.ts", "charts/c.ts"]],
      ["charts/c.ts", ["tables/d.ts"]],
      ["tables/d.ts", []],
    ]);
    expect(findCycles(toy)).toEqual(["src/features/a.ts → src/features/b.ts → src/features/a.ts"]);
    expect(stageViolations(toy)).toEqual([
      "src/charts/c.ts imports src/tables/d.ts (tables and charts are siblings)",
      "src/features/b.ts imports src/charts/c.ts (charts is after features)",
    ]);
  });

  it("the import scanner sees type imports, re-exports and multi-line imports but not comments", () => {
    const file = join(SRC, "charts", "x.ts");
    const text = [
      `import type { Figure } from "../render/types";`,
      `export * from "./spec";`,
      `import {\n  a,\n  b,\n} from "../stats/jsd";`,
      `// import { c } from "../cli/main";`,
      `/** import { d } from "../report/pick"; */`,
    ].join("\n");
    expect(importsOf(file, text)).toEqual(["charts/spec.ts", "render/types.ts", "stats/jsd.ts"]);
  });
});
