import { maxOf } from "../stats/extent";

/** Formats rows as a plain-text table with aligned columns; numbers align right. */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number"));
  const width = header.map((_, c) => maxOf(cells.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (numeric[c] ? cell.padStart(width[c]) : cell.padEnd(width[c]))).join("  ").trimEnd();
  return [line(header), line(width.map((w) => "-".repeat(w))), ...rows.map((r) => line(r.map(String)))].join("\n");
}
