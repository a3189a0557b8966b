import { svgMetadata, withSvgMetadata } from "../../src/render/svg-metadata";
import { xmlProblems } from "./xml-check";

it("puts the JSON, escaped, as the SVG's first child, and reads it back", () => {
  const json = JSON.stringify({ note: "</metadata> & <svg>", q: "\"'" });
  const svg = withSvgMetadata('<svg a="x>y" xmlns="http://www.w3.org/2000/svg"><rect/></svg>', json);
  expect(svg).toBe('<svg a="x>y" xmlns="http://www.w3.org/2000/svg"><metadata id="framediff-provenance">' +
    '{"note":"&lt;/metadata&gt; &amp; &lt;svg&gt;","q":"\\"\'"}</metadata><rect/></svg>');
  expect(xmlProblems(svg).problems).toEqual([]);
  expect(svgMetadata(svg)).toBe(json);
});

it("handles an empty <svg/> and rejects what is not SVG", () => {
  expect(withSvgMetadata("<svg/>", "{}")).toBe('<svg><metadata id="framediff-provenance">{}</metadata></svg>');
  expect(() => withSvgMetadata("<html></html>", "{}")).toThrow(/not an SVG/);
  expect(svgMetadata("<svg></svg>")).toBeUndefined();
});
