import { runInNewContext } from "node:vm";
import { loadPlotly, resetShow, show, type FigureSpec, type HtmlDisplay } from "../../src/render/index";
import { plotlyBundle } from "../../src/render/plotly-bundle";

function fakeDisplay(): HtmlDisplay & { shown: string[] } {
  const shown: string[] = [];
  return { shown, html: (s: string) => void shown.push(s) };
}

/** Runs the scripts of a shown chart with a fake page and plotly; returns what newPlot got. */
function runChart(html: string, withPlotly = true): { id: string; args: unknown[]; text?: string } {
  const id = /<div id="([^"]+)"/.exec(html)![1];
  const el: { id: string; textContent?: string } = { id };
  const calls: unknown[][] = [];
  const Plotly = { newPlot: (...args: unknown[]) => void calls.push(args) };
  const window = withPlotly ? { Plotly } : {};
  const script = /<script>([\s\S]*)<\/script>$/.exec(html)![1];
  runInNewContext(script, { window, Plotly, document: { getElementById: (x: string) => (x === id ? el : null) } });
  return { id, args: calls[0] ?? [], text: el.textContent };
}

const figure = Object.freeze({
  data: [{ type: "bar", x: ["TASS", "</script><b>"], y: [1, 2] }],
  layout: { title: { text: "A & B" }, width: 500 },
  config: { scrollZoom: false },
});

beforeEach(() => resetShow());

it("inlines plotly once, then one div and script per chart, with ids that count up", () => {
  const display = fakeDisplay();
  expect(show(figure, { display })).toBeUndefined(); // a cell ending in show() prints nothing more
  show(figure, { display });
  expect(display.shown).toHaveLength(3);
  const [plotly, first, second] = display.shown;
  expect(plotly.startsWith("<script>")).toBe(true);
  expect(plotly.length).toBeGreaterThan(plotlyBundle().length - 100);
  expect(plotly.slice(0, -"</script>".length)).not.toMatch(/<\/script/i); // the bundle cannot end its own element
  expect(first.startsWith('<div id="framediff-plot-1" class="framediff-plot"></div><script>')).toBe(true);
  expect(second.startsWith('<div id="framediff-plot-2" class="framediff-plot"></div><script>')).toBe(true);
  expect(second.replace(/plot-2/g, "plot-1")).toBe(first); // the same figure gives the same HTML
  expect(first).not.toContain("</script><b>");
});

it("draws the figure with its data, layout and config, offline", () => {
  const display = fakeDisplay();
  show(figure, { display, config: { displayModeBar: false } });
  const { id, args } = runChart(display.shown[1]);
  expect(args).toEqual([{ id }, figure.data, figure.layout,
    { responsive: true, displaylogo: false, scrollZoom: false, displayModeBar: false }]);
});

it("draws a FigureSpec at its export size, unless the options say otherwise", () => {
  const display = fakeDisplay();
  const spec: FigureSpec = { name: "s", figure, width: 320, height: 200 };
  show(spec, { display });
  show(spec, { display, height: 250 });
  expect(runChart(display.shown[1]).args[2]).toEqual({ ...figure.layout, width: 320, height: 200 });
  expect(runChart(display.shown[2]).args[2]).toEqual({ ...figure.layout, width: 320, height: 250 });
  expect(figure.layout).toEqual({ title: { text: "A & B" }, width: 500 }); // not mutated
});

it("says how to recover when plotly is missing from the page", () => {
  const display = fakeDisplay();
  show(figure, { display });
  expect(runChart(display.shown[1], false).text).toMatch(/plotly\.js is not loaded in this page: restart the kernel/);
});

it("inlines plotly again after resetShow, and loadPlotly is idempotent", () => {
  const display = fakeDisplay();
  loadPlotly(display);
  loadPlotly(display);
  show(figure, { display });
  resetShow();
  show(figure, { display });
  expect(display.shown.map((s) => s.startsWith("<script>"))).toEqual([true, false, true, false]);
});

it("can be imported without tslab's kernel (tslab is loaded only when no display is given)", () => {
  const src = require("node:fs").readFileSync(require.resolve("../../src/render/display"), "utf8") as string;
  expect(src).not.toMatch(/^import .*tslab/m);
});
