const REPLACEMENTS: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "{": "\\{",
  "}": "\\}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};

/**
 * Escapes text for a LaTeX document (text mode, e.g. a table cell), so it
 * prints as written: `\ & % $ # _ { } ~ ^ < > |` become commands
 * (`\textbackslash{}`, `\&`, …, `\textless{}`); `--` is split (`-{}-`) so
 * it stays two hyphens, not a dash; line breaks, tabs and other control
 * characters become spaces (a blank line would end a table cell's
 * paragraph). Everything else, non-ASCII included, is left as UTF-8: with
 * pdflatex use `\usepackage[utf8]{inputenc}` (the default since 2018) and
 * `\usepackage[T1]{fontenc}`, plus fonts for Cyrillic or Greek (e.g. T2A);
 * xelatex or lualatex with `fontspec` take any script.
 *
 * @example
 * escapeLatex("50% of R&D_x {a}~^\\"); // => "50\\% of R\\&D\\_x \\{a\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}"
 */
export function escapeLatex(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      out += " ";
    } else if (ch === "-" && text[i + 1] === "-") out += "-{}";
    else out += REPLACEMENTS[ch] ?? ch;
  }
  return out;
}
