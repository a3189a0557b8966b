import { reportHtml } from "../../src/report/report-html";

const spec = { name: "s", width: 400, height: 300, figure: { data: [{ type: "bar", x: ["a"], y: [1], name: "</script>" }], layout: { title: { text: "T" } } } };
const html = reportHtml({
  title: "Report <1>", facts: ["corpus: x"],
  sections: [{ id: "sent", title: "Sentiment", intro: "How to read it & why.", figures: [spec, spec], tables: [{ caption: "Tab", table: { columns: ["o", "v"], rows: [["tass", 0.12345]] } }] }],
  warnings: ["w1"],
});

describe("reportHtml", () => {
  it("inlines plotly once and draws each chart in its own div", () => {
    expect(html.match(/<script>/g)!.length).toBe(3); // the bundle + two charts
    expect(html).toContain('Plotly.newPlot("fig-1"');
    expect(html).toContain('Plotly.newPlot("fig-2"');
    expect(html).not.toMatch(/src="http/);
  });
  it("escapes text and keeps chart data from closing the script", () => {
    expect(html).toContain("<title>Report &lt;1&gt;</title>");
    expect(html).toContain("How to read it &amp; why.");
    expect(html).toContain("\\u003c/script>");
  });
  it("shows tables at 3 decimals and lists warnings", () => {
    expect(html).toContain("0.123");
    expect(html).toContain("<li>w1</li>");
  });
  it("is deterministic", () => {
    expect(reportHtml({ title: "a", facts: [], sections: [], warnings: [] })).toBe(reportHtml({ title: "a", facts: [], sections: [], warnings: [] }));
  });
});
