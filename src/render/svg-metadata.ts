import { escapeXmlText, unescapeXml } from "../util/escape-xml";

/** The id of the `<metadata>` element framediff adds to every exported SVG. */
export const SVG_METADATA_ID = "framediff-provenance";

/**
 * Puts `json` into the SVG as its first child,
 * `<metadata id="framediff-provenance">{json}</metadata>` (`& < >` escaped), where SVG
 * readers and `xmllint --xpath` find it and renderers ignore it.
 * @example
 * withSvgMetadata('<svg width="1"></svg>', '{"a":"<"}');
 * // => '<svg width="1"><metadata id="framediff-provenance">{"a":"&lt;"}</metadata></svg>'
 */
export function withSvgMetadata(svg: string, json: string): string {
  const at = endOfStartTag(svg);
  const metadata = `<metadata id="${SVG_METADATA_ID}">${escapeXmlText(json)}</metadata>`;
  if (svg[at - 1] === "/") return `${svg.slice(0, at - 1)}>${metadata}</svg>`; // <svg … />
  return svg.slice(0, at + 1) + metadata + svg.slice(at + 1);
}

/** The JSON text inside an SVG's framediff `<metadata>` element, or undefined. */
export function svgMetadata(svg: string): string | undefined {
  const m = new RegExp(`<metadata id="${SVG_METADATA_ID}">([^<]*)</metadata>`).exec(svg);
  return m ? unescapeXml(m[1]) : undefined;
}

/** Index of the `>` that ends the root `<svg …>` start tag (quotes respected). */
function endOfStartTag(svg: string): number {
  const start = svg.search(/<svg[\s>/]/);
  if (start < 0) throw new Error("not an SVG document: no <svg> element");
  let quote = "";
  for (let i = start + 4; i < svg.length; i++) {
    const c = svg[i];
    if (quote) { if (c === quote) quote = ""; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new Error("not an SVG document: the <svg> start tag does not end");
}
