import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flattenRows } from "../../src/tables/flatten";
import { toLatex } from "../../src/tables/latex";
import { deepFreeze, RESULT } from "./fixtures";

const BODY = [
  "\\toprule",
  "outlet & label & articleIds & n & mean & ok & note & extra \\\\",
  "\\midrule",
  "tass & 50\\% of R\\&D\\_x \\{a\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{} & a1;a2 & 3 & 0.123 [0.000, 0.500] & true & -- & -- \\\\",
  'bbc, "world" & line1 line2 &  & 10 & -- & false & x & -- \\\\',
  "yahoo & -- & a3 & 0 & $-$1.500 [$-$2.000, $-$1.000] & -- & -- & 7 \\\\",
];

describe("toLatex", () => {
  it("writes a booktabs table with escaped text, right-aligned numbers at 3 digits and intervals", () => {
    expect(toLatex(RESULT, { intervals: true, caption: "Sentiment, 95% CI", label: "tab:sentiment" })).toBe([
      "\\begin{table}[tbp]",
      "\\centering",
      "\\begin{tabular}{l l l r r l l r}",
      ...BODY,
      "\\bottomrule",
      "\\end{tabular}",
      "\\caption{Sentiment, 95\\% CI}",
      "\\label{tab:sentiment}",
      "\\end{table}",
      "",
    ].join("\n"));
  });

  it("takes columns, headers (text or raw LaTeX), precision, caption above and no placement", () => {
    expect(toLatex(flattenRows(RESULT), {
      columns: ["outlet", "mean.estimate", "n"], headers: { outlet: "Outlet & co", "mean.estimate": { latex: "$\\bar{s}$" } },
      precision: 1, caption: { latex: "Mean \\emph{s}" }, label: "t1", captionPosition: "above", placement: "",
    })).toBe([
      "\\begin{table}",
      "\\centering",
      "\\caption{Mean \\emph{s}}",
      "\\label{t1}",
      "\\begin{tabular}{l r r}",
      "\\toprule",
      "Outlet \\& co & $\\bar{s}$ & n \\\\",
      "\\midrule",
      "tass & 0.1 & 3 \\\\",
      'bbc, "world" & -- & 10 \\\\',
      "yahoo & $-$1.5 & 0 \\\\",
      "\\bottomrule",
      "\\end{tabular}",
      "\\end{table}",
      "",
    ].join("\n"));
  });

  it("writes a longtable with the header repeated on every page", () => {
    expect(toLatex(RESULT, { intervals: true, longtable: true, caption: "Long", label: "tab:long" })).toBe([
      "\\begin{longtable}{l l l r r l l r}",
      "\\caption{Long}\\label{tab:long}\\\\",
      ...BODY.slice(0, 3),
      "\\endfirsthead",
      ...BODY.slice(0, 3),
      "\\endhead",
      "\\bottomrule",
      "\\endfoot",
      ...BODY.slice(3),
      "\\end{longtable}",
      "",
    ].join("\n"));
  });

  it("warns in a comment when a float has more rows than fit a page", () => {
    const many = deepFreeze({ columns: ["i"], rows: Array.from({ length: 3 }, (_, i) => [i]) });
    expect(toLatex(many, { maxRows: 2 }).split("\n")[0]).toBe("% framediff: 3 rows may not fit on one page; pass {longtable: true} (needs \\usepackage{longtable}) or pick fewer rows.");
    expect(toLatex(many).startsWith("\\begin{table}[tbp]")).toBe(true);
  });

  it("writes the header alone for a result with no rows", () => {
    expect(toLatex({ kind: "sentiment-arc", rows: [] }, { columns: ["outlet", "bin"] })).toContain("\\toprule\noutlet & bin \\\\\n\\midrule\n\\bottomrule\n");
  });

  it("is deterministic", () => {
    const o = { intervals: true, caption: "x", label: "y" } as const;
    expect(toLatex(RESULT, o)).toBe(toLatex(RESULT, o));
  });

  it("says what is wrong with bad options", () => {
    expect(() => toLatex(RESULT, { label: "tab:x" })).toThrow('invalid label: "tab:x" needs a caption');
    expect(() => toLatex(RESULT, { caption: "c", label: "tab x{}" })).toThrow('invalid label: "tab x{}"');
    expect(() => toLatex(RESULT, { headers: { nope: "N" } })).toThrow('invalid headers: no column "nope"');
    expect(() => toLatex(RESULT, { placement: "top" })).toThrow('invalid placement: top (use letters of "htbp!"');
    expect(() => toLatex(RESULT, { captionPosition: "left" as "above" })).toThrow("invalid captionPosition: left");
    expect(() => toLatex(RESULT, { maxRows: 0 })).toThrow("invalid maxRows: 0");
    expect(() => toLatex(RESULT, { longtable: "yes" as unknown as boolean })).toThrow("invalid longtable: yes");
  });

  const pdflatex = hasPdflatex();
  (pdflatex ? it : it.skip)("compiles with pdflatex (run only where pdflatex is installed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "framediff-latex-"));
    try {
      const doc = [
        "\\documentclass{article}", "\\usepackage[utf8]{inputenc}", "\\usepackage[T1]{fontenc}", "\\usepackage{booktabs}", "\\usepackage{longtable}", "\\begin{document}",
        toLatex(RESULT, { intervals: true, caption: "Sentiment, 95% CI — über", label: "tab:a" }),
        toLatex(RESULT, { longtable: true, caption: "Long", label: "tab:b", widths: { label: "3cm" } }),
        "\\end{document}", "",
      ].join("\n");
      writeFileSync(join(dir, "t.tex"), doc);
      execFileSync("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "t.tex"], { cwd: dir, stdio: "pipe", timeout: 60000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 70000);
});

function hasPdflatex(): boolean {
  try {
    execFileSync("pdflatex", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
