import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, Interrupted } from "../../src/cli/analyze";
import { filesBelow } from "../../src/cli/out-folder";
import { main } from "../../src/cli/main";
import { FramediffError } from "../../src/errors";
import { createRng, shuffle } from "../../src/stats/rng";

const quiet = { write: () => undefined };
const tmp = () => mkdtempSync(join(tmpdir(), "fd-survive-"));
const run = async (...argv: string[]) => {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
};

/** A small matched corpus: 3 outlets × 4 events, sentences varied enough for every feature. */
function matchedRows(): object[] {
  const outlets = ["alpha", "bravo", "charlie"];
  const said = ["said", "told reporters", "claimed", "warned"];
  const rows: object[] = [];
  for (let e = 0; e < 4; e++) {
    for (const [k, o] of outlets.entries()) {
      rows.push({
        id: `${o}-${e}`, outlet: o, event: `e${e}`, title: `Talks in round ${e + 1}`,
        text: `Lavrov ${said[(e + k) % 4]} the talks in ${k === 0 ? "Kiev" : "Kyiv"} failed. "We are ready to meet again," Kuleba said. ` +
          `The ${k === 0 ? "special military operation" : "invasion"} continued for a ${e + 2}th week. Civilians fled the city as shelling went on.`,
      });
    }
  }
  return rows;
}
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";

describe("issue 8 finding 5: an invalid corpus is not analysed silently", () => {
  const dir = tmp();
  const corpus = join(dir, "c.jsonl");
  writeFileSync(corpus, jsonl([...matchedRows(), { id: "broken", outlet: "", text: "No outlet here." }]));

  it("exits 1 like check, naming the invalid article's line and field, and writes nothing", async () => {
    const out = join(dir, "out1");
    const r = await run("analyze", corpus, "--no-figures", "--iterations", "20", "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 invalid article; nothing was analysed/);
    expect(r.err).toMatch(/--skip-invalid/);
    expect(r.err).toMatch(/c\.jsonl:13 field "outlet"/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    await expect(analyze(corpus, { out, noFigures: true, iterations: 20 }, quiet)).rejects.toBeInstanceOf(FramediffError);
  });

  it("with --skip-invalid, lists every skipped article on stderr, in run.json and at the top of report.html", async () => {
    const out = join(dir, "out2");
    const r = await run("analyze", corpus, "--no-figures", "--iterations", "20", "--out", out, "--skip-invalid");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Skipped 1 article/);
    expect(r.err).toMatch(/c\.jsonl:13 field "outlet"/);
    expect(r.out).toMatch(/1 articles skipped/);
    const runJson = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(runJson.corpus.skipped).toHaveLength(1);
    expect(runJson.corpus.skipped[0].problems[0]).toMatchObject({ line: 13, field: "outlet" });
    expect(runJson.parameters.skipInvalid).toBe(true);
    const html = readFileSync(join(out, "report.html"), "utf8");
    // the skipped articles are the report's first part, before any measure
    const at = html.indexOf('id="skipped"');
    expect(at).toBeGreaterThan(0);
    expect(html.indexOf("<details")).toBe(html.lastIndexOf("<details", at));
    expect(html.slice(at, at + 2000)).toContain("c.jsonl:13");
  }, 120_000);
});

describe("issue 8 finding 6: a failed or interrupted run leaves the previous results whole", () => {
  const dir = tmp();
  const corpus = join(dir, "c.jsonl");
  writeFileSync(corpus, jsonl(matchedRows()));
  const out = join(dir, "out");
  const snapshot = () => filesBelow(out).map((f) => [f, readFileSync(join(out, f), "utf8")]);

  beforeAll(async () => {
    await analyze(corpus, { out, noFigures: true, iterations: 20 }, quiet);
    writeFileSync(join(out, "tables", "my-notes.csv"), "mine\n");
  }, 60_000);

  it("a second run replaces the run's files, keeps the user's file, and leaves nothing beside the folder", async () => {
    const before = filesBelow(out);
    await analyze(corpus, { out, noFigures: true, iterations: 30 }, quiet);
    expect(filesBelow(out)).toEqual(before);
    expect(readFileSync(join(out, "tables", "my-notes.csv"), "utf8")).toBe("mine\n");
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).parameters.iterations).toBe(30);
    expect(readdirSync(dir).sort()).toEqual(["c.jsonl", "out"]);
  }, 60_000);

  it("a run that fails (bad lexicon) changes nothing", async () => {
    const before = snapshot();
    writeFileSync(join(dir, "bad.yaml"), "actors: [");
    const r = await run("analyze", corpus, "--no-figures", "--out", out, "--lexicon", join(dir, "bad.yaml"));
    expect(r.code).toBe(1);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["bad.yaml", "c.jsonl", "out"]);
  }, 60_000);

  it("an interrupt (SIGINT) says 'interrupted', exits 130 and changes nothing", async () => {
    const before = snapshot();
    let sent = false;
    let err = "";
    const code = await main(["analyze", corpus, "--no-figures", "--iterations", "20", "--out", out], () => undefined, (s) => {
      err += s;
      if (!sent && s.includes("[2/")) { sent = true; process.emit("SIGINT", "SIGINT"); }
    });
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(err).toMatch(/interrupted \(SIGINT\); .* keeps its previous results/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["bad.yaml", "c.jsonl", "out"]);
  }, 60_000);

  it("an abort from a library caller rejects with Interrupted (SIGTERM in the CLI exits 143)", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(analyze(corpus, { out, noFigures: true, signal: controller.signal }, quiet)).rejects.toBeInstanceOf(Interrupted);
    let sent = false;
    const code = await main(["analyze", corpus, "--no-figures", "--iterations", "20", "--out", out], () => undefined, (s) => {
      if (!sent && s.includes("[3/")) { sent = true; process.emit("SIGTERM", "SIGTERM"); }
    });
    expect(code).toBe(143);
  }, 60_000);

  it("bad --out values get one line naming --out, no stack trace", async () => {
    writeFileSync(join(dir, "afile"), "x");
    for (const bad of ["", join(dir, "afile"), join(dir, "afile", "sub"), "/proc/framediff-out"]) {
      const r = await run("analyze", corpus, "--no-figures", "--out", bad);
      expect(r.code).toBe(1);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/--out/);
    }
  });
});

