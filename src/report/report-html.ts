import type { KwicSample } from "../kwic/types";
import { escapeXml, scriptJson } from "../render/json";
import { inlineScript, plotlyBundle } from "../render/plotly-bundle";
import type { FigureSpec, TableData } from "../render/types";
import { REPORT_CLIENT } from "./report-client";
import type { ReportEvents } from "./report-events";
import { pageKwic, type PageKwicSample } from "./report-kwic";
import { shareStrings } from "./report-share";
import { REPORT_STYLE } from "./report-style";
import { tableBlob, thousands, type ReportTableInput } from "./report-table";

/** One part of the report: a question, its charts and its key tables. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** Plain text: what the measure is and how to read it. */
  readonly intro: string;
  readonly figures: readonly FigureSpec[];
  readonly tables: readonly (ReportTableInput & {
    /** The caption shown above the table in the page; defaults to `caption`. */
    readonly title?: string;
    readonly table: TableData;
  })[];
}

export interface ReportInput {
  readonly title: string;
  /** Lines shown under the title (corpus, lexicon, version, seed…). */
  readonly facts: readonly string[];
  readonly sections: readonly ReportSection[];
  /** Warnings met on the way, shown at the end. */
  readonly warnings: readonly string[];
  /** Articles left out of every result (invalid, or failed to parse or measure), one line each; shown at the top. */
  readonly skipped?: readonly string[];
  /** Words in context: a click on a term, label or actor cell shows its lines (bounded by `pageKwic`). */
  readonly kwic?: readonly KwicSample[];
  /** The event selector's data (`reportEvents`); none when the corpus has no events. */
  readonly events?: ReportEvents | null;
  /** Files of the run, relative to the report: a table links its CSV (and Parquet) only when listed. Defaults to *link every CSV*. */
  readonly files?: readonly string[];
  /** Outlet labels by id, for the KWIC panel's headings. */
  readonly outletLabels?: Readonly<Record<string, string>>;
}

/**
 * Bounds that keep report.html under 20 MB whatever the corpus size (the
 * plotly bundle is ~4.8 MB): bytes of JSON for all figures (a figure past
 * it is named, not drawn), each table, all tables, the event selector and
 * the KWIC samples; characters of one text line (facts, warnings, skipped)
 * and the number of such lines.
 */
export const REPORT_BOUNDS = Object.freeze({ figures: 6_500_000, table: 250_000, tables: 3_000_000, events: 2_000_000, kwic: 2_000_000, line: 1_000, lines: 500 });

const clipLine = (s: string) => (s.length > REPORT_BOUNDS.line ? `${s.slice(0, REPORT_BOUNDS.line - 1)}…` : s);
const lines = (xs: readonly string[]) => {
  const head = xs.slice(0, REPORT_BOUNDS.lines).map(clipLine);
  if (xs.length > REPORT_BOUNDS.lines) head.push(`… and ${thousands(xs.length - REPORT_BOUNDS.lines)} more (run.json lists all).`);
  return head;
};
const blobScript = (id: string, value: unknown) => `<script type="application/json" id="${escapeXml(id)}">${scriptJson(value)}</script>`;

/** The figures that fit in the bound, encoded against one shared string table; the rest by name. */
function pageFigures(sections: readonly ReportSection[]): { strings: string[]; encoded: Map<FigureSpec, unknown>; left: Set<FigureSpec> } {
  const all = sections.flatMap((s) => s.figures);
  const payload = (f: FigureSpec) => ({ data: f.figure.data, layout: f.figure.layout, config: { displaylogo: false, responsive: true, ...f.figure.config } });
  const kept: FigureSpec[] = [];
  const left = new Set<FigureSpec>();
  let bytes = 0;
  for (const f of all) {
    const alone = shareStrings([payload(f)]);
    const size = JSON.stringify(alone.values).length + JSON.stringify(alone.strings).length;
    if (bytes + size > REPORT_BOUNDS.figures) { left.add(f); continue; }
    bytes += size;
    kept.push(f);
  }
  const shared = shareStrings(kept.map(payload));
  return { strings: shared.strings, encoded: new Map(kept.map((f, i) => [f, shared.values[i]])), left };
}

/**
 * One self-contained HTML page to explore a run: a contents column, the
 * sections as collapsible parts (the first open; a section's charts are
 * drawn when it is opened), every table with a filter box and sortable
 * columns showing its top rows and linking the whole table beside the
 * report, an event selector with the within-event results, and a KWIC
 * panel. Plotly is inlined once (from node_modules), so the page works
 * offline and can be mailed or archived as one file; `REPORT_BOUNDS` keep
 * it under 20 MB. Every text is escaped; deterministic.
 */
