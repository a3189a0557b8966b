/**
 * report.html at scale (issue 12): size and load time of the report of
 * generated corpora. For each size: a JSONL corpus of N articles (OUTLETS
 * outlets, N / OUTLETS events, ~60 words an article, seeded), `framediff
 * analyze --no-figures --iterations 50`, then the report opened in Chromium
 * (playwright-core): DOMContentLoaded, the load event, and the page script's
 * first render (`window.fdRendered`, the sections, tables, event selector and
 * first section's charts drawn), in ms from navigation start.
 *
 *   npm run bench:report [-- SIZES... [--outlets N] [--pairwise-outlets N]]
 *   (default: 1000 10000; outlets 100; pairwise outlets analyze's default, 100)
 *
 * 100,000 articles takes analyze far longer than the rest: pairwise
 * divergence costs pairs × articles (4,950 pairs of 100 outlets with 2,000
 * articles each), and its link table lists both outlets' articles for every
 * pooled row. Measure it with fewer pairs (--pairwise-outlets 20) and a larger
 * heap (NODE_OPTIONS=--max-old-space-size=16000); the report's size does not
 * depend on the pairs beyond its bounds.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { analyze } from "../src/cli/analyze";
import { resolveChromium } from "../src/render/chromium-path";
import { launchChromium } from "../src/render/launch";
import { corpusLines, repoRoot } from "./generate-corpus";

interface Measured { articles: number; outlets: number; analyzeS: number; mb: number; dclMs: number; loadMs: number; renderedMs: number; heightPx: number }

async function measure(articles: number, outlets: number, pairwiseOutlets: number | undefined, chromium: string): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), "framediff-bench-report-"));
  const file = join(dir, "corpus.jsonl");
  const ids = Array.from({ length: outlets }, (_, i) => `o${String(i).padStart(4, "0")}`);
  const events = Math.max(1, Math.round(articles / outlets));
  const lines: string[] = [];
  for (const l of corpusLines({ outlets: ids, events, words: 60 })) lines.push(l);
  writeFileSync(file, lines.join("\n") + "\n");
  const t0 = Date.now();
  await analyze(file, { out: join(dir, "out"), noFigures: true, iterations: 50, store: false, ...(pairwiseOutlets !== undefined ? { pairwiseOutlets } : {}), lexicon: join(repoRoot(), "corpus", "antalya-2022-03-10", "lexicon.yaml") }, { write: () => undefined });
  const analyzeS = (Date.now() - t0) / 1000;
  const report = join(dir, "out", "report.html");
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${report}`, { waitUntil: "load", timeout: 300_000 });
    await page.waitForFunction("window.fdRendered !== undefined", undefined, { timeout: 300_000 });
    const t = (await page.evaluate(`(() => { const n = performance.getEntriesByType("navigation")[0]; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, rendered: window.fdRendered, h: document.body.scrollHeight }; })()`)) as { dcl: number; load: number; rendered: number; h: number };
    return { articles: lines.length, outlets, analyzeS, mb: statSync(report).size / 1e6, dclMs: t.dcl, loadMs: t.load, renderedMs: t.rendered, heightPx: t.h };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true }); // the 100k corpus and its tables take about a gigabyte
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const o = args.indexOf("--outlets");
  const outlets = o >= 0 ? Number(args.splice(o, 2)[1]) : 100;
  const p = args.indexOf("--pairwise-outlets");
  const pairwise = p >= 0 ? Number(args.splice(p, 2)[1]) : undefined;
  const sizes = args.length ? args.map(Number) : [1_000, 10_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(outlets) || outlets < 1 || (pairwise !== undefined && !(Number.isInteger(pairwise) && pairwise >= 2))) {
    console.error("usage: npm run bench:report -- [SIZES...] [--outlets N] [--pairwise-outlets N]  (whole numbers; pairwise ≥ 2)");
    process.exitCode = 2;
    return;
  }
  const chromium = resolveChromium();
  console.log(`pairwise outlets: ${pairwise ?? "100 (default)"}; heap limit ${(getHeapStatistics().heap_size_limit / 1e9).toFixed(1)} GB`);
  console.log("articles  outlets  analyze s  report MB  DOMContentLoaded ms  load ms  first render ms  page height px");
  for (const n of sizes) {
    const m = await measure(n, outlets, pairwise, chromium);
    console.log(`${String(m.articles).padStart(8)}  ${String(m.outlets).padStart(7)}  ${m.analyzeS.toFixed(1).padStart(9)}  ${m.mb.toFixed(2).padStart(9)}  ${m.dclMs.toFixed(0).padStart(19)}  ${m.loadMs.toFixed(0).padStart(7)}  ${m.renderedMs.toFixed(0).padStart(15)}  ${String(m.heightPx).padStart(14)}${m.mb >= 20 ? "  OVER 20 MB" : ""}`);
  }
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exitCode = 1; });
