/**
 * First characters that make a spreadsheet read a text cell as a formula:
 * OWASP's "CSV injection" list (`=`, `+`, `-`, `@`, tab, carriage return),
 * NUL (OWASP ASVS 1.2.10), and the fullwidth `＝ ＋ － ＠`, which spreadsheets
 * with East Asian input settings may normalise to their ASCII forms. Guarding
 * a harmless cell costs one visible apostrophe; missing a formula can run it.
 */
export const FORMULA_STARTS: readonly string[] = Object.freeze(["=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20"]);

const STARTS_FORMULA = /^[=+\-@\t\r\0\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell as a spreadsheet will show it rather than run it: with a
 * leading apostrophe when its first character is one of
 * {@link FORMULA_STARTS}, else unchanged. For text only: the CSV writer
 * never passes numbers here, so -0.25 stays a number. A text cell that
 * reads as a number ("-3") is guarded too, since it came from text.
 *
 * @example
 * guardFormula("=HYPERLINK(\"http://x\")"); // => "'=HYPERLINK(\"http://x\")"
 * guardFormula("-3"); // => "'-3"
 * guardFormula("Lavrov"); // => "Lavrov"
 */
export function guardFormula(s: string): string {
  return STARTS_FORMULA.test(s) ? `'${s}` : s;
}