describe("issue 8 finding 10: results do not depend on the order of the input", () => {
  it("shuffled input lines give byte-identical tables", async () => {
    const dir = tmp();
    const rows = matchedRows();
    const shuffled = shuffle(createRng(99), rows);
    expect(shuffled.map((r) => (r as { id: string }).id)).not.toEqual(rows.map((r) => (r as { id: string }).id));
    writeFileSync(join(dir, "a.jsonl"), jsonl(rows));
    writeFileSync(join(dir, "b.jsonl"), jsonl(shuffled));
    await analyze(join(dir, "a.jsonl"), { out: join(dir, "oa"), noFigures: true, iterations: 200 }, quiet);
    await analyze(join(dir, "b.jsonl"), { out: join(dir, "ob"), noFigures: true, iterations: 200 }, quiet);
    const tables = readdirSync(join(dir, "oa", "tables")).sort();
    expect(tables.length).toBeGreaterThan(10);
    expect(readdirSync(join(dir, "ob", "tables")).sort()).toEqual(tables);
    for (const t of tables) expect([t, readFileSync(join(dir, "ob", "tables", t), "utf8")]).toEqual([t, readFileSync(join(dir, "oa", "tables", t), "utf8")]);
  }, 120_000);
});

describe("issue 8 finding 11: --date-format reaches the loader", () => {
  it("a US-style date fails with a hint naming --date-format, and is read with it", async () => {
    const dir = tmp();
    const rows = matchedRows().map((r, i) => ({ ...r, date: i === 4 ? "7/23/17" : "2017-07-23" }));
    writeFileSync(join(dir, "c.jsonl"), jsonl(rows));
    const bad = await run("analyze", join(dir, "c.jsonl"), "--no-figures", "--iterations", "20", "--out", join(dir, "o1"));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/c\.jsonl:5 field "date".*--date-format M\/D\/YY/);
    const good = await run("analyze", join(dir, "c.jsonl"), "--no-figures", "--iterations", "20", "--out", join(dir, "o2"), "--date-format", "M/D/YY");
    expect(good.code).toBe(0);
    const bogus = await run("analyze", join(dir, "c.jsonl"), "--no-figures", "--out", join(dir, "o3"), "--date-format", "Q/Q");
    expect(bogus.code).toBe(1);
    expect(bogus.err).toMatch(/dateFormat/);
  }, 60_000);
});

describe("issue 8 finding 3: the report lists a bounded number of warnings of each kind", () => {
  it("keeps each code's first 20 and counts the rest", async () => {
    const { reportWarnings } = await import("../../src/cli/analyze");
    const many = Array.from({ length: 45 }, (_, i) => ({ code: "one-article", message: `outlet "o${i}" has one article` }));
    const lines = reportWarnings([...many, { code: "other", message: "x" }], 20);
    expect(lines).toHaveLength(22);
    expect(lines[19]).toContain('"o19"');
    expect(lines[20]).toBe("x");
    expect(lines[21]).toBe('… and 25 more "one-article" warnings like those above, listed in run.json.');
  });
});
