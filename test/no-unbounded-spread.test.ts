import { readFileSync } from "node:fs";
import { skipString, stripComments, tsFiles } from "./src-scan";
import { join, relative } from "node:path";

/**
 * A source scan for spreads into calls whose argument count is unbounded:
 * `xs.push(...ys)`, `xs.unshift(...ys)`, `Math.max(...ys)`, `Math.min(...ys)`,
 * `xs.concat(...ys)`. Each element becomes a call argument, and past ~100k of
 * them V8 throws `RangeError: Maximum call stack size exceeded`.
 *
 * How it scans: the comments are blanked out, then for each call name the
 * argument list is walked to its closing parenthesis, across lines, skipping
 * string and template literals (a `${…}` inside a template is skipped with
 * the literal), and a `...` counts when it is at the top level of that list:
 * not inside a nested call, array, object or arrow body. So
 * `Math.max(0, ...xs.map(f))` is found, `push([...xs])` and `concat([a, ...b])`
 * (a single array argument) are not.
 * Limits: a regex literal holding a quote or parenthesis can confuse the walk
 * (none in src/ today); a call through an alias (`const m = Math.max; m(...xs)`)
 * or `Function.prototype.apply` is not seen.
 */
const CALLS = /(?:\.push|\.unshift|\bMath\.max|\bMath\.min|\.concat)\s*\(/g;

/** Offsets of the `...` at the top level of the argument list that opens at `open` (the index of its `(`). */
export function topLevelSpreads(src: string, open: number): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '"' || c === "`") { i = skipString(src, i) - 1; continue; }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") { depth--; if (depth === 0) break; }
    else if (depth === 1 && c === "." && src.startsWith("...", i)) { found.push(i); i += 2; }
    else if (depth === 1 && c === "=" && src[i + 1] === ">") { // an arrow body at the top level: skip to the next top-level comma
      let d = 0;
      for (i += 2; i < src.length; i++) {
        const e = src[i];
        if (e === "'" || e === '"' || e === "`") { i = skipString(src, i) - 1; continue; }
        if (e === "(" || e === "[" || e === "{") d++;
        else if (e === ")" || e === "]" || e === "}") { if (d === 0) { i--; break; } d--; }
        else if (e === "," && d === 0) break;
      }
    }
  }
  return found;
}

/** Every `file:line: call` spreading into one of the guarded calls, for one source text. */
export function spreadsIn(file: string, text: string): string[] {
  const src = stripComments(text);
  const hits: string[] = [];
  for (const m of src.matchAll(CALLS)) {
    const open = m.index! + m[0].length - 1;
    if (topLevelSpreads(src, open).length === 0) continue;
    const line = src.slice(0, m.index).split("\n").length;
    hits.push(`${file}:${line}: ${m[0].replace(/\s*\($/, "(").replace(/^\./, "")}...`);
  }
  return hits;
}


describe("issue 8 finding 2: no spread of an unbounded array into push, unshift, Math.max/min or concat", () => {
  test("the scan finds spreads at the top level of the argument list, and only there", () => {
    const found = (s: string) => spreadsIn("x.ts", s).map((h) => h.replace(/^x\.ts:/, ""));
    expect(found("rows.push(...select(all.filter((x) => x.n >= 2), top));")).toEqual(["1: push(..."]);
    expect(found("const m = Math.max(0, ...xs.map((r) => Math.abs(r)));")).toEqual(["1: Math.max(..."]);
    expect(found("a.concat(b, ...rest)")).toEqual(["1: concat(..."]);
    expect(found("q.unshift(\n  first,\n  ...more);")).toEqual(["1: unshift(..."]);
    expect(found("x;\ny = Math.min(...ys, 0)")).toEqual(["2: Math.min(..."]);
    // not spreads into the call itself
    expect(found("rows.push([...a, ...b]);")).toEqual([]);
    expect(found("Buffer.concat([...parts, piece]);")).toEqual([]);
    expect(found("rows.push({ ...base, value: 1 });")).toEqual([]);
    expect(found("rows.push(f(...xs));")).toEqual([]);
    expect(found("rows.push(xs.map((x) => ({ ...x })));")).toEqual([]);
    expect(found("Math.max(0, at - w)")).toEqual([]);
    expect(found("out.push(`a ${f(...xs)} (`, \")...\");")).toEqual([]);
    expect(found("// rows.push(...xs)\n/* Math.max(...xs) */ rows.push(x);")).toEqual([]);
  });

  test("src/ has none", () => {
    const root = join(__dirname, "..");
    const hits = tsFiles(join(root, "src")).flatMap((f) => spreadsIn(relative(root, f), readFileSync(f, "utf8")));
    expect(hits).toEqual([]);
  });
});
