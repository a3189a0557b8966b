import { FramediffError } from "../../src/errors";
import { checkExport, exportFigures, type FigureSpec } from "../../src/render/index";

const ok: FigureSpec = Object.freeze({ name: "ok", width: 600, height: 400, figure: { data: [{ type: "bar", y: [1] }], layout: {} } });

function problems(work: () => void): string[] {
  try { work(); } catch (e) { if (e instanceof FramediffError) return e.problems.map((p) => `${p.field}: ${p.message}`); throw e; }
  return [];
}

it("accepts good specs", () => {
  expect(problems(() => checkExport([ok, { ...ok, name: "b.2_x-y" }], ["svg", "pdf", "png"], 2))).toEqual([]);
});

it("checks formats and scale, with the valid values in the message", () => {
  expect(problems(() => checkExport([ok], ["svg", "jpeg", "svg"], 0))).toEqual([
    "formats: invalid format: jpeg.",
    "formats: a format is asked for twice: svg, jpeg, svg.",
    "scale: invalid scale: 0.",
  ]);
  expect(problems(() => checkExport([ok], [], 2))).toEqual(["formats: no formats asked for."]);
});

it("checks names, sizes and figures, listing every problem", () => {
  const bad = [
    { ...ok, name: "../escape" }, { ...ok, name: "ok" }, { ...ok, name: "ok" },
    { ...ok, name: "w", width: 0, height: 10.5 }, { ...ok, name: "odd", width: 333 },
    { ...ok, name: "nofig", figure: { layout: {} } as unknown as FigureSpec["figure"] },
    { ...ok, name: "gl", figure: { data: [{ type: "scatter" }, { type: "scattergl" }], layout: {} } },
  ];
  expect(problems(() => checkExport(bad, ["svg"], 1.5))).toEqual([
    'specs[0] (../escape).name: invalid figure name: "../escape".',
    "specs[2] (ok).name: two figures are named ok.",
    "specs[3] (w).width: invalid width: 0.",
    "specs[3] (w).height: invalid height: 10.5.",
    "specs[4] (odd).width: width 333 × scale 1.5 is not a whole number of pixels.",
    "specs[5] (nofig).figure: not a plotly figure: it needs a data array and a layout object.",
    "specs[6] (gl).figure.data[1].type: trace type scattergl draws with WebGL, so its SVG and PDF would not be vector.",
  ]);
});

it("exportFigures checks before it looks for a browser, and does nothing for no specs", async () => {
  await expect(exportFigures([{ ...ok, name: "" }], "/nonexistent/dir", { chromium: "/nonexistent" })).rejects.toThrow(/invalid figure name/);
  await expect(exportFigures([], "/nonexistent/dir", { chromium: "/nonexistent" })).resolves.toEqual([]);
  await expect(exportFigures([{ ...ok, data: { columns: ["a"], rows: [[1, 2]] } }], "/nonexistent/dir", { chromium: "/nonexistent" }))
    .rejects.toThrow("ok.csv:2: row 1 has 2 cells but there are 1 columns.");
});
