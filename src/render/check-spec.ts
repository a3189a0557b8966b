import { FramediffError, type Problem } from "../errors";
import { IMAGE_FORMATS, type FigureSpec, type ImageFormat } from "./types";

/**
 * Trace types drawn with WebGL (or map tiles): their "SVG" is a raster image, and with
 * `--disable-gpu` they may not draw at all. Paper figures use the SVG traces instead.
 */
export const RASTER_TRACE_TYPES: readonly string[] = [
  "scattergl", "splom", "parcoords", "heatmapgl", "pointcloud", "contourgl",
  "scatter3d", "surface", "mesh3d", "cone", "streamtube", "volume", "isosurface",
  "scattermap", "scattermapbox", "densitymap", "densitymapbox", "choroplethmap", "choroplethmapbox",
];

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_PX = 20_000;

/** Checks specs, formats and scale before a browser starts; throws one FramediffError listing every problem. */
export function checkExport(specs: readonly FigureSpec[], formats: readonly string[], scale: number): void {
  const problems: Problem[] = [];
  const bad = (field: string, message: string, hint: string) => problems.push({ code: "invalid-export", field, message, hint });
  if (formats.length === 0) bad("formats", "no formats asked for.", `ask for some of ${IMAGE_FORMATS.join(", ")}.`);
  for (const f of formats) {
    if (!IMAGE_FORMATS.includes(f as ImageFormat)) bad("formats", `invalid format: ${f}.`, `use ${IMAGE_FORMATS.join(", ")}.`);
  }
  if (new Set(formats).size !== formats.length) bad("formats", `a format is asked for twice: ${formats.join(", ")}.`, "name each format once.");
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 10)) bad("scale", `invalid scale: ${scale}.`, "use a number in (0, 10], e.g. 2.");
  const seen = new Set<string>();
  specs.forEach((s, i) => {
    const at = `specs[${i}]${typeof s.name === "string" ? ` (${s.name})` : ""}`;
    if (typeof s.name !== "string" || !NAME.test(s.name)) {
      bad(`${at}.name`, `invalid figure name: ${JSON.stringify(s.name)}.`, "use letters, digits, '.', '_' and '-', starting with a letter or digit.");
    } else if (seen.has(s.name)) bad(`${at}.name`, `two figures are named ${s.name}.`, "give each figure its own name.");
    else seen.add(s.name);
    for (const key of ["width", "height"] as const) {
      const v = s[key];
      if (!(Number.isInteger(v) && v > 0 && v <= MAX_PX)) bad(`${at}.${key}`, `invalid ${key}: ${v}.`, `use whole pixels from 1 to ${MAX_PX}.`);
      else if (!Number.isInteger(v * scale)) bad(`${at}.${key}`, `${key} ${v} × scale ${scale} is not a whole number of pixels.`, "use a whole-number scale such as 2 or 3.");
    }
    if (!s.figure || !Array.isArray(s.figure.data) || typeof s.figure.layout !== "object" || s.figure.layout === null) {
      bad(`${at}.figure`, "not a plotly figure: it needs a data array and a layout object.", "pass what a chart builder returns.");
      return;
    }
    s.figure.data.forEach((trace, t) => {
      const type = String(trace.type ?? "scatter");
      if (RASTER_TRACE_TYPES.includes(type)) {
        bad(`${at}.figure.data[${t}].type`, `trace type ${type} draws with WebGL, so its SVG and PDF would not be vector.`,
          "use an SVG trace type instead (scatter for scattergl, heatmap for heatmapgl, …).");
      }
    });
  });
  if (problems.length > 0) throw new FramediffError(problems);
}
