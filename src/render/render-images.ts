import { FramediffError } from "../errors";
import { setPdfInfo } from "./pdf-info";
import { pngSize } from "./png-size";
import type { Renderer } from "./renderer";
import { withSvgMetadata } from "./svg-metadata";
import type { FigureSpec, ImageFormat } from "./types";

/** What goes into one figure's images besides the figure itself. */
export interface ImageExtras {
  /** Seed for plotly's random ids (the same seed gives the same ids). */
  seed: number;
  /** JSON put into the SVG's `<metadata>`. */
  metadata: string;
  /** Entries for the PDF's Info dictionary. */
  pdfInfo: Record<string, string>;
}

/**
 * One figure's images as bytes, in the formats asked for. The PDF prints plotly's SVG;
 * the PNG is plotly's own raster at `scale`, checked to be (width·scale) × (height·scale).
 */
export async function renderImages(renderer: Renderer, spec: FigureSpec, formats: readonly ImageFormat[], scale: number,
  extras: ImageExtras): Promise<Partial<Record<ImageFormat, Buffer>>> {
  const { figure, width, height, name } = spec;
  const out: Partial<Record<ImageFormat, Buffer>> = {};
  try {
    if (formats.includes("svg") || formats.includes("pdf")) {
      const svg = await renderer.svg(figure, width, height, extras.seed);
      if (formats.includes("svg")) out.svg = Buffer.from(withSvgMetadata(svg, extras.metadata), "utf8");
      if (formats.includes("pdf")) out.pdf = setPdfInfo(await renderer.pdf(svg, width, height, name), extras.pdfInfo);
    }
    if (formats.includes("png")) out.png = await renderer.png(figure, width, height, scale, extras.seed);
  } catch (error) {
    if (error instanceof FramediffError) throw error;
    throw new FramediffError({
      code: "render-failed", field: name,
      message: `plotly or Chromium could not draw this figure: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}.`,
      hint: "check the figure in a notebook with show(); it must be plain plotly data (data array, layout object).",
    });
  }
  if (out.png) {
    const size = pngSize(out.png);
    if (size.width !== width * scale || size.height !== height * scale) {
      throw new FramediffError({
        code: "render-failed", field: name,
        message: `the PNG is ${size.width}×${size.height} px, not ${width * scale}×${height * scale}.`,
        hint: "report this as a framediff bug, with the figure.",
      });
    }
  }
  return out;
}
