import * as dfd from "danfojs-node";
import { showTable, type HtmlDisplay } from "../../src/render/index";

it("shows a danfojs DataFrame as notebooks have it", () => {
  const shown: string[] = [];
  const display: HtmlDisplay = { html: (s) => void shown.push(s) };
  const df = new dfd.DataFrame({ outlet: ["TASS", "Yahoo <News>"], share: [0.25, 0.125] });
  showTable(df, { display, digits: 2 });
  expect(shown).toEqual(['<table><thead><tr><th style="text-align:left">outlet</th><th style="text-align:right">share</th></tr></thead>' +
    '<tbody><tr><td style="text-align:left">TASS</td><td style="text-align:right">0.25</td></tr>' +
    '<tr><td style="text-align:left">Yahoo &lt;News&gt;</td><td style="text-align:right">0.13</td></tr></tbody></table>']);
});

it("shows tables from HTML, rows or a DataFrame-like object", () => {
  const shown: string[] = [];
  const display: HtmlDisplay = { html: (s) => void shown.push(s) };
  showTable("<p>x</p>", { display });
  showTable({ columns: ["outlet", "z"], rows: [["A & B", 1.23456], ["C", null]] }, { display, digits: 2, caption: "Top <terms>" });
  showTable({ columns: ["a", "b"], values: [["x", 1], ["y", true]] }, { display });
  expect(shown).toEqual([
    "<p>x</p>",
    '<table><caption>Top &lt;terms&gt;</caption><thead><tr><th style="text-align:left">outlet</th><th style="text-align:right">z</th></tr></thead>' +
      '<tbody><tr><td style="text-align:left">A &amp; B</td><td style="text-align:right">1.23</td></tr>' +
      '<tr><td style="text-align:left">C</td><td style="text-align:right"></td></tr></tbody></table>',
    '<table><thead><tr><th style="text-align:left">a</th><th style="text-align:right">b</th></tr></thead>' +
      '<tbody><tr><td style="text-align:left">x</td><td style="text-align:right">1</td></tr>' +
      '<tr><td style="text-align:left">y</td><td style="text-align:right">true</td></tr></tbody></table>',
  ]);
});
