/**
 * What holds for every column of every CSV table, said once rather than in
 * each column's doc: how empty values, numbers and lists are written, and
 * the formula guard on text cells. For the README and the CLI's documented
 * tables, next to `COLUMN_DOCS`.
 *
 * @example
 * CSV_NOTES.formulaGuard.startsWith("Formula guard:"); // => true
 */
export const CSV_NOTES = Object.freeze({
  encoding: "Encoding: UTF-8 without a BOM, RFC 4180 quoting (a field holding a comma, quote or line break is quoted, inner quotes doubled), each line ending in \\n.",
  missing: 'Missing values: null is an empty field; the empty string is written "" so that it differs from null.',
  numbers: "Numbers: the shortest form that reads back as the same double (or fixed digits when a precision is asked for); NaN, Inf and -Inf as such; -0 as 0.",
  pValues:
    'P values: in the columns p, pHolm, pBH and p_value, a p below 1e-300 (an underflow, never a measured 0) is written "< 1e-300", and with a ' +
    'precision of d digits a p that would print as zeros is written "< 0.001" (d = 3); such a column then reads as text: ' +
    "pandas pd.to_numeric(df.p, errors=\"coerce\") or R as.numeric() turn those cells into NaN/NA, to be read as \"smaller than shown\".",
  lists: 'Lists: article ids are not in cells but in the link table <table>.articles.csv (one line per row and id); other lists are items joined by ";", an object inside a list as its fields joined by ":" (tass:3;bbc:1).',
  formulaGuard:
    "Formula guard: a text cell or column name whose first character is =, +, -, @ (or the fullwidth ＝ ＋ － ＠), a tab, " +
    "a carriage return or NUL is written with a leading apostrophe ('=SUM(A1), '-3), so that a spreadsheet shows it as text " +
    "instead of running it as a formula (OWASP \"CSV injection\"). Number cells are never guarded: -0.25 and -1e-7 stay numbers; " +
    'a text cell that reads as a number ("-3" in a text column) is guarded, since it came from text. Pipelines that read the CSV ' +
    "programmatically can turn the guard off (formulaGuard: false in toCsv/resultToCsv/tableToCsv; the CLI's --no-csv-guard) " +
    "to get every text cell back exactly.",
});
