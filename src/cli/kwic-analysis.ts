import { closeSync, existsSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { StreamedCorpus } from "../corpus/stream-corpus";
import { streamCorpus } from "../corpus/stream-corpus";
import type { LoadOptions } from "../corpus/types";
import { FramediffError, type Warning } from "../errors";
import type { Comparison } from "../features/compare";
import { combineFinders, lexiconFinder, termFinder, type KeyFinder } from "../kwic/finders";
import { KWIC_COLUMN_DOCS } from "../kwic/columns";
import { createSampler } from "../kwic/sample";
import { scanArticle, type PlacedLine } from "../kwic/scan";
import { createSpillSorter } from "../kwic/spill-sort";
import type { KwicSample } from "../kwic/types";
import type { Lexicon } from "../lexicon/types";
import { writeTableParquet } from "../store/write-table";
import { toCsv } from "../tables/csv";
import { compareCodeUnits } from "../util/compare";

/** The bounds of words in context in a run, written down (README "Words in context"). */
export const KWIC_ANALYSIS_LIMITS = Object.freeze({
  /** Distinctive terms given a concordance: those ranked highest in any comparison's top list. */
  terms: 300,
  /** Terms per side of each comparison considered (the report's distinctive-term bars show 10 a side). */
  termsPerSide: 10,
  /** Lines per outlet in the report's sample (a seeded sample when there are more). */
  linesPerOutlet: 5,
  /** Outlets per key in the report's sample: those with most articles (the rest are counted in `otherOutlets`). */
  outletsPerKey: 40,
  /** Words of context each side. */
  window: 8,
});

/** The table's name and columns. */
export const KWIC_TABLE = "kwic";
/** The documented columns with the outlet's label after its id, as every table carries it (tables/written-columns). */
const COLUMNS = Object.keys(KWIC_COLUMN_DOCS[KWIC_TABLE]).flatMap((c) => (c === "outlet" ? [c, "outletLabel"] : [c]));

export interface KwicAnalysisInput {
  readonly corpus: Pick<StreamedCorpus, "path" | "hash">;
  readonly comparison: Comparison;
  readonly lexicon: Lexicon | undefined;
  readonly load?: Omit<LoadOptions, "onInvalid">;
  readonly seed: number;
  readonly csvGuard: boolean;
  /** Also write `tables/kwic.parquet` (every column text), as every other table is. Defaults to *true*. */
  readonly parquet?: boolean;
}

export interface KwicAnalysis {
  /** One per key (actors, labels, then terms by rank), for report.html. */
  readonly samples: readonly KwicSample[];
  /** `tables/kwic.csv` (and `kwic.parquet`) when written. */
  readonly files: readonly string[];
  readonly warnings: readonly Warning[];
}

/**
 * Words in context for a run: the keys the report shows (every lexicon actor
 * and concept label, and the top distinctive terms, see
 * `KWIC_ANALYSIS_LIMITS`), found in ONE pass over the corpus (every key
 * together: lexicon hits as the lexicon finds them, terms by a word index),
 * over the measured articles only. Every line goes to `tables/kwic.csv`
 * through a spilling sort, so memory stays bounded however many lines there
 * are and the file is the same for any article order; a seeded sample per
 * key and outlet is returned for the report. A corpus no longer where it was
 * read (a reduce on another machine) gives a warning, not a failure.
 */
export async function kwicAnalysis(dir: string, input: KwicAnalysisInput): Promise<KwicAnalysis> {
  const { corpus, comparison: c, lexicon } = input;
  const skipped = (message: string): KwicAnalysis => ({ samples: [], files: [], warnings: [{ code: "kwic-skipped", file: corpus.path, message, hint: "run framediff analyze (or reduce) where the corpus can be read to get tables/kwic.csv and the report's words in context." }] });
  if (!existsSync(corpus.path)) return skipped("the corpus is not there any more: words in context (tables/kwic.csv, the report's KWIC panels) were skipped");
  const finder = combineFinders([...(lexicon ? [lexiconFinder(lexicon)] : []), termFinder(reportTerms(c), c.distinctiveTerms.params.unit)]);
  if (finder.keys.length === 0) return { samples: [], files: [], warnings: [] };
  const measured = new Set(c.articles.map((a) => a.id));
  const labels = new Map(c.corpus.outlets.map((o) => [o.id, o.label]));
  const sampled = sampledOutlets(c, KWIC_ANALYSIS_LIMITS.outletsPerKey);
  const sampler = createSampler(KWIC_ANALYSIS_LIMITS.linesPerOutlet, input.seed);
  const perOutlet = finder.keys.map(() => new Map<string, number>());
  const sorter = createSpillSorter<Row>(compareRows);
  let stream: Awaited<ReturnType<typeof streamCorpus>> | undefined;
  try {
    stream = await streamCorpus(corpus.path, input.load);
    for await (const a of stream.articles) {
      if (!measured.has(a.id)) continue;
      scanArticle(a, finder, KWIC_ANALYSIS_LIMITS.window, (key, line) => {
        sorter.add(rowOf(key, finder, line, labels.get(line.outlet) ?? line.outlet));
        const m = perOutlet[key];
        m.set(line.outlet, (m.get(line.outlet) ?? 0) + 1);
        if (sampled.has(line.outlet)) sampler.add(key, line);
      });
    }
  } catch (e) {
    if (e instanceof FramediffError) return skipped(`the corpus could not be read again (${e.message}): words in context were skipped`);
    throw e;
  }
  const warnings: Warning[] = [];
  if (stream!.finish().hash !== corpus.hash) warnings.push({ code: "kwic-corpus-changed", file: corpus.path, message: "has changed since its articles were profiled: tables/kwic.csv and the report's words in context show the corpus as it is now", hint: "map the corpus again (or rerun analyze) so every table is of the same corpus." });
  const parquet = input.parquet ?? true;
  await writeTable(join(dir, "tables", KWIC_TABLE), sorter.drain(), input.csvGuard, parquet);
  const samples = sampler.samples(finder.keys, true).map((s, key) => withOthers(s, perOutlet[key], sampled));
  return { samples, files: [`tables/${KWIC_TABLE}.csv`, ...(parquet ? [`tables/${KWIC_TABLE}.parquet`] : [])], warnings };
}

/** A row of the table, with what orders it: kind, key, outlet, article id, position. */
interface Row {
  readonly kindRank: number;
  readonly cells: readonly (string | null)[];
  readonly start: number;
  readonly end: number;
}

const KIND_RANK = { actor: 0, label: 1, term: 2 } as const;

function rowOf(key: number, finder: KeyFinder, l: PlacedLine, outletLabel: string): Row {
  const k = finder.keys[key];
  return { kindRank: KIND_RANK[k.kind], start: l.start, end: l.end, cells: [k.kind, k.key, l.outlet, outletLabel, l.event ?? null, l.articleId, l.title ?? null, l.url ?? null, l.date ?? null, l.left, l.match, l.right] };
}

function compareRows(a: Row, b: Row): number {
  if (a.kindRank !== b.kindRank) return a.kindRank - b.kindRank;
  for (const i of [1, 2, 5]) { // key, outlet, article id
    const d = compareCodeUnits(a.cells[i] as string, b.cells[i] as string);
    if (d) return d;
  }
  return a.start - b.start || a.end - b.end;
}

/**
 * Writes the rows, in one pass over the sorted drain, as `<stem>.csv` (the
 * tables' RFC 4180 writer, a thousand rows at a time) and, when asked, as
 * `<stem>.parquet` (the values as they are: no formula guard), so a
 * concordance larger than memory is never held.
 */
async function writeTable(stem: string, rows: Iterable<Row>, formulaGuard: boolean, parquet: boolean): Promise<void> {
  mkdirSync(dirname(stem), { recursive: true });
  const fd = openSync(`${stem}.csv`, "w");
  try {
    let chunk: (string | null)[][] = [];
    let first = true;
    const flush = () => {
      const csv = toCsv({ columns: COLUMNS, rows: chunk }, { formulaGuard });
      writeSync(fd, first ? csv : csv.slice(csv.indexOf("\n") + 1));
      first = false;
      chunk = [];
    };
    function* cells(): Generator<(string | null)[]> {
      for (const r of rows) {
        const c = r.cells.slice();
        chunk.push(c);
        if (chunk.length === 1000) flush();
        yield c;
      }
    }
    if (parquet) await writeTableParquet(`${stem}.parquet`, { columns: COLUMNS, rows: cells() }, COLUMNS.map(() => "text"));
    else for (const _ of cells()) { /* the CSV is written as the rows pass */ }
    if (chunk.length || first) flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * The distinctive terms the report shows: the top `termsPerSide` on each
 * side of every comparison (pooled and within-event), ranked by their best
 * place in any list, ties by term; at most `terms` of them.
 */
export function reportTerms(c: Comparison, max = KWIC_ANALYSIS_LIMITS.terms, perSide = KWIC_ANALYSIS_LIMITS.termsPerSide): string[] {
  const best = new Map<string, number>();
  const rank = (groups: Map<string, { term: string; z: number }[]>) => {
    for (const rows of groups.values()) {
      const pos = rows.filter((r) => r.z > 0).sort((a, b) => b.z - a.z || compareCodeUnits(a.term, b.term));
      const neg = rows.filter((r) => r.z < 0).sort((a, b) => a.z - b.z || compareCodeUnits(a.term, b.term));
      for (const side of [pos, neg]) side.slice(0, perSide).forEach((r, i) => { if (i < (best.get(r.term) ?? Infinity)) best.set(r.term, i); });
    }
  };
  rank(groupRows(c.distinctiveTerms.rows, (r) => `${r.target}\u0000${r.reference}\u0000${r.n}`));
  rank(groupRows(c.distinctiveTermsPaired.rows, (r) => `${r.outlet}\u0000${r.n}`));
  return [...best].sort((a, b) => a[1] - b[1] || compareCodeUnits(a[0], b[0])).slice(0, max).map(([t]) => t);
}

function groupRows<R>(rows: readonly R[], key: (r: R) => string): Map<string, R[]> {
  const m = new Map<string, R[]>();
  for (const r of rows) { const k = key(r); const l = m.get(k); if (l) l.push(r); else m.set(k, [r]); }
  return m;
}

/** The outlets whose lines are sampled: the `max` with most measured articles, ties by id. */
function sampledOutlets(c: Comparison, max: number): Set<string> {
  const n = new Map<string, number>();
  for (const a of c.articles) n.set(a.outlet, (n.get(a.outlet) ?? 0) + 1);
  return new Set([...n].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).slice(0, max).map(([o]) => o));
}

/** A sample with every occurrence in `total`, and the outlets not sampled counted in `otherOutlets`. */
function withOthers(s: KwicSample, counts: ReadonlyMap<string, number>, sampled: ReadonlySet<string>): KwicSample {
  let outlets = 0, total = 0, all = 0;
  for (const [o, n] of counts) { all += n; if (!sampled.has(o)) { outlets++; total += n; } }
  // lines in the report need no offsets
  const trimmed = { ...s, total: all, outlets: s.outlets.map((o) => ({ ...o, lines: o.lines.map(({ start: _s, end: _e, ...line }) => line) })) };
  return outlets ? { ...trimmed, otherOutlets: { outlets, total } } : trimmed;
}
