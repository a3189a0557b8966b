import type { Theme } from "./theme";
import { maxOf } from "../stats/extent";

/**
 * Estimated width in px of a one-line string at a font size: characters ×
 * size × the theme's average advance. Wide glyphs (capitals, m, w) count 1.3,
 * narrow ones (i, l, punctuation, space) 0.5. An estimate for layout
 * decisions, erring wide.
 */
export function textWidth(s: string, size: number, theme: Theme): number {
  let units = 0;
  for (const ch of s) units += /[MWmw@%]/.test(ch) ? 1.35 : /[A-Z0-9]/.test(ch) ? 1.15 : /[il.,:;'!|() ]/.test(ch) ? 0.55 : 1;
  return units * size * theme.charWidth;
}

/** Width of the widest line of a label that may hold `<br>`. */
export function labelWidth(s: string, size: number, theme: Theme): number {
  return maxOf(s.split("<br>").map((line) => textWidth(line, size, theme)), 0);
}

/** Breaks a label into lines of at most `max` characters at spaces, joined by `<br>`. A word longer than `max` stays whole. */
export function wrap(s: string, max: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("<br>");
}

/** Escapes the characters plotly reads as markup in user text (`& < >`; plotly shows `&quot;` literally). */
export { escapeXmlText as escapeText } from "../util/escape-xml";

/** A number with `digits` decimals and a true minus sign; "–" for null. */
export function fmt(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s.replace(/^-/, "\u2212");
}

/** A share in [0, 1] as a percentage, "–" for null. */
export function pct(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "–" : `${(100 * x).toFixed(digits)}%`;
}

/** "1 article" / "3 articles". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A file-safe name part: lower case, runs of other characters as one "-". */
export function slug(s: string): string {
  const t = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return t || "x";
}

/** A lexicon id as words: `blame_the_west` → "blame the west". */
export function humanize(id: string): string {
  return id.replace(/_/g, " ");
}

/** Shortens a one-line string with "…" until its estimated width is at most `maxPx`. */
export function truncate(s: string, maxPx: number, size: number, theme: Theme): string {
  if (textWidth(s, size, theme) <= maxPx) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(chars.join("") + "…", size, theme) > maxPx) chars.pop();
  return chars.join("").trimEnd() + "…";
}
