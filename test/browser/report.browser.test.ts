/**
 * Acceptance of issue 12's report: the report.html of a generated 1,000-outlet
 * corpus, opened in Chromium (playwright-core), is searched, sorted, and its
 * event selector and KWIC panel are used. Skips, saying so, only when no
 * Chromium is found (CI installs one).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { bundledCorpusDir, bundledSentences, mulberry32 } from "../../bench/generate-corpus";
import { main } from "../../src/cli/main";
import { resolveChromium } from "../../src/render/chromium-path";
import { launchChromium } from "../../src/render/launch";

function findChromium(): string | null {
  try { return resolveChromium(); } catch { return null; }
}
const chromiumPath = findChromium();
if (chromiumPath === null) console.warn("SKIPPED test/browser/report.browser.test.ts: no Chromium found (install chromium or set FRAMEDIFF_CHROMIUM)");
jest.setTimeout(60_000);
const describeIfChromium = chromiumPath === null ? describe.skip : describe;

const OUTLETS = 1_000;

/** An outlet's label: not its id, and no label is part of another's. */
const labelOf = (outlet: string) => `The ${outlet.toUpperCase()} Times`;

/** 1,000 outlets, one short article each, alternately in two titled events. */
function writeCorpus(file: string): void {
  const sentences = bundledSentences();
  const rng = mulberry32(12);
  const lines: string[] = [];
  for (let i = 0; i < OUTLETS; i++) {
    const outlet = `o${String(i).padStart(4, "0")}`;
    const text = Array.from({ length: 3 }, () => sentences[Math.floor(rng() * sentences.length)]).join(" ");
    const event = `ev-${i % 2}`;
    lines.push(JSON.stringify({ id: `a${i}`, outlet, outletLabel: labelOf(outlet), event, event_title: `Talks, day ${i % 2 + 1}`, title: `Story ${i} <b>&</b>`, url: `https://example.org/${outlet}?a=1&b=2`, date: "2022-03-10", text }));
  }
  writeFileSync(file, lines.join("\n") + "\n");
}

const rowsOf = (page: Page, table: string) => page.locator(`.fd-table[data-table="${table}"] tbody tr`);
const columnOf = async (page: Page, table: string, col: number) => page.locator(`.fd-table[data-table="${table}"] tbody tr td:nth-child(${col + 1})`).allTextContents();

