import type { Comparison } from "../features/compare";
import type { KwicKind } from "../kwic/types";
import type { Cell } from "../render/types";
import { byDescending, eventsByArticles, interleaveByFamily } from "./report-rank";
import { kwicKindOf, tableLinks } from "./report-table";

/** One event of the selector. */
export interface ReportEvent {
  readonly id: string;
  /** From `Corpus.eventTitles`; absent when the corpus gives none. */
  readonly title?: string;
  readonly articles: number;
}

/** A within-event table: each event's top rows (beside the pooled values where the table has them). */
export interface EventTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly numeric: readonly boolean[];
  readonly digits: number;
  readonly kwic: Readonly<Record<number, KwicKind>>;
  readonly links: readonly { readonly href: string; readonly text: string }[];
  readonly rows: Readonly<Record<string, readonly (readonly Cell[])[]>>;
  /** Rows each event has in the whole table. */
  readonly totals: Readonly<Record<string, number>>;
}

/** What the report's event selector shows. */
export interface ReportEvents {
  /** The events listed, most articles first. */
  readonly events: readonly ReportEvent[];
  /** Events the corpus has (more than listed when the page's bound cut them). */
  readonly totalEvents: number;
  readonly tables: readonly EventTable[];
}

/** Options of {@link reportEvents}. */
export interface ReportEventsOptions {
  /** Event titles by id (`Corpus.eventTitles`). */
  titles?: Readonly<Record<string, string>>;
  /** Most rows each table shows per event; defaults to *30*. */
  rowsPerEvent?: number;
  /** Most bytes (JSON) of rows over all events; events past it are not listed. Defaults to *2,000,000*. */
  maxBytes?: number;
  /** The run's files (to link only tables it wrote); null links every CSV. */
  files?: ReadonlySet<string> | null;
  /** Folder of the tables, relative to the report; defaults to *tables*. */
  tableDir?: string;
}

interface Spec<R> {
  readonly caption: string;
  readonly csv: string;
  readonly columns: readonly (readonly [string, (r: R) => Cell])[];
  readonly rows: readonly R[];
  readonly event: (r: R) => string | null;
  readonly rank: (rows: readonly R[]) => readonly R[];
}

function spec<R>(s: Spec<R>): Spec<unknown> { return s as unknown as Spec<unknown>; }

/**
 * The within-event results of a comparison, for the report's event selector:
 * pairwise divergence within the event beside the pooled value, each
 * article's sentiment beside its outlet's pooled mean, the claims aligned in
 * the event, and quoted speakers where voice was counted per event. Null
 * when no article has an event. Rows are grouped by event in one pass and
 * each event keeps its top `rowsPerEvent`; events are listed most articles
 * first while their rows fit in `maxBytes`.
 */
