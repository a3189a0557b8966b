import type { HeadlineInfo } from "./types";

/** How far into the text a title may start and still count as the page's headline. */
const HEADLINE_WINDOW = 400;

/**
 * Places the title: scraped pages usually carry it at the top (after furniture
 * such as "All news"), in which case it is marked where it stands rather than
 * read twice; otherwise it is prepended with a blank line.
 */
export function placeHeadline(title: string | undefined, text: string): { analysedText: string; headline: HeadlineInfo } {
  const t = title?.trim();
  if (!t) return { analysedText: text, headline: { placement: "absent", start: 0, end: 0, bodyStart: 0 } };
  const at = text.indexOf(t);
  if (at !== -1 && at <= HEADLINE_WINDOW) {
    return { analysedText: text, headline: { placement: "in-text", start: at, end: at + t.length, bodyStart: 0 } };
  }
  const bodyStart = t.length + 2;
  return { analysedText: `${t}\n\n${text}`, headline: { placement: "prepended", start: 0, end: t.length, bodyStart } };
}
