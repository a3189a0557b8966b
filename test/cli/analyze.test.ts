import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/cli/analyze";
import { corpusLexicon } from "../../src/lexicon/corpus-lexicon";
import { main } from "../../src/cli/main";
import { BUNDLED } from "../helpers";

const quiet = { write: () => undefined };
const tmp = () => mkdtempSync(join(tmpdir(), "fd-analyze-"));

describe("framediff analyze on the bundled corpus, with figures in three formats", () => {
  const out = tmp();
  beforeAll(async () => { await analyze(BUNDLED, { out, iterations: 200 }, quiet); }, 120_000);

  it("writes one CSV per result", () => {
    const tables = readdirSync(join(out, "tables")).sort();
    for (const kind of ["sentiment-outlets", "label-choice", "distinctive-terms", "frame-attention", "voice-speakers", "coverage-claims", "divergence"]) expect(tables).toContain(`${kind}.csv`);
    expect(readFileSync(join(out, "tables", "label-choice.csv"), "utf8").split("\n")[0]).toMatch(/^row,event,concept,outlet,outletLabel,label,count/);
  });

  it("exports every chart family as SVG (with metadata), PDF and PNG, with data and provenance beside it", () => {
    const files = readdirSync(join(out, "figures"));
    for (const stem of ["sentiment-by-outlet", "sentiment-toward-actors", "sentiment-arc", "label-choice-conflict", "distinctive-terms", "frame-attention", "actor-salience", "voice-speakers", "voice-verb-stance", "coverage-claims", "coverage-omissions", "divergence-combined", "outlet-map"]) {
      for (const ext of ["svg", "pdf", "png", "csv", "json"]) expect(files).toContain(`${stem}.${ext}`);
    }
    const svg = readFileSync(join(out, "figures", "sentiment-by-outlet.svg"), "utf8");
    const meta = JSON.parse(svg.match(/<metadata id="framediff-provenance">([\s\S]*?)<\/metadata>/)![1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
    expect(JSON.stringify(meta)).toContain("framediff analyze");
    expect(readFileSync(join(out, "figures", "sentiment-by-outlet.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    const png = readFileSync(join(out, "figures", "sentiment-by-outlet.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const sidecar = JSON.parse(readFileSync(join(out, "figures", "sentiment-by-outlet.json"), "utf8"));
    expect(png.readUInt32BE(16)).toBe(sidecar.width * sidecar.scale);
  });

  it("writes one offline report and run.json with hashes, versions, parameters and timings", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain("Plotly.newPlot(");
    expect(html).not.toMatch(/<script[^>]+src=/);
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run.corpus).toMatchObject({ articles: 5, format: "folder" });
    expect(run.corpus.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.lexicon.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.parameters).toMatchObject({ seed: 1, iterations: 200, formats: ["svg", "pdf", "png"] });
    expect(Object.keys(run.timings).length).toBeGreaterThan(3);
    expect(run.files).toContain("report.html");
  });
});

describe("framediff analyze without a lexicon and without figures", () => {
  it("runs the lexicon-free features, says which were skipped, and is deterministic", async () => {
    const dir = tmp();
    const corpus = join(dir, "c.jsonl");
    writeFileSync(corpus, [
      { id: "a1", outlet: "tass", event: "e1", text: "Lavrov said the talks in Kiev failed. The operation goes on." },
      { id: "b1", outlet: "yahoo", event: "e1", text: "Kuleba said the talks failed. The invasion of Ukraine goes on in Kyiv." },
      { id: "a2", outlet: "tass", event: "e2", text: "Kiev refused the proposals. Moscow is ready for talks." },
      { id: "b2", outlet: "yahoo", event: "e2", text: "Kyiv rejected the demands. Civilians fled the city." },
    ].map((x) => JSON.stringify(x)).join("\n"));
    expect(corpusLexicon(corpus)).toBeUndefined();
    const r1 = await analyze(corpus, { out: join(dir, "o1"), noFigures: true, iterations: 100 }, quiet);
    const r2 = await analyze(corpus, { out: join(dir, "o2"), noFigures: true, iterations: 100 }, quiet);
    expect(r1.skippedFeatures).toContain("label choice");
    expect(existsSync(join(dir, "o1", "figures"))).toBe(false);
    for (const f of readdirSync(join(dir, "o1", "tables"))) expect(readFileSync(join(dir, "o2", "tables", f), "utf8")).toBe(readFileSync(join(dir, "o1", "tables", f), "utf8"));
    expect(readFileSync(join(dir, "o2", "report.html"), "utf8") === readFileSync(join(dir, "o1", "report.html"), "utf8")).toBe(true);
    expect(r2.files.length).toBe(r1.files.length);
  }, 60_000);
});

describe("framediff analyze usage", () => {
  const run = async (...argv: string[]) => {
    let out = "", err = "";
    const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
    return { code, out, err };
  };
  it("documents itself and rejects bad options with exit 2", async () => {
    expect((await run("analyze", "--help")).out).toMatch(/--formats LIST/);
    expect((await run("analyze", BUNDLED, "--formats", "svg,gif")).code).toBe(2);
    expect((await run("analyze", BUNDLED, "--seed", "x")).code).toBe(2);
    expect((await run("analyze")).code).toBe(2);
  });
  it("exits 1 naming the file for a missing corpus", async () => {
    const r = await run("analyze", "/nonexistent/c.jsonl", "--no-figures", "--out", tmp());
    expect(r.code).toBe(1);
    expect(r.err).toContain("/nonexistent/c.jsonl");
  });
});
