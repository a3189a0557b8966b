/** One quoted span found from the quote marks alone. */
export interface MarkSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; for an unclosed quote, the end of its paragraph. */
  readonly close: number;
  /** The quoted text: `open + 1` to `close`, trimmed of white space. */
  readonly start: number;
  readonly end: number;
  readonly unclosed: boolean;
  readonly depth: number;
  /** Index of the enclosing span; −1 for none. */
  readonly parent: number;
}

type Family = "straight" | "curly" | "guillemet" | "single";
interface Open { family: Family; open: number; id: number; parentId: number; depth: number }

const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/"“”«»‘'’]/u;
const CLOSERS_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-/"“”«»‘'’…]/u;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Finds quoted spans from the quote marks, paragraph by paragraph (a paragraph
 * ends at a line break):
 *
 * - Double quotes: straight `"…"`, curly `“…”`, guillemets `«…»`. A straight
 *   mark opens where it follows white space or an opening bracket and precedes
 *   a non-space, and closes where it follows a non-space and precedes white
 *   space or punctuation; a closing mark with nothing open is a stray mark and
 *   is ignored (TASS 004: `… a real work."` with no opening mark).
 * - A second opening mark of the same family while one is open: if enough
 *   closing marks follow in the paragraph for both, it nests; if only one
 *   does, the writer re-opened without closing (`“A. “B,” he said`), so the
 *   first quote ends before it and a new one starts; if none does, the mark
 *   was meant to close (`…civilized way, “the head of Turkish diplomacy stated`).
 * - Single quotes `‘…’` / `'…'` count only nested inside a double quote, and
 *   only when they close there too, so apostrophes (didn't, Ukraine’s, boys')
 *   never open a quote.
 * - A double quote still open at the end of its paragraph ends there, flagged
 *   `unclosed`, rather than swallowing the rest of the article.
 *
 * Spans are returned in order of their opening marks (parents before children).
 *
 * @example
 * findQuoteMarks('He said "no" twice.'); // [{open: 8, close: 11, start: 9, end: 11, unclosed: false, depth: 0, parent: -1}]
 */
export function findQuoteMarks(text: string): MarkSpan[] {
  const found: { open: number; close: number; unclosed: boolean; depth: number; parentId: number; id: number }[] = [];
  let nextId = 0;
  for (let ps = 0; ps <= text.length;) {
    let pe = text.indexOf("\n", ps);
    if (pe < 0) pe = text.length;
    const stack: Open[] = [];
    const count = (f: Family) => stack.filter((o) => o.family === f).length;
    const remaining = (from: number, mark: string) => { let r = 0; for (let k = from; k < pe; k++) if (text[k] === mark) r++; return r; };
    const push = (family: Family, at: number) => {
      const top = stack[stack.length - 1];
      stack.push({ family, open: at, id: nextId++, parentId: top ? top.id : -1, depth: stack.length });
    };
    /** Closes the innermost open quote of a double family; single quotes opened inside it are dropped (apostrophes). */
    const closeInnermost = (family: Family, at: number) => {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].family !== family) continue;
        const o = stack[k];
        stack.length = k;
        found.push({ open: o.open, close: at, unclosed: false, depth: o.depth, parentId: o.parentId, id: o.id });
        return;
      }
    };
    const doubleOpen = () => stack.some((o) => o.family !== "single");
    for (let i = ps; i < pe; i++) {
      const ch = text[i];
      const prev = i > ps ? text[i - 1] : " ";
      const next = i + 1 < pe ? text[i + 1] : " ";
      const opening = OPENERS_BEFORE.test(prev) && !/\s/u.test(next);
      const closing = !/\s/u.test(prev) && (i + 1 >= pe || CLOSERS_AFTER.test(next));
      if (ch === '"' || ch === "“" || ch === "”" || ch === "«" || ch === "»") {
        const family: Family = ch === '"' ? "straight" : ch === "«" || ch === "»" ? "guillemet" : "curly";
        const closer = ch === '"' ? '"' : ch === "«" || ch === "»" ? "»" : "”";
        const isOpenMark = ch === "“" || ch === "«" || (ch === '"' && opening && !closing);
        const isCloseMark = ch === "”" || ch === "»" || (ch === '"' && closing);
        const open = count(family);
        if (isCloseMark && open > 0) closeInnermost(family, i);
        else if (isOpenMark) {
          if (open === 0) push(family, i);
          else {
            const r = remaining(i + 1, closer);
            if (r >= open + 1) push(family, i);
            else if (r >= 1) { closeInnermost(family, i); push(family, i); }
            else closeInnermost(family, i);
          }
        } else if (ch === '"' && open > 0) closeInnermost(family, i);
        // else: a stray closing mark (or a mark between two words); ignored
      } else if ((ch === "‘" || ch === "'" || ch === "’") && doubleOpen()) {
        const top = stack[stack.length - 1];
        if (top.family === "single" && (ch === "’" || ch === "'") && closing && !WORDISH.test(next)) {
          stack.pop();
          found.push({ open: top.open, close: i, unclosed: false, depth: top.depth, parentId: top.parentId, id: top.id });
        } else if ((ch === "‘" || ch === "'") && opening && !closing) push("single", i);
        // else: an apostrophe
      }
    }
    for (const o of stack) if (o.family !== "single") found.push({ open: o.open, close: trimEnd(text, pe), unclosed: true, depth: o.depth, parentId: o.parentId, id: o.id });
    ps = pe + 1;
  }
  // Drop empty spans and nested singles whose parent was dropped; renumber parents.
  found.sort((a, b) => a.open - b.open);
  const kept = new Map<number, number>();
  const out: MarkSpan[] = [];
  for (const f of found) {
    const [start, end] = trimSpan(text, f.open + 1, f.close);
    if (end <= start) continue;
    const parent = f.parentId === -1 ? -1 : kept.get(f.parentId);
    if (parent === undefined) continue;
    kept.set(f.id, out.length);
    out.push({ open: f.open, close: f.close, start, end, unclosed: f.unclosed, depth: parent === -1 ? 0 : out[parent].depth + 1, parent });
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  return end;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return [start, end];
}
