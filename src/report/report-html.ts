import { tableHtml } from "../render/html-table";
import { escapeXml, scriptJson } from "../render/json";
import { inlineScript, plotlyBundle } from "../render/plotly-bundle";
import type { FigureSpec, TableData } from "../render/types";

/** One part of the report: a question, its charts and its key tables. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** Plain text: what the measure is and how to read it. */
  readonly intro: string;
  readonly figures: readonly FigureSpec[];
  readonly tables: readonly { readonly caption: string; readonly table: TableData; readonly digits?: number }[];
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
}

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}nav a{margin-right:1em}
.facts{color:#555;font-size:.9em}.chart{margin:1em 0}
table{border-collapse:collapse;font-size:.85em;margin:1em 0}th,td{padding:.2em .6em;border-bottom:1px solid #e4e4e4}
thead th{border-bottom:2px solid #888}caption{text-align:left;font-weight:600;padding:.3em 0}
.warnings li{color:#8a4b00}`;

/**
 * One self-contained HTML page with every interactive chart and the key
 * tables: plotly is inlined once (from node_modules), so the page works
 * offline and can be mailed or archived as a single file. Deterministic.
 */
export function reportHtml(input: ReportInput): string {
  let k = 0;
  const figure = (spec: FigureSpec) => {
    const id = `fig-${++k}`;
    const config = { displaylogo: false, responsive: true, ...spec.figure.config };
    return `<div class="chart" id="${id}" style="width:${spec.width}px;max-width:100%;height:${spec.height}px"></div>` +
      `<script>Plotly.newPlot(${scriptJson(id)}, ${scriptJson(spec.figure.data)}, ${scriptJson(spec.figure.layout)}, ${scriptJson(config)});</script>`;
  };
  const sections = input.sections.map((s) =>
    `<section id="${escapeXml(s.id)}"><h2>${escapeXml(s.title)}</h2><p>${escapeXml(s.intro)}</p>` +
    s.figures.map(figure).join("\n") +
    s.tables.map((t) => tableHtml(t.table, { caption: t.caption, digits: t.digits ?? 3 })).join("\n") +
    `</section>`).join("\n");
  const nav = input.sections.map((s) => `<a href="#${escapeXml(s.id)}">${escapeXml(s.title)}</a>`).join("");
  const warnings = input.warnings.length
    ? `<section id="warnings"><h2>Warnings (${input.warnings.length})</h2><ul class="warnings">${input.warnings.map((w) => `<li>${escapeXml(w)}</li>`).join("")}</ul></section>`
    : "";
  const skipped = input.skipped?.length
    ? `<section id="skipped"><h2>Skipped articles (${input.skipped.length})</h2><p>These articles are left out of every table, chart and number below.</p><ul class="warnings">${input.skipped.map((w) => `<li>${escapeXml(w)}</li>`).join("")}</ul></section>`
    : "";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(input.title)}</title><style>${STYLE}</style>
${inlineScript(plotlyBundle())}</head>
<body><h1>${escapeXml(input.title)}</h1>
<div class="facts">${input.facts.map((f) => `<div>${escapeXml(f)}</div>`).join("")}</div>
${skipped}
<nav>${nav}</nav>
${sections}
${warnings}
</body></html>
`;
}
