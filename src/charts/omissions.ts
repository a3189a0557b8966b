import type { CoverageOmissions } from "../features/coverage/index";
import { expectKind } from "./check";
import { axis, categoryAxis, frame, rowsHeight } from "./layout";
import { chartSpec } from "./spec";
import { outletStyles, outletTick, tickChars } from "./outlets";
import { SEQUENTIAL } from "./palette";
import { DEFAULT_THEME } from "./theme";
import { escapeText, plural, truncate } from "./text";
import type { ChartOptions, ChartSpec } from "./types";
import { maxOf } from "../stats/extent";
import { pickOutlets } from "./outlet-limit";
import { compareCodeUnits } from "../util/compare";

/**
 * Omissions per outlet: horizontal bars of how many claims each outlet
 * leaves out although at least `minShare` of the other outlets (and at
 * least `minCarriers` of them) carry them,
 * stacked by how many others carry each (darker = more), so that a bar is
 * read as "how much of the shared story this outlet does not tell". Outlets
 * with no omission keep a row at 0. Hover lists the omitted claims.
 */
export function chartOmissions(result: CoverageOmissions, options: ChartOptions = {}): ChartSpec {
  expectKind("chartOmissions", result, "coverage-omissions");
  const theme = options.theme ?? DEFAULT_THEME;
  const picked = pickOutlets([...(options.outlets ?? []), ...result.params.events.flatMap((e) => e.outlets)], options);
  const isShown = (o: string) => picked.shown === null || picked.shown.has(o);
  const outlets = [...new Set(result.params.events.flatMap((e) => e.outlets))].filter(isShown).sort(compareCodeUnits);
  const styles = outletStyles(outlets, { ...options, outlets: options.outlets?.filter(isShown) });
  // rows per outlet, grouped once, not filtered again per outlet and level
  const byOutlet = new Map(outlets.map((o) => [o, [] as CoverageOmissions["rows"][number][]]));
  for (const r of result.rows) byOutlet.get(r.outlet)?.push(r);
  const levels = [...new Set(result.rows.map((r) => r.carriers))].sort((a, b) => b - a);
  const maxOthers = maxOf(result.rows.map((r) => r.otherOutlets), 1);
  const ticks = outlets.map((o) => outletTick(styles.get(o)!, tickChars(theme.width)));
  const f = frame(theme, {
    title: options.title === undefined ? "Omissions: claims each outlet leaves out that other outlets carry" : options.title,
    plotHeight: rowsHeight(theme, ticks, 1.25), yLabels: ticks, legend: levels.map((k) => `carried by ${k} other${k === 1 ? "" : "s"}`), legendSymbol: 16,
    xTitle: `Claims omitted (carried by ≥ ${Math.round(result.params.minShare * 100)}% and ≥ ${result.params.minCarriers} of the other outlets)`, footnote: picked.note,
  });
  const traces = levels.map((k) => {
    const t = Math.min(1, k / maxOthers);
    const color = SEQUENTIAL[Math.min(SEQUENTIAL.length - 1, Math.round(2 + t * (SEQUENTIAL.length - 3)))][1];
    const mine = outlets.map((o) => byOutlet.get(o)!.filter((r) => r.carriers === k));
    return {
      type: "bar", orientation: "h", name: `carried by ${k} other${k === 1 ? "" : "s"}`, y: outlets, x: mine.map((m) => m.length),
      marker: { color, line: { color: "#ffffff", width: 0.5 } },
      customdata: outlets.map((o, i) => `<b>${escapeText(styles.get(o)!.label)}</b> omits ${plural(mine[i].length, "claim")} carried by ${k} other${k === 1 ? "" : "s"}:<br>${mine[i].slice(0, 8).map((r) => `${r.claim}: ${escapeText(truncate(r.text, 320, theme.fontSize, theme))}`).join("<br>")}${mine[i].length > 8 ? "<br>…" : ""}`),
      hovertemplate: "%{customdata}<extra></extra>",
    };
  });
  const totals = outlets.map((o) => byOutlet.get(o)!.length);
  const max = maxOf(totals, 1);
  const layout = {
    ...f.layout, barmode: "stack", bargap: 0.35,
    xaxis: axis(theme, { title: f.titles.x, range: [0, max * 1.08], grid: true, dtick: max <= 10 ? 1 : undefined, tickformat: "d" }),
    yaxis: categoryAxis(theme, { categoryorder: "array", categoryarray: outlets, tickvals: outlets, ticktext: ticks, autorange: "reversed" }),
    annotations: [
      ...((f.layout.annotations as Record<string, unknown>[] | undefined) ?? []),
      ...outlets.map((o, i) => ({ text: String(totals[i]), showarrow: false, xref: "x", x: totals[i], xanchor: "left", xshift: 3, yref: "y", y: o, font: { size: theme.fontSize } })),
    ],
  };
  const data = {
    columns: ["outlet", "label", "event", "rank", "claim", "carriers", "other_outlets", "share", "text"],
    rows: result.rows.filter((r) => isShown(r.outlet)).map((r) => [r.outlet, styles.get(r.outlet)!.label, r.event, r.rank, r.claim, r.carriers, r.otherOutlets, r.share, r.text]),
  };
  return chartSpec("coverage-omissions", theme, traces, layout, f.height, data);
}

