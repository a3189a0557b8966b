import type { CoverageClaims } from "../features/coverage/index";
import { expectKind } from "./check";
import { categoryAxis, frame } from "./layout";
import { chartSpec } from "./spec";
import { columnTicks, outletStyles } from "./outlets";
import { LIGHT_GREY } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, labelWidth, plural, truncate, wrap } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { joinNotes, pickOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

export interface ClaimMatrixOptions extends ChartOptions {
  /** Only claims of this event. Defaults to *every event*. */
  event?: string;
  /** Only claims carried by at least this many outlets. Defaults to *2* (shared claims; a note counts the rest). */
  minOutlets?: number;
  /** At most this many claims, the most widely carried first. Defaults to *40*. */
  maxClaims?: number;
}

/** Claim number of `c12`, for sorting. */
function claimNumber(id: string): number {
  const n = Number(id.replace(/^\D+/, ""));
  return Number.isFinite(n) ? n : Infinity;
}

/**
 * The claims × outlets matrix: one row per claim, sorted by how many outlets
 * carry it (then by claim number), one column per outlet. A filled marker in
 * the outlet's colour and symbol where the outlet carries the claim, a small
 * grey dot where it is in the event but does not, nothing where it has no
 * article in the event. Each row is labelled with the claim's representative
 * sentence (shortened) and its number of outlets; hover shows the outlet's
 * own sentence. Thin rules separate the groups of equal count.
 */
export function chartClaimMatrix(result: CoverageClaims, options: ClaimMatrixOptions = {}): ChartSpec {
  expectKind("chartClaimMatrix", result, "coverage-claims");
  const minOutlets = options.minOutlets ?? 2;
  if (!Number.isInteger(minOutlets) || minOutlets < 1) throw new Error(`invalid minOutlets: ${minOutlets} (use a whole number ≥ 1)`);
  const maxClaims = options.maxClaims ?? 40;
  if (!Number.isInteger(maxClaims) || maxClaims < 1) throw new Error(`invalid maxClaims: ${maxClaims} (use a whole number ≥ 1)`);
  const events = result.params.events.map((e) => e.event);
  if (options.event !== undefined && !events.includes(options.event)) throw new Error(`invalid event: "${options.event}" (events: ${events.join(", ") || "none"})`);
  const theme = options.theme ?? DEFAULT_THEME;
  const inScope = result.rows.filter((r) => options.event === undefined || r.event === options.event);
  const sorted = inScope.filter((r) => r.nOutlets >= minOutlets).sort((a, b) => b.nOutlets - a.nOutlets || compareCodeUnits(a.event, b.event) || claimNumber(a.claim) - claimNumber(b.claim));
  const claims = sorted.slice(0, maxClaims);
  const hidden = inScope.length - claims.length;
  // columns: the outlets shown under maxOutlets (claims keep their true outlet counts)
  const picked = pickOutlets([...(options.outlets ?? []), ...result.params.events.flatMap((e) => e.outlets)], options);
  const isShown = (o: string) => picked.shown === null || picked.shown.has(o);
  const eventOutlets = new Map(result.params.events.map((e) => [e.event, e.outlets.filter(isShown)]));
  const outlets = [...new Set(result.params.events.flatMap((e) => e.outlets))].filter(isShown).sort(compareCodeUnits);
  const styles = outletStyles(outlets, { ...options, outlets: options.outlets?.filter(isShown) });
  const multiEvent = new Set(claims.map((c) => c.event)).size > 1;
  // row labels: the claim's sentence, shortened to what fits beside the matrix
  const labelBudget = theme.width * (theme.width < 480 ? 0.5 : 0.55);
  const rowLabel = (c: (typeof claims)[number]) => {
    const head = `${c.claim}${multiEvent ? ` (${c.event})` : ""}: `;
    return escapeText(head) + truncate(escapeText(c.text), labelBudget - labelWidth(head, theme.fontSize * 0.92, theme), theme.fontSize * 0.92, theme);
  };
  const yt = claims.map(rowLabel);
  const colWidth = Math.max(18, (theme.width - theme.margin.l - theme.margin.r - 12 - labelBudget - 24) / Math.max(1, outlets.length));
  const cols = columnTicks(styles, outlets, colWidth, theme);
  const xt = cols.ticks;
  const note = hidden > 0 ? `${plural(hidden, "claim")} not shown (${claims.length < sorted.length ? `the limit is ${maxClaims}; ` : ""}${minOutlets > 1 ? `claims carried by fewer than ${minOutlets} outlets are left out` : ""}).`.replace("; )", ")") : "";
  const rowH = Math.max(theme.fontSize * 1.45, theme.markerSize + 5);
  const f = frame(theme, {
    title: options.title === undefined ? "Which outlets carry which claims (claims sorted by the number of outlets carrying them)" : options.title,
    plotHeight: Math.max(1, claims.length) * rowH, yLabels: yt.map(() => "x".repeat(1)), extra: { l: labelBudget, t: cols.height, r: 24 },
    footnote: joinNotes(note, cols.footnote, picked.note),
    xTickLines: 0,
  });
  const traces: Record<string, unknown>[] = [];
  // absent cells: small grey dots, one trace
  const absent = claims.flatMap((c, i) => (eventOutlets.get(c.event) ?? []).filter((o) => !c.outlets.includes(o)).map((o) => ({ i, o, c })));
  traces.push({
    type: "scatter", mode: "markers", name: "not carried", showlegend: false, x: absent.map((a) => a.o), y: absent.map((a) => a.i),
    marker: { color: LIGHT_GREY, size: Math.max(3, theme.markerSize * 0.45), symbol: "circle", line: { width: 0 } },
    customdata: absent.map((a) => `<b>${escapeText(styles.get(a.o)!.label)}</b> does not carry ${a.c.claim}:<br>${wrap(escapeText(a.c.text), 60)}`), hovertemplate: "%{customdata}<extra></extra>",
  });
  for (const o of outlets) {
    const s = styles.get(o)!;
    const mine = claims.map((c, i) => ({ c, i, cells: c.cells.filter((x) => x.outlet === o) })).filter((x) => x.cells.length > 0);
    traces.push({
      type: "scatter", mode: "markers", name: escapeText(s.label), showlegend: false, x: mine.map(() => o), y: mine.map((m) => m.i),
      marker: { color: s.color, symbol: s.symbol.replace("-open", ""), size: theme.markerSize + 1, line: { width: 0 } },
      customdata: mine.map((m) => `<b>${escapeText(s.label)}</b>, ${m.c.claim} (${m.c.nOutlets} outlets):<br>${m.cells.map((x) => `${x.headline ? "[headline] " : ""}${wrap(escapeText(x.text), 60)} <i>(${escapeText(x.articleId)}, sentence ${x.sentence + 1})</i>`).join("<br>")}`),
      hovertemplate: "%{customdata}<extra></extra>",
    });
  }
  // rules between groups of equal count, and the count at the right
  const shapes: Record<string, unknown>[] = [];
  const counts: Record<string, unknown>[] = [];
  claims.forEach((c, i) => {
    if (i > 0 && claims[i - 1].nOutlets !== c.nOutlets) shapes.push({ type: "line", xref: "paper", x0: -labelBudget / f.plotWidth, x1: 1, yref: "y", y0: i - 0.5, y1: i - 0.5, line: { color: "#9a9a9a", width: theme.lineWidth * 0.8 } });
    counts.push({ text: String(c.nOutlets), showarrow: false, xref: "paper", x: 1, xanchor: "left", xshift: 6, yref: "y", y: i, font: { size: theme.fontSize * 0.92, color: "#4d4d4d" } });
  });
  const annotations = [
    ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
    ...counts,
    { text: "n", showarrow: false, xref: "paper", x: 1, xanchor: "left", xshift: 6, yref: "paper", y: 1, yanchor: "bottom", font: { size: theme.fontSize * 0.92, color: "#4d4d4d" } },
  ];
  const layout = {
    ...f.layout, shapes, annotations,
    xaxis: categoryAxis(theme, { side: "top", categoryorder: "array", categoryarray: outlets, tickvals: outlets, ticktext: xt, tickangle: cols.angle, range: [-0.6, outlets.length - 0.4] }),
    yaxis: categoryAxis(theme, { type: "linear", range: [Math.max(1, claims.length) - 0.5, -0.5], tickvals: claims.map((_, i) => i), ticktext: yt, tickfont: { size: theme.fontSize * 0.92 }, zeroline: false }),
  };
  const data = {
    columns: ["claim", "event", "n_outlets", "claim_text", "outlet", "carried", "article", "sentence", "text"],
    rows: sorted.flatMap((c) => (eventOutlets.get(c.event) ?? []).map((o) => {
      const cell = c.cells.find((x) => x.outlet === o);
      return [c.claim, c.event, c.nOutlets, c.text, o, cell ? "yes" : "no", cell?.articleId ?? null, cell ? cell.sentence : null, cell?.text ?? null];
    })),
  };
  return chartSpec(options.event === undefined ? "coverage-claims" : `coverage-claims-${options.event.replace(/[^A-Za-z0-9_-]+/g, "-")}`, theme, traces, layout, f.height, data);
}
