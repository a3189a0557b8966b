import type { Browser, Page } from "playwright-core";
import type { Figure } from "./types";
import { IN_PAGE_SCRIPT } from "./in-page";
import { launchChromium } from "./launch";
import { plotlyBundle } from "./plotly-bundle";
import { printHtml } from "./print-html";

/** One browser with plotly loaded: turns figures into SVG, PNG and PDF bytes. */
export interface Renderer {
  /** The figure as SVG text (attributes sorted, plotly's ids seeded by `seed`). */
  svg(figure: Figure, width: number, height: number, seed: number): Promise<string>;
  /** The figure as PNG bytes of (width·scale) × (height·scale) pixels. */
  png(figure: Figure, width: number, height: number, scale: number, seed: number): Promise<Buffer>;
  /** An SVG printed to a one-page PDF of the SVG's size (vector), titled `title`. */
  pdf(svg: string, width: number, height: number, title: string): Promise<Buffer>;
  /** The browser's version, e.g. "156.0.8078.79". */
  version(): Promise<string>;
  close(): Promise<void>;
}

const BLANK = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body></body></html>";

/**
 * Starts Chromium and loads plotly.js from node_modules into a page (no file:// and no
 * network). Close the renderer when done; `withRenderer` does that for you.
 */
export async function openRenderer(executablePath: string): Promise<Renderer> {
  const browser = await launchChromium(executablePath);
  try {
    const context = await browser.newContext();
    const plot = await context.newPage();
    await plot.setContent(BLANK);
    await plot.addScriptTag({ content: plotlyBundle() });
    await plot.addScriptTag({ content: IN_PAGE_SCRIPT });
    const print = await context.newPage();
    return rendererOn(browser, plot, print);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Runs `work` with a renderer and always closes the browser afterwards. */
export async function withRenderer<T>(executablePath: string, work: (r: Renderer) => Promise<T>): Promise<T> {
  const renderer = await openRenderer(executablePath);
  try {
    return await work(renderer);
  } finally {
    await renderer.close();
  }
}

/** How long one `Plotly.toImage` may take before the export gives up. */
const DRAW_TIMEOUT_MS = 120_000;

function rendererOn(browser: Browser, plot: Page, print: Page): Renderer {
  const call = (fn: string, ...args: unknown[]): Promise<string> => {
    const work = plot.evaluate(`globalThis.__framediff.${fn}(${args.map((a) => JSON.stringify(a)).join(",")})`) as Promise<string>;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Plotly.toImage did not finish in ${DRAW_TIMEOUT_MS / 1000} s`)), DRAW_TIMEOUT_MS);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  };
  return {
    svg: (figure, width, height, seed) => call("svg", figure, width, height, seed),
    png: async (figure, width, height, scale, seed) =>
      Buffer.from(await call("png", figure, width, height, scale, seed), "base64"),
    async pdf(svg, width, height, title) {
      await print.setContent(printHtml(svg, width, height, title));
      const margin = { top: "0", right: "0", bottom: "0", left: "0" };
      return print.pdf({ width: `${width}px`, height: `${height}px`, margin, printBackground: true, pageRanges: "1" });
    },
    version: async () => browser.version(),
    close: () => browser.close(),
  };
}
