import { mkdirSync } from "node:fs";
import { resolveChromium } from "./chromium-path";
import { checkExport } from "./check-spec";
import { tableToCsv } from "./csv";
import { withRenderer, type Renderer } from "./renderer";
import { IMAGE_FORMATS, type ExportedFile, type FigureSpec, type ImageFormat } from "./types";
import { writeFigure } from "./write-figure";
import { pushAll } from "../util/push-all";

/** Options for `exportFigures`. */
export interface ExportOptions {
  /** Image formats to write; defaults to `["svg", "pdf", "png"]`. */
  formats?: readonly ImageFormat[];
  /** PNG pixels per CSS pixel; defaults to 2 (a 600 px wide figure gives a 1200 px PNG). */
  scale?: number;
  /** Browser executable; defaults to $FRAMEDIFF_CHROMIUM, then /usr/bin/chromium, chromium-browser, google-chrome. */
  chromium?: string;
  /** A renderer from `openRenderer` to reuse (left open); defaults to a new browser for this batch, closed at the end. */
  renderer?: Renderer;
  /** Whether the data CSVs guard text cells a spreadsheet would run as formulas (see `tableToCsv`); defaults to *true*. */
  formulaGuard?: boolean;
  /** Called after each figure's files are written (for progress bars). */
  onFigure?: (name: string, index: number, total: number) => void;
}

/**
 * Writes each figure to `dir` as `<name>.svg|.pdf|.png` (the formats asked for), the
 * data behind it as `<name>.csv` (when the spec has data) and a sidecar `<name>.json`,
 * with one headless Chromium for the whole batch, always closed at the end. Provenance
 * goes into the SVG's `<metadata>`, the PDF's Info and the sidecar. The same spec gives
 * byte-identical files on the same machine (same Chromium, plotly and fonts), whatever
 * else is in the batch. Specs are checked before the browser starts; a missing browser
 * is a FramediffError saying how to install one. Returns the files in the order written.
 * @example
 * await exportFigures([{ name: "sentiment-by-outlet", figure, width: 600, height: 400 }], "out/figures");
 */
export async function exportFigures(specs: FigureSpec[], dir: string, options: ExportOptions = {}): Promise<ExportedFile[]> {
  const requested = options.formats ?? [...IMAGE_FORMATS];
  const scale = options.scale ?? 2;
  checkExport(specs, requested, scale);
  const formats = IMAGE_FORMATS.filter((f) => requested.includes(f));
  const csvs = specs.map((s) => (s.data ? tableToCsv(s.data, `${s.name}.csv`, { formulaGuard: options.formulaGuard }) : undefined));
  if (specs.length === 0) return [];
  const run = async (renderer: Renderer) => {
    mkdirSync(dir, { recursive: true });
    const plotly: string = require("plotly.js-dist-min/package.json").version;
    const versions = { plotly, chromium: await renderer.version() };
    const written: ExportedFile[] = [];
    for (const [i, spec] of specs.entries()) {
      pushAll(written, await writeFigure(spec, { dir, formats, scale, csv: csvs[i], renderer, versions }));
      options.onFigure?.(spec.name, i, specs.length);
    }
    return written;
  };
  return options.renderer ? run(options.renderer) : withRenderer(resolveChromium(options.chromium), run);
}
