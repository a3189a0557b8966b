import { FramediffError } from "../errors";

/**
 * Checks a CSV header row and returns its column names (NFC, trimmed; an empty
 * name becomes `column_N`). A repeated name or a missing `required` column
 * throws one FramediffError naming the file, the header's line and the columns
 * (with `missingHint` as its fix, when given).
 *
 * @example
 * csvHeader(["id", " outlet ", "text"], "c.csv", 1, ["id", "outlet", "text"]); // => ["id", "outlet", "text"]
 * csvHeader(["id", "body"], "c.csv", 1, ["id", "outlet", "text"]); // throws: c.csv:1 field "outlet, text": ...
 */
export function csvHeader(cells: readonly string[], file: string, line: number, required: readonly string[], missingHint?: string): string[] {
  const names = cells.map((c, i) => c.normalize("NFC").trim() || `column_${i + 1}`);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) {
    throw new FramediffError({
      code: "duplicate-column", file, line, field: dup,
      message: `the header names column "${dup}" more than once.`,
      hint: "give each column a distinct name.",
    });
  }
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(", ");
    throw new FramediffError({
      code: "missing-column", file, line, field: missing.join(", "),
      message: `the header row lacks the required column${missing.length > 1 ? "s" : ""} ${list} (found: ${names.join(", ")}).`,
      hint: missingHint ?? `make the first row a header naming at least the columns ${required.join(", ")}.`,
    });
  }
  return names;
}
