import { maxOf } from "../stats/extent";
import { terminalSafe } from "../terminal-safe";

/** Formats rows as a plain-text table with aligned columns; numbers align right. Cells come from user data (outlet names, ids), so control characters are escaped (terminalSafe). */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const show = (v: string | number) => terminalSafe(String(v));
  const cells = [header.map(show), ...rows.map((r) => r.map(show))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number"));
  const width = header.map((_, c) => maxOf(cells.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (numeric[c] ? cell.padStart(width[c]) : cell.padEnd(width[c]))).join("  ").trimEnd();
  return [line(cells[0]), line(width.map((w) => "-".repeat(w))), ...cells.slice(1).map(line)].join("\n");
}
