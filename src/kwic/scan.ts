import type { Article } from "../corpus/types";
import { contextAround } from "./context";
import type { KeyFinder } from "./finders";
import { sentenceAt, sentenceEnds } from "./sentences";
import type { KwicLine } from "./types";

/** A line with where its match is in the article's text (UTF-16 offsets), for ordering and checking. */
export interface PlacedLine extends KwicLine {
  readonly start: number;
  readonly end: number;
}

/**
 * Every line of one article: each hit of the finder with `window` words of
 * context on each side, within its sentence (see `sentenceEnds`). A hit that
 * runs over a sentence end (a regular expression across ". ", a phrase
 * across a blank line) is no line: a line never crosses a sentence end.
 * Calls `emit` in text order.
 */
export function scanArticle(article: Article, finder: KeyFinder, window: number, emit: (key: number, line: PlacedLine) => void): void {
  const text = article.text;
  const hits = finder.find(text);
  if (hits.length === 0) return;
  const ends = sentenceEnds(text);
  const head = {
    articleId: article.id, outlet: article.outlet,
    ...(article.event !== undefined ? { event: article.event } : {}),
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.date !== undefined ? { date: article.date } : {}),
  };
  for (const h of hits) {
    const s = sentenceAt(ends, h.start);
    if (h.end > s.end) continue;
    const { left, right } = contextAround(text, s.start, s.end, h.start, h.end, window);
    emit(h.key, { ...head, left, match: text.slice(h.start, h.end), right, start: h.start, end: h.end });
  }
}

/** Whether an article passes the outlet and event filters (an absent filter passes all). */
export function articleFilter(outlets: readonly string[] | undefined, events: readonly string[] | undefined): (a: { outlet: string; event?: string }) => boolean {
  const o = outlets && outlets.length ? new Set(outlets) : undefined;
  const e = events && events.length ? new Set(events) : undefined;
  return (a) => (!o || o.has(a.outlet)) && (!e || (a.event !== undefined && e.has(a.event)));
}

/** Lines in their stable order: article id (code units), then position in the text. */
export function compareLines(a: PlacedLine, b: PlacedLine): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end;
}
