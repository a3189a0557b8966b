import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportFigures, type ExportedFile, type FigureSpec, type Provenance } from "../../src/render/index";
import { canonicalJson } from "../../src/render/json";
import { sha256Hex } from "../../src/render/hash";
import { pngSize } from "../../src/render/png-size";
import { svgMetadata } from "../../src/render/svg-metadata";
import { pdfInfo, pdfStreams } from "./pdf-check";
import { xmlProblems } from "./xml-check";

// Two browser launches in this file (~2 s each): the first export, and a second one
// (another browser, another batch) that must give the same bytes.
jest.setTimeout(120_000);

const provenance: Provenance = Object.freeze({
  framediffVersion: "0.1.0", corpusHash: "c0ffee", lexiconHash: "1ex1c0n",
  parameters: { prior: 0.01, outlets: ["TASS", "Yahoo News"], note: "</metadata> & <b>" }, seed: 42, createdBy: "test/render",
});

const bars: FigureSpec = {
  name: "sentiment-by-outlet", width: 480, height: 320,
  figure: {
    data: [{ type: "bar", x: ["TASS", "Yahoo News", "Çavuşoğlu & co"], y: [0.12, -0.3, 0.05], marker: { color: "#0072B2" } }],
    layout: { title: { text: "Mean sentiment <i>by outlet</i>" }, showlegend: false },
  },
  data: { columns: ["outlet", "mean", "note"], rows: [["TASS", 0.12, null], ["Yahoo News", -0.3, 'said "no", twice'], ["Çavuşoğlu & co", 0.05, "line\nbreak"]] },
  provenance,
};

const heat: FigureSpec = {
  name: "heat", width: 300, height: 200,
  figure: { data: [{ type: "heatmap", z: [[1, 2], [3, 4]], x: ["a", "b"], y: ["c", "d"] }], layout: { title: { text: "Heat" } } },
};

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), "framediff-render-")); dirs.push(d); return d; };
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let dir: string;
let files: ExportedFile[];
const read = (ext: string, d = dir) => readFileSync(join(d, `${bars.name}.${ext}`));

beforeAll(async () => {
  dir = tmp();
  files = await exportFigures([bars], dir, { formats: ["png", "svg", "pdf"], scale: 2 });
});

it("writes the three images, the CSV and the sidecar, in that order, and reports their hashes", () => {
  expect(files.map((f) => f.kind)).toEqual(["svg", "pdf", "png", "csv", "json"]);
  expect(readdirSync(dir).sort()).toEqual(["csv", "json", "pdf", "png", "svg"].map((e) => `${bars.name}.${e}`));
  for (const f of files) {
    expect(f.path).toBe(join(dir, `${bars.name}.${f.kind}`));
    expect(f.sha256).toBe(sha256Hex(readFileSync(f.path)));
    expect(f.bytes).toBe(readFileSync(f.path).length);
  }
});

it("writes a well-formed SVG whose <metadata> holds the provenance", () => {
  const svg = read("svg").toString("utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(xmlProblems(svg)).toEqual({ problems: [], root: "svg" });
  expect(svg).toContain('<metadata id="framediff-provenance">');
  const record = JSON.parse(svgMetadata(svg)!);
  expect(record.provenance).toEqual(provenance);
  expect(record.name).toBe(bars.name);
  expect(record.figureSha256).toBe(sha256Hex(canonicalJson(bars.figure)));
  expect(svg.match(/<path d="M[^"]*Z" style="[^"]*fill: rgb\(0, 114, 178\)/g)).toHaveLength(3); // the bars, as vector paths
  expect(svg).toContain("Çavuşoğlu &amp; co");
});

it("writes a one-page vector PDF of the chart's size with the provenance in its Info", () => {
  const pdf = read("pdf");
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdf.toString("latin1");
  expect(text).not.toMatch(/\/Subtype\s*\/Image/); // nothing rasterised
  expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  expect(text).toMatch(/\/MediaBox \[0 0 360 240\]/); // 480 × 320 px = 360 × 240 pt
  expect(text).toMatch(/\/FontFile2? /); // text stays text, with its font embedded
  const content = pdfStreams(pdf).map((s) => s.data.toString("latin1")).join("\n");
  expect(content).toMatch(/ re\n/);
  expect(content).toMatch(/ m\n/);
  expect(content).toMatch(/ l\n/);
  expect(content).toMatch(/0 \.447\d* \.698\d* rg/); // the bars' fill, #0072B2
  const info = pdfInfo(pdf);
  expect(info.Title).toBe(bars.name);
  expect(JSON.parse(info.Subject).provenance).toEqual(provenance);
  expect(info.Keywords).toBe("framediff; corpus c0ffee; lexicon 1ex1c0n; seed 42");
  expect(info.Creator).toBe("framediff 0.1.0 (test/render)");
  expect(info.Producer).toMatch(/^Skia\/PDF/);
  expect(info.CreationDate).toBeUndefined();
  expect(text).not.toMatch(/\/(CreationDate|ModDate)/);
});

it("writes a PNG of width·scale × height·scale pixels", () => {
  const png = read("png");
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(pngSize(png)).toEqual({ width: 960, height: 640 });
});

it("writes the data behind the chart as RFC 4180 CSV", () => {
  expect(read("csv").toString("utf8")).toBe(
    'outlet,mean,note\nTASS,0.12,\nYahoo News,-0.3,"said ""no"", twice"\nÇavuşoğlu & co,0.05,"line\nbreak"\n');
});

it("writes a sidecar with the record, the settings and every file's hash", () => {
  const sidecar = JSON.parse(read("json").toString("utf8"));
  expect(sidecar).toMatchObject({
    name: bars.name, width: 480, height: 320, scale: 2, formats: ["svg", "pdf", "png"], provenance,
    figureSha256: sha256Hex(canonicalJson(bars.figure)),
  });
  expect(sidecar.renderer.plotly).toMatch(/^\d+\.\d+\.\d+$/);
  expect(sidecar.renderer.chromium).toMatch(/^\d+\./);
  for (const kind of ["svg", "pdf", "png", "csv"]) {
    expect(sidecar.files[kind]).toEqual({ file: `${bars.name}.${kind}`, bytes: read(kind).length, sha256: sha256Hex(read(kind)) });
  }
});

it("gives byte-identical files for the same spec from another browser, wherever it is in the batch", async () => {
  const again = tmp();
  const seen: string[] = [];
  await exportFigures([heat, bars], again, { onFigure: (name, i, n) => seen.push(`${name} ${i + 1}/${n}`) });
  expect(seen).toEqual(["heat 1/2", "sentiment-by-outlet 2/2"]);
  for (const ext of ["svg", "pdf", "png", "csv", "json"]) expect(sha256Hex(read(ext, again))).toBe(sha256Hex(read(ext)));
  // Figures get their own plotly ids (seeded by name), so SVGs can share a page.
  const ids = (svg: string) => /id="defs-([0-9a-f]+)"/.exec(svg)?.[1];
  expect(ids(readFileSync(join(again, "heat.svg"), "utf8"))).not.toBe(ids(read("svg").toString("utf8")));
  expect(readdirSync(again)).not.toContain("heat.csv"); // no data, no CSV
});