export function reportEvents(c: Comparison, options: ReportEventsOptions = {}): ReportEvents | null {
  const articles = new Map<string, number>();
  const perOutlet = new Map<string, number>();
  for (const a of c.articles) {
    perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
    if (a.event !== undefined) articles.set(a.event, (articles.get(a.event) ?? 0) + 1);
  }
  if (articles.size === 0) return null;
  const { titles = {}, rowsPerEvent = 30, maxBytes = 2_000_000, files = null, tableDir = "tables" } = options;
  const pooled = new Map<string, number | null>();
  for (const r of c.divergence.rows) if (r.scope === "pooled") pooled.set(`${r.family}\u0000${r.outletA}\u0000${r.outletB}`, r.value);
  const outletMean = new Map(c.sentiment.outlets.rows.map((r) => [r.outlet, r.mean.estimate]));
  type Div = (typeof c.divergence.rows)[number];
  type Art = (typeof c.sentiment.articles.rows)[number];
  type Claim = (typeof c.coverage.claims.rows)[number];
  type Speaker = (typeof c.voice.speakers.rows)[number];
  const specs: Spec<unknown>[] = [
    spec<Div>({
      caption: "Pairwise divergence within the event, beside the pooled value", csv: "divergence",
      rows: c.divergence.rows, event: (r) => (r.scope === "event" ? r.event : null),
      rank: (rows) => interleaveByFamily(rows, (r) => r.family, (r) => r.value),
      columns: [["family", (r) => r.family], ["outlet A", (r) => r.outletA], ["outlet B", (r) => r.outletB], ["value in event", (r) => r.value],
        ["pooled value", (r) => pooled.get(`${r.family}\u0000${r.outletA}\u0000${r.outletB}`) ?? null], ["p", (r) => r.p], ["test", (r) => r.test]],
    }),
    spec<Art>({
      caption: "Article sentiment in the event, beside the outlet's pooled mean", csv: "sentiment-articles",
      rows: c.sentiment.articles.rows, event: (r) => r.event,
      rank: (rows) => byDescending(rows, (r) => perOutlet.get(r.outlet) ?? 0),
      columns: [["outlet", (r) => r.outlet], ["article", (r) => r.articleId], ["sentences", (r) => r.sentences], ["article mean", (r) => r.mean], ["outlet pooled mean", (r) => outletMean.get(r.outlet) ?? null]],
    }),
    spec<Claim>({
      caption: "Claims aligned in the event, carried by most outlets first", csv: "coverage-claims",
      rows: c.coverage.claims.rows, event: (r) => r.event,
      rank: (rows) => byDescending(rows, (r) => r.nOutlets),
      columns: [["claim", (r) => r.claim], ["n", (r) => r.nOutlets], ["outlets", (r) => r.outlets.slice(0, 20).join(", ") + (r.outlets.length > 20 ? ` … (+${r.outlets.length - 20})` : "")], ["sentence", (r) => r.text]],
    }),
    spec<Speaker>({
      caption: "Quoted speakers in the event, most quoted words first", csv: "voice-speakers",
      rows: c.voice.speakers.rows, event: (r) => (r.event === "(all)" ? null : r.event),
      rank: (rows) => byDescending(rows, (r) => r.words),
      columns: [["outlet", (r) => r.outlet], ["speaker", (r) => r.speaker], ["quotes", (r) => r.quotes], ["words", (r) => r.words], ["share", (r) => r.share]],
    }),
  ];
  const built = specs.map((s) => ({ s, byEvent: group(s) })).filter((x) => x.byEvent.size > 0);
  const order = eventsByArticles(articles);
  const rows = built.map(() => ({} as Record<string, Cell[][]>));
  const totals = built.map(() => ({} as Record<string, number>));
  const events: ReportEvent[] = [];
  let bytes = 0;
  for (const id of order) {
    const cells = built.map(({ s, byEvent }) => {
      const all = byEvent.get(id) ?? [];
      return s.rank(all).slice(0, rowsPerEvent).map((r) => s.columns.map(([, f]) => f(r)));
    });
    const size = JSON.stringify(cells).length + id.length * built.length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    built.forEach(({ byEvent }, i) => { rows[i][id] = cells[i]; totals[i][id] = byEvent.get(id)?.length ?? 0; });
    events.push({ id, ...(titles[id] !== undefined ? { title: titles[id] } : {}), articles: articles.get(id)! });
  }
  const tables = built.map(({ s }, i): EventTable => ({
    caption: s.caption, columns: s.columns.map(([n]) => n), numeric: s.columns.map(([n]) => NUMERIC.has(n)), digits: 3,
    kwic: kwicColumns(s.columns.map(([n]) => n)), links: tableLinks(`${tableDir}/${s.csv}.csv`, files), rows: rows[i], totals: totals[i],
  }));
  return { events, totalEvents: articles.size, tables };
}

const NUMERIC = new Set(["value in event", "pooled value", "p", "sentences", "article mean", "outlet pooled mean", "n", "quotes", "words", "share"]);

function kwicColumns(columns: readonly string[]): Record<number, KwicKind> {
  const out: Record<number, KwicKind> = {};
  columns.forEach((c, j) => { const k = kwicKindOf(c); if (k) out[j] = k; });
  return out;
}

function group(s: Spec<unknown>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const r of s.rows) {
    const e = s.event(r);
    if (e === null) continue;
    let g = out.get(e);
    if (!g) out.set(e, (g = []));
    g.push(r);
  }
  return out;
}
