import { type HtmlDisplay, tslabDisplay } from "./display";
import { escapeXml, scriptJson } from "./json";
import { inlineScript, plotlyBundle } from "./plotly-bundle";
import type { Figure, FigureSpec } from "./types";

/** Options for `show`. */
export interface ShowOptions {
  /** Width in px; defaults to a spec's width, else the layout's, else the cell's width. */
  width?: number;
  /** Height in px; defaults to a spec's height, else the layout's, else plotly's 450. */
  height?: number;
  /** plotly config, over the figure's own and `{responsive: true, displaylogo: false}`. */
  config?: Record<string, unknown>;
  /** Where the HTML goes; defaults to tslab's display. */
  display?: HtmlDisplay;
}

// Per process, so per notebook kernel: plotly is inlined once and div ids never repeat.
let plotlyShown = false;
let plotCount = 0;

/**
 * Puts plotly.js (from node_modules, never the network) into the notebook, once per
 * kernel; `show` calls it for you. The script is part of the cell's output, so the
 * saved notebook and nbconvert's HTML draw their charts offline.
 */
export function loadPlotly(display: HtmlDisplay = tslabDisplay()): void {
  if (plotlyShown) return;
  display.html(inlineScript(plotlyBundle()));
  plotlyShown = true;
}

/**
 * Forgets that plotly was inlined, so the next `show` inlines it again. Call it after
 * clearing outputs or re-running the notebook in a live kernel: the cell that held
 * plotly lost it, and charts in the saved notebook would otherwise not draw.
 */
export function resetShow(): void {
  plotlyShown = false;
}

/**
 * Draws a plotly figure (or a `FigureSpec`, at its export size) in a tslab notebook.
 * Div ids count up from `framediff-plot-1`, so the same notebook run gives the same HTML.
 * Returns nothing, so a cell ending in `show(…)` prints nothing else.
 * @example
 * show(sentimentByOutletChart(result));            // in a tslab cell
 * show(spec, { height: 300 });
 */
export function show(figure: Figure | FigureSpec, options: ShowOptions = {}): void {
  const display = options.display ?? tslabDisplay();
  loadPlotly(display);
  const spec = "figure" in figure ? figure : undefined;
  const fig = spec ? spec.figure : (figure as Figure);
  const layout: Record<string, unknown> = { ...fig.layout };
  const width = options.width ?? spec?.width;
  const height = options.height ?? spec?.height;
  if (width !== undefined) layout.width = width;
  if (height !== undefined) layout.height = height;
  const config = { responsive: true, displaylogo: false, ...fig.config, ...options.config };
  const id = `framediff-plot-${++plotCount}`;
  display.html(`<div id="${escapeXml(id)}" class="framediff-plot"></div>` + inlineScript(
    `(function(){var el=document.getElementById(${scriptJson(id)});` +
    `if(!window.Plotly){el.textContent=${scriptJson(NO_PLOTLY)};return;}` +
    `Plotly.newPlot(el,${scriptJson(fig.data)},${scriptJson(layout)},${scriptJson(config)});})();`));
}

const NO_PLOTLY = "plotly.js is not loaded in this page: restart the kernel and run all cells " +
  "(the first chart inlines plotly), or call resetShow() before showing again.";
