import { escapeXml } from "./json";

/**
 * The page Chromium prints to make a figure's PDF: the SVG alone, at its exact size,
 * on a page of that size with no margins, so the PDF page is the chart and stays
 * vector. The page title becomes the PDF's Title.
 */
export function printHtml(svg: string, width: number, height: number, title: string): string {
  return "<!doctype html><html><head><meta charset=\"utf-8\">" +
    `<title>${escapeXml(title)}</title>` +
    `<style>@page{size:${width}px ${height}px;margin:0}` +
    "html,body{margin:0;padding:0;background:#fff}" +
    `svg{display:block;width:${width}px;height:${height}px}</style>` +
    `</head><body>${svg}</body></html>`;
}