describeIfChromium("issue 12: the report of a 1,000-outlet corpus in a browser", () => {
  let browser: Browser;
  let page: Page;
  let html = "";
  const blob = (id: string) => JSON.parse(new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html)![1]);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-browser-"));
    const corpus = join(dir, "corpus.jsonl");
    writeCorpus(corpus);
    let err = "";
    const code = await main(["analyze", corpus, "--lexicon", join(bundledCorpusDir(), "lexicon.yaml"), "--out", join(dir, "out"), "--no-figures", "--iterations", "20", "--no-store", "--jobs", "1", "--pairwise-outlets", "30"], () => undefined, (s) => { err += s; });
    if (code !== 0) throw new Error(`analyze failed (${code}): ${err}`);
    const file = join(dir, "out", "report.html");
    html = readFileSync(file, "utf8");
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${file}`, { waitUntil: "load" });
    await page.waitForFunction("window.fdRendered !== undefined");
    if (errors.length) throw new Error(`the page threw: ${errors.join("; ")}`);
  }, 600_000);
  afterAll(async () => { await browser?.close(); });

  it("stays under 20 MB and is not a 76,000 px page", async () => {
    expect(Buffer.byteLength(html)).toBeLessThan(20_000_000);
    expect(await page.evaluate("document.body.scrollHeight")).toBeLessThan(20_000);
  });

  it("the search box of a table keeps only the rows that contain the text", async () => {
    const data = blob("t-1-data") as { columns: string[]; rows: unknown[][]; total: number };
    expect(data.columns[0]).toBe("outlet");
    const rows = rowsOf(page, "t-1");
    expect(await rows.count()).toBe(data.rows.length);
    const wanted = String(data.rows[3][0]);
    await page.locator('.fd-table[data-table="t-1"] input[type=search]').fill(wanted);
    const shown = await columnOf(page, "t-1", 0);
    expect(shown.length).toBe(data.rows.filter((r) => r.some((v) => v !== null && String(v).toLowerCase().includes(wanted.toLowerCase()))).length);
    expect(shown).toContain(wanted);
    for (const s of shown) expect(s).toContain(wanted);
    expect(await page.locator('.fd-table[data-table="t-1"] .count').textContent()).toBe(`${shown.length} matching; showing ${data.rows.length} of ${data.total.toLocaleString("en-US")} rows`);
    await page.locator('.fd-table[data-table="t-1"] input[type=search]').fill("");
    expect(await rows.count()).toBe(data.rows.length);
  });

  it("the search box also finds an outlet by its label (the tables show ids)", async () => {
    const data = blob("t-1-data") as { rows: unknown[][] };
    const outlet = String(data.rows[5][0]);
    await page.locator('.fd-table[data-table="t-1"] input[type=search]').fill(labelOf(outlet).toLowerCase());
    const shown = await columnOf(page, "t-1", 0);
    expect(shown.length).toBe(data.rows.filter((r) => r[0] === outlet).length);
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s).toBe(outlet);
    await page.locator('.fd-table[data-table="t-1"] input[type=search]').fill("");
  });

  it("a click on a header sorts the column, a second click reverses it", async () => {
    const data = blob("t-1-data") as { columns: string[] };
    const col = data.columns.indexOf("mean");
    const header = page.locator(`.fd-table[data-table="t-1"] th[data-col="${col}"]`);
    await header.click();
    const up = (await columnOf(page, "t-1", col)).map(Number);
    expect(up).toEqual(up.slice().sort((a, b) => a - b));
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await header.click();
    const down = (await columnOf(page, "t-1", col)).map(Number);
    expect(down).toEqual(up.slice().sort((a, b) => b - a));
  });

  it("the event selector shows titles and the chosen event's rows", async () => {
    const labels = await page.locator("#fd-event option").allTextContents();
    expect(labels).toEqual(["Talks, day 1 (ev-0) — 500 articles", "Talks, day 2 (ev-1) — 500 articles"]);
    await page.locator('details#events > summary').click();
    const articles = () => page.locator("#fd-event-tables .fd-table").filter({ hasText: "Article sentiment in the event" }).locator("tbody tr td:nth-child(2)").allTextContents();
    const first = await articles();
    expect(first.length).toBeGreaterThan(0);
    for (const id of first) expect(Number(id.slice(1)) % 2).toBe(0);
    await page.locator("#fd-event").selectOption("ev-1");
    const second = await articles();
    for (const id of second) expect(Number(id.slice(1)) % 2).toBe(1);
  });

  it("a click on an actor cell opens its words in context per outlet", async () => {
    const samples = blob("fd-kwic-samples") as { kind: string; key: string; total: number; outlets: { outlet: string; total: number; lines: { match: string; title?: string }[] }[] }[];
    await page.locator("details#emphasis > summary").click();
    const button = page.locator("details#emphasis button.kw").first();
    const kind = await button.getAttribute("data-kind");
    const key = await button.getAttribute("data-key");
    const sample = samples.find((s) => s.kind === kind && s.key === key)!;
    expect(sample).toBeDefined();
    await button.click();
    const panel = page.locator("#fd-kwic");
    await expect(panel.isVisible()).resolves.toBe(true);
    expect(await panel.locator("h3").textContent()).toBe(`${key} (${kind})`);
    const headings = await panel.locator("h4 .count").allTextContents();
    expect(headings).toEqual(sample.outlets.map((o) => `showing ${o.lines.length} of ${o.total.toLocaleString("en-US")}`));
    const matches = await panel.locator("td.match").allTextContents();
    expect(matches).toEqual(sample.outlets.flatMap((o) => o.lines.map((l) => l.match)));
    const link = panel.locator("td.src a").first();
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/example\.org\/o\d{4}\?a=1&b=2$/);
    expect(await link.textContent()).toMatch(/^Story \d+ <b>&<\/b>$/);
    await page.keyboard.press("Escape");
    expect(await panel.isVisible()).toBe(false);
  });
});
