import { fnv1a32, sha256Hex } from "../../src/render/hash";
import { canonicalJson, escapeXml, scriptJson } from "../../src/render/json";
import { inlineScript } from "../../src/render/plotly-bundle";
import { pngSize } from "../../src/render/png-size";
import { xmlProblems } from "./xml-check";

it("canonicalJson sorts keys at every level and drops undefined", () => {
  expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  expect(canonicalJson({ x: NaN })).toBe('{"x":null}');
});

it("scriptJson and inlineScript cannot end a <script> early", () => {
  expect(scriptJson({ t: "</script><!--" })).toBe('{"t":"\\u003c/script>\\u003c!--"}');
  expect(JSON.parse(scriptJson({ t: "</script>" }))).toEqual({ t: "</script>" });
  expect(inlineScript('a = "</SCRIPT>"')).toBe('<script>a = "<\\/SCRIPT>"</script>');
});

it("escapeXml escapes the five XML specials", () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
});

it("hashes: sha256 hex and a 32-bit FNV-1a seed", () => {
  expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(fnv1a32("")).toBe(0x811c9dc5);
  expect(fnv1a32("a")).toBe(0xe40c292c);
});

it("pngSize reads IHDR and rejects what is not a PNG", () => {
  const png = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  png.write("IHDR", 12, "latin1");
  png.writeUInt32BE(960, 16);
  png.writeUInt32BE(640, 20);
  expect(pngSize(png)).toEqual({ width: 960, height: 640 });
  expect(() => pngSize(Buffer.from("GIF89a"))).toThrow(/not a PNG/);
});

it("the test's XML check catches what it should", () => {
  expect(xmlProblems("<svg><g></svg>").problems).toEqual(["</svg> at 8 closes <g>", "unclosed <svg>"]);
  expect(xmlProblems("<svg>a & b</svg>").problems).toEqual(["bare & at 7"]);
  expect(xmlProblems('<svg a="1" a="2"/>').problems).toEqual(["repeated attribute in <svg> at 0"]);
  expect(xmlProblems("<svg/><svg/>").problems).toEqual(["second root element <svg> at 6"]);
  expect(xmlProblems('<?xml version="1.0"?><!-- c --><svg x=\'1\'>&amp;&#38;</svg>')).toEqual({ problems: [], root: "svg" });
});