export function reportHtml(input: ReportInput): string {
  const files = input.files ? new Set(input.files) : null;
  const { strings, encoded, left } = pageFigures(input.sections);
  let k = 0;
  let t = 0;
  let tableBytes = 0;
  const tableStrings = new Set<string>(); // the cells the tables show, for the labels of the outlets among them
  const figure = (spec: FigureSpec) => {
    if (left.has(spec)) return `<p class="note">Chart “${escapeXml(spec.name)}” is not drawn here: its data would take this page past its size bound. framediff analyze writes it to figures/${escapeXml(spec.name)}.svg (and .csv) unless run with --no-figures.</p>`;
    const id = `fig-${++k}`;
    return `<div class="chart" id="${id}" data-fig="${id}" style="width:${spec.width}px;max-width:100%;height:${spec.height}px"></div>${blobScript(`${id}-data`, encoded.get(spec))}`;
  };
  const table = (x: ReportSection["tables"][number]) => {
    const id = `t-${++t}`;
    const budget = Math.max(0, Math.min(REPORT_BOUNDS.table, REPORT_BOUNDS.tables - tableBytes));
    const blob = tableBlob({ ...x, caption: x.title ?? x.caption }, files, budget);
    for (const r of blob.rows) for (const v of r) if (typeof v === "string") tableStrings.add(v);
    const json = scriptJson(blob);
    tableBytes += json.length;
    return `<div class="fd-table" data-table="${id}"><div class="cap">${escapeXml(x.caption)}</div></div>${blobScript(`${id}-data`, blob)}`;
  };
  const sections = input.sections.map((s, i) =>
    `<details class="section" id="${escapeXml(s.id)}"${i === 0 ? " open" : ""}><summary><h2>${escapeXml(s.title)}</h2></summary><p class="intro">${escapeXml(s.intro)}</p>` +
    s.figures.map(figure).join("\n") + s.tables.map(table).join("\n") + `</details>`).join("\n");
  const part = (id: string, title: string, body: string) => `<details class="section" id="${id}"><summary><h2>${escapeXml(title)}</h2></summary>${body}</details>`;
  const ev = input.events && input.events.events.length ? input.events : null;
  const events = ev ? part("events", "Events", eventsBody(ev)) : "";
  const warnings = input.warnings.length ? part("warnings", `Warnings (${input.warnings.length})`, `<ul class="warnings">${lines(input.warnings).map((w) => `<li>${escapeXml(w)}</li>`).join("")}</ul>`) : "";
  const skipped = input.skipped?.length
    ? part("skipped", `Skipped articles (${input.skipped.length})`, `<p>These articles are left out of every table, chart and number below.</p><ul class="warnings">${lines(input.skipped).map((w) => `<li>${escapeXml(w)}</li>`).join("")}</ul>`)
    : "";
  const toc = [...(skipped ? [["skipped", "Skipped articles"]] : []), ...input.sections.map((s) => [s.id, s.title]), ...(ev ? [["events", "Events"]] : []), ...(warnings ? [["warnings", "Warnings"]] : [])]
    .map(([id, title]) => `<a href="#${escapeXml(id)}">${escapeXml(title)}</a>`).join("");
  const kwic = input.kwic?.length ? pageKwic(input.kwic, { maxBytes: REPORT_BOUNDS.kwic }) : [];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeXml(input.title)}</title><style>${REPORT_STYLE}</style></head>
<body><nav id="fd-toc" aria-label="Contents"><div class="toc-title">Contents</div>${toc}</nav>
<main><h1>${escapeXml(input.title)}</h1>
<div class="facts">${input.facts.map((f) => `<div>${escapeXml(clipLine(f))}</div>`).join("")}</div>
<p class="facts">Sections open and close on their titles; charts are drawn when their section opens. Tables show their top rows (filter box, click a header to sort) and link the whole table.${kwic.length ? " Underlined terms, labels and actors open their words in context." : ""}</p>
${skipped}
${sections}
${events}
${warnings}
</main>
<aside id="fd-kwic" hidden aria-label="Words in context"></aside>
${blobScript("fd-strings", strings)}
${kwic.length ? blobScript("fd-kwic-samples", kwic) : ""}
${input.outletLabels && (kwic.length || tableStrings.size) ? blobScript("fd-outlets", shownLabels(kwic, tableStrings, input.outletLabels)) : ""}
${ev ? blobScript("fd-events", { tables: ev.tables }) : ""}
${inlineScript(plotlyBundle())}
${inlineScript(REPORT_CLIENT)}
</body></html>
`;
}

/**
 * The labels of the outlets the KWIC samples and the tables show, for the
 * panel's headings and the tables' filter (which finds an outlet by its
 * label); not every outlet's, so the page stays bounded.
 */
function shownLabels(kwic: readonly PageKwicSample[], cells: ReadonlySet<string>, labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (id: string) => { if (Object.hasOwn(labels, id) && labels[id] !== id) out[id] = labels[id]; };
  for (const s of kwic) for (const o of s.outlets) add(o.outlet);
  for (const c of cells) add(c);
  return out;
}

function eventsBody(ev: ReportEvents): string {
  const options = ev.events.map((e) => `<option value="${escapeXml(e.id)}">${escapeXml(e.title !== undefined ? `${e.title} (${e.id})` : e.id)} — ${thousands(e.articles)} articles</option>`).join("");
  const listed = ev.events.length < ev.totalEvents
    ? ` The ${thousands(ev.events.length)} events with most articles are listed (of ${thousands(ev.totalEvents)}; the rest are in the CSVs).`
    : "";
  return `<div class="events"><p class="intro">Results within one event (matched design), beside the pooled ones of the sections above.${listed}</p>` +
    `<label>Event: <select id="fd-event">${options}</select></label><div id="fd-event-tables"></div></div>`;
}
