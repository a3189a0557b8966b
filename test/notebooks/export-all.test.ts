/**
 * exportAll (src/report/export-all.ts): the one call that replaced the notebooks' 40-line
 * export cells. Tables and provenance are checked without a browser (`formats: []`); one
 * test draws SVGs to check each figure's provenance sidecar.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { corpusHash, loadCorpus } from "../../src/corpus/index";
import type { Corpus } from "../../src/corpus/types";
import { FramediffError } from "../../src/errors";
import { sentimentByOutlet, frameAttention } from "../../src/features/index";
import { loadLexicon } from "../../src/lexicon/index";
import type { Lexicon } from "../../src/lexicon/types";
import { mapArticles } from "../../src/profile/index";
import { exportAll } from "../../src/report/export-all";

const ROOT = join(__dirname, "..", "..");
const BUNDLED = join(ROOT, "corpus", "antalya-2022-03-10");

/** Every file under `dir`, relative with `/`, sorted by code units. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) visit(p); else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  visit(dir);
  return out.sort();
}

describe("issue 12: notebooks ended with a 40-line export cell (exportAll)", () => {
  let corpus: Corpus;
  let lexicon: Lexicon;
  let byOutlet: ReturnType<typeof sentimentByOutlet>;
  let frames: ReturnType<typeof frameAttention>;
  let work: string;

  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED);
    lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
    const { profiles } = mapArticles(corpus.articles, lexicon);
    byOutlet = sentimentByOutlet(profiles, { seed: 3, iterations: 50 });
    frames = frameAttention(profiles, lexicon.frames.map((f) => f.id));
    work = mkdtempSync(join(tmpdir(), "framediff-export-all-"));
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes each result's table under its catalogue name, with outlet labels and the article-id link table", async () => {
    const out = join(work, "tables-only");
    const report = await exportAll([byOutlet, null, frames], { out, corpus, lexicon, formats: [] });
    const csv = readFileSync(join(out, "tables", "sentiment-outlets.csv"), "utf8").split("\n");
    expect(csv[0].split(",").slice(0, 3)).toEqual(["row", "outlet", "outletLabel"]);
    // one line per outlet, in the result's order, each outlet beside its label from the corpus
    const labelOf = new Map(corpus.outlets.map((o) => [o.id, o.label]));
    const quoted = (s: string) => (/[,"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    expect(csv.slice(1, 1 + byOutlet.rows.length).map((l, i) => l.startsWith(`${i + 1},${byOutlet.rows[i].outlet},${quoted(labelOf.get(byOutlet.rows[i].outlet)!)},`))).toEqual(byOutlet.rows.map(() => true));
    // the link table holds every article id of every row once
    const links = readFileSync(join(out, "tables", "sentiment-outlets.articles.csv"), "utf8").trim().split("\n").slice(1);
    expect(links).toHaveLength(byOutlet.rows.reduce((n, r) => n + r.articleIds.length, 0));
    expect(existsSync(join(out, "tables", "frame-attention.csv"))).toBe(true);
    expect(report.files).toEqual(walk(out));
  });

  it("records the corpus and lexicon hashes, each result's parameters and every file in provenance.json", async () => {
    const out = join(work, "provenance");
    const report = await exportAll({ byOutlet, mine: { rows: [{ threshold: 0.25, claims: 97 }] } }, {
      out, corpus, lexicon, formats: [], extra: { "notes.tex": "\\input{x}\n" }, createdBy: "a test" });
    const p = JSON.parse(readFileSync(join(out, "provenance.json"), "utf8"));
    expect(p.corpus.hash).toBe(corpusHash(corpus));
    expect(p.corpus.articles).toBe(5);
    expect(p.lexicon.hash).toBe(lexicon.hash);
    expect(p.createdBy).toBe("a test");
    expect(p.results.map((r: { table: string }) => r.table)).toEqual(["sentiment-outlets", "mine"]);
    expect(p.results[0].params.seed).toBe(3);
    expect(p.files).toEqual(walk(out));
    expect(report.files).toEqual(p.files);
    expect(readFileSync(join(out, "tables", "mine.csv"), "utf8")).toBe("threshold,claims\n0.25,97\n");
    expect(readFileSync(join(out, "tables", "notes.tex"), "utf8")).toBe("\\input{x}\n");
  });

  it("says in the provenance when no corpus was given, instead of a hash it does not have", async () => {
    const out = join(work, "no-corpus");
    await exportAll([byOutlet], { out, formats: [] });
    const p = JSON.parse(readFileSync(join(out, "provenance.json"), "utf8"));
    expect(p.corpus.hash).toMatch(/^not given/);
    expect(p.lexicon).toBeNull();
  });

  it("with clean, leaves nothing of an earlier export; without, keeps what else is in the folder", async () => {
    const out = join(work, "clean");
    await exportAll([byOutlet], { out, corpus, formats: [] });
    writeFileSync(join(out, "stale.csv"), "x\n");
    await exportAll([frames], { out, corpus, formats: [] });
    expect(existsSync(join(out, "stale.csv"))).toBe(true);
    await exportAll([frames], { out, corpus, formats: [], clean: true });
    expect(walk(out)).toEqual(["provenance.json", "tables/frame-attention.articles.csv", "tables/frame-attention.csv"]);
  });

  it("refuses two results that would write the same table, and names that leave tables/, in one line naming them", async () => {
    const out = join(work, "refused");
    await expect(exportAll({ a: byOutlet, b: byOutlet }, { out, formats: [] })).rejects.toThrow(/"a" and "b" would both be written as tables\/sentiment-outlets\.csv/);
    await expect(exportAll({ "../up": { rows: [] } }, { out, formats: [] })).rejects.toThrow(FramediffError);
    await expect(exportAll([byOutlet], { out, formats: [], extra: { "a/b.tex": "" } })).rejects.toThrow(/"a\/b\.tex" cannot be a file name/);
    await expect(exportAll({ x: 3 as unknown as { rows: unknown[] } }, { out, formats: [] })).rejects.toThrow(/"x" is not a result/);
    expect(existsSync(out)).toBe(false); // refused before anything was written
  });

  it("draws the catalogue's figures of each result with that result's parameters and seed in the sidecar", async () => {
    const out = join(work, "figures");
    const report = await exportAll([byOutlet], { out, corpus, lexicon, formats: ["svg"], createdBy: "a test" });
    const sidecars = report.files.filter((f) => f.startsWith("figures/") && f.endsWith(".json"));
    expect(sidecars.length).toBeGreaterThan(0);
    for (const f of sidecars) {
      const side = JSON.parse(readFileSync(join(out, f), "utf8"));
      const prov = side.provenance ?? side;
      expect(prov.corpusHash).toBe(corpusHash(corpus));
      expect(prov.lexiconHash).toBe(lexicon.hash);
      expect(prov.parameters.result).toBe("sentiment-outlets");
      expect(prov.seed).toBe(3);
      expect(prov.createdBy).toBe("a test");
    }
    expect(report.files.some((f) => /^figures\/.+\.svg$/.test(f))).toBe(true);
  }, 120_000);
});
