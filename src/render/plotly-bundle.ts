import { readFileSync } from "node:fs";

let cached: string | undefined;

/** Path of the plotly.js bundle framediff inlines (from node_modules, never the network). */
export function plotlyBundlePath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}

/** The plotly.js bundle's source text, read once per process. */
export function plotlyBundle(): string {
  if (cached === undefined) cached = readFileSync(plotlyBundlePath(), "utf8");
  return cached;
}

/**
 * A `<script>` element holding `js`, with every `</script` inside (any case) written
 * as `<\/script` so the HTML parser cannot end the element early.
 * @example
 * inlineScript('x = "</script>"'); // => '<script>x = "<\\/script>"</script>'
 */
export function inlineScript(js: string): string {
  return `<script>${js.replace(/<\/(script)/gi, "<\\/$1")}</script>`;
}
