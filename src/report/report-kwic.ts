import type { KwicLine, KwicSample } from "../kwic/types";

/** A KWIC sample as the page carries it: its outlets with most occurrences, a few lines each. */
export interface PageKwicSample extends KwicSample {
  /** Outlets the sample had before the page's bound (the panel says "showing the N outlets with most"). */
  readonly outletTotal: number;
}

/** Options of {@link pageKwic}. */
export interface PageKwicOptions {
  /** Most lines per outlet; defaults to *5*. */
  linesPerOutlet?: number;
  /** Most outlets per key (most occurrences first, ties by id); defaults to *40*. */
  outletsPerKey?: number;
  /** Most bytes (JSON) of all samples; keys past it are left out. Defaults to *2,000,000*. */
  maxBytes?: number;
}

/** Longest context a line keeps on each side in the page. */
const MAX_SIDE = 300;

/** A line as the panel shows it: long context clipped, offsets dropped (the panel does not use them). */
function clipLine(l: KwicLine): KwicLine {
  const left = l.left.length > MAX_SIDE ? `…${l.left.slice(l.left.length - MAX_SIDE + 1)}` : l.left;
  const right = l.right.length > MAX_SIDE ? `${l.right.slice(0, MAX_SIDE - 1)}…` : l.right;
  const { start: _s, end: _e, ...rest } = l;
  return { ...rest, left, right };
}

/**
 * The KWIC samples bounded for the page: per key, the `outletsPerKey`
 * outlets with most occurrences (in id order) and their first
 * `linesPerOutlet` lines (each outlet's `total` still counts them all), keys
 * in the order given while they fit in `maxBytes`. The concordance tables
 * beside the report keep every line.
 */
export function pageKwic(samples: readonly KwicSample[], options: PageKwicOptions = {}): PageKwicSample[] {
  const { linesPerOutlet = 5, outletsPerKey = 40, maxBytes = 2_000_000 } = options;
  const out: PageKwicSample[] = [];
  let bytes = 0;
  for (const s of samples) {
    const top = new Set(s.outlets.slice().sort((a, b) => b.total - a.total || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0)).slice(0, outletsPerKey));
    const outlets = s.outlets.filter((o) => top.has(o)).map((o) => ({ outlet: o.outlet, total: o.total, lines: o.lines.slice(0, linesPerOutlet).map(clipLine) }));
    const page: PageKwicSample = { kind: s.kind, key: s.key, total: s.total, outlets, outletTotal: s.outlets.length + (s.otherOutlets?.outlets ?? 0) };
    const size = JSON.stringify(page).length;
    if (bytes + size > maxBytes) continue;
    bytes += size;
    out.push(page);
  }
  return out;
}
