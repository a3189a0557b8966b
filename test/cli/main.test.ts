import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { BUNDLED } from "../helpers";

async function run(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err, all: out + err };
}

const tmp = () => mkdtempSync(join(tmpdir(), "fd-cli-"));
const line = (o: Record<string, unknown>) => JSON.stringify(o);
const A = { id: "a", outlet: "tass", text: "Lavrov spoke in Antalya." };
const B = { id: "b", outlet: "yahoo", text: "Kuleba spoke in Antalya." };

function jsonl(lines: string[]): string {
  const file = join(tmp(), "c.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}
function folder(manifest: unknown, files: Record<string, string | Buffer>): string {
  const dir = tmp();
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe("framediff check on the bundled corpus (issue 2 acceptance)", () => {
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => { r = await run("check", BUNDLED); });

  it("reports 5 articles and at least 4 outlets, and exits 0", () => {
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Articles: 5\s+Outlets: 5\s+Events: 1/);
  });

  it("reports per-outlet hits for Lavrov, Kuleba and the conflict-naming concept", async () => {
    const j = JSON.parse((await run("check", BUNDLED, "--json")).out);
    const outlets: { outlet: string; byKey: Record<string, number> }[] = j.summary.outlets;
    expect(outlets.map((o) => o.outlet)).toEqual(["src000", "src001", "src003", "tass", "yahoo"]);
    for (const o of outlets) {
      expect(o.byKey["actor:Sergey Lavrov"]).toBeGreaterThan(0);
      expect(o.byKey["actor:Dmytro Kuleba"]).toBeGreaterThan(0);
    }
    const conflict = (o: { byKey: Record<string, number> }) =>
      Object.entries(o.byKey).filter(([k]) => k.startsWith("concept:conflict/")).reduce((n, [, v]) => n + v, 0);
    expect(outlets.filter((o) => conflict(o) > 0).length).toBeGreaterThanOrEqual(4);
    // TASS calls it a special military operation, never an invasion
    const tass = outlets.find((o) => o.outlet === "tass")!;
    expect(tass.byKey["concept:conflict/special military operation"]).toBeGreaterThan(0);
    expect(tass.byKey["concept:conflict/invasion"] ?? 0).toBe(0);
    // the text table has one row per lexicon entry
    expect(r.out).toMatch(/actor:Sergey Lavrov\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+/);
  });
});

describe("framediff check: every bad input exits 1 and names the file", () => {
  const expectBad = async (path: string, pattern: RegExp) => {
    const r = await run("check", path);
    expect(r.code).toBe(1);
    expect(r.all).toContain(path.endsWith(".jsonl") || path.endsWith(".csv") ? path : path);
    expect(r.all).toMatch(pattern);
    expect(r.all).toMatch(/NOT USABLE/);
  };

  it("an empty file", async () => {
    const file = join(tmp(), "empty.jsonl");
    writeFileSync(file, "");
    await expectBad(file, /empty\.jsonl/);
  });
  it("whitespace-only text", async () => {
    const file = jsonl([line(A), line({ ...B, text: "  \n\t " })]);
    await expectBad(file, /c\.jsonl:2.*text/);
  });
  it("invalid UTF-8 bytes", async () => {
    const file = join(tmp(), "bad.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from(line(A) + "\n" + '{"id":"b","outlet":"yahoo","text":"Ku'), Buffer.from([0xff, 0xfe]), Buffer.from('leba"}\n')]));
    await expectBad(file, /bad\.jsonl:2.*UTF-8/);
  });
  it("a manifest row pointing at a missing file", async () => {
    const dir = folder({ articles: [{ id: "a", outlet: "tass", file: "a.txt" }, { id: "b", outlet: "yahoo", file: "missing.txt" }] }, { "a.txt": "Lavrov spoke." });
    await expectBad(dir, /manifest\.json.*file.*missing\.txt|missing\.txt.*manifest\.json/);
  });
  it("duplicate ids", async () => {
    await expectBad(jsonl([line(A), line(B), line({ ...B, outlet: "tass" })]), /c\.jsonl:3.*\bb\b.*(duplicate|twice|already)/i);
  });
  it("a missing outlet", async () => {
    await expectBad(jsonl([line(A), line({ id: "b", text: "x" })]), /c\.jsonl:2.*outlet/);
  });
  it("a missing text", async () => {
    await expectBad(jsonl([line(A), line({ id: "b", outlet: "yahoo" })]), /c\.jsonl:2.*text/);
  });
  it("a malformed JSONL line, with its line number", async () => {
    await expectBad(jsonl([line(A), line(B), '{"id": "c", "outlet": "x", "text": "unterminated']), /c\.jsonl:3/);
  });
  it("a CSV with a missing required column", async () => {
    const file = join(tmp(), "c.csv");
    writeFileSync(file, "id,text\na,Lavrov spoke.\n");
    await expectBad(file, /c\.csv:1.*outlet/);
  });
  it("an unparseable date", async () => {
    await expectBad(jsonl([line(A), line({ ...B, date: "10/03/2022" })]), /c\.jsonl:2.*date/);
  });
  it("a lexicon with a duplicate variant", async () => {
    const dir = tmp();
    const lex = join(dir, "lex.yaml");
    writeFileSync(lex, "actors:\n  Lavrov: [Lavrov]\n  Kuleba: [Kuleba, lavrov]\n");
    const r = await run("check", jsonl([line(A), line(B)]), "--lexicon", lex);
    expect(r.code).toBe(1);
    expect(r.all).toMatch(/lex\.yaml:3.*"lavrov" is claimed by two entries/);
  });
});

describe("framediff check: usable with warnings", () => {
  it("a text file not listed in the manifest is a warning, not an error", async () => {
    const dir = folder({ articles: [{ id: "a", outlet: "tass", file: "a.txt" }, { id: "b", outlet: "yahoo", file: "b.txt" }] }, { "a.txt": "Lavrov spoke.", "b.txt": "Kuleba spoke.", "stray.txt": "Unlisted." });
    const r = await run("check", dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Warnings \(\d+\):[\s\S]*stray\.txt/);
    expect((await run("check", dir, "--strict")).code).toBe(1);
  });
  it("a single-outlet corpus is usable for check, and says so", async () => {
    const r = await run("check", jsonl([line(A), line({ ...A, id: "a2" })]));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/single outlet/);
  });
});

describe("framediff usage", () => {
  it("prints help and version, and exits 2 on a usage error", async () => {
    expect((await run("--help")).out).toMatch(/Usage: framediff <command>/);
    expect((await run("check", "--help")).out).toMatch(/--lexicon FILE/);
    expect((await run("--version")).out).toMatch(/^framediff \d+\.\d+\.\d+/);
    expect((await run("check")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("check", "x", "--bogus")).code).toBe(2);
  });
  it("analyze takes --jobs N (worker threads) and refuses anything but a whole number ≥ 1", async () => {
    expect((await run("analyze", "--help")).out).toMatch(/--jobs N\s+Worker threads/);
    for (const bad of ["0", "1.5", "two"]) {
      const r = await run("analyze", BUNDLED, "--jobs", bad, "--no-figures", "--out", join(tmp(), "out"));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`invalid --jobs "${bad}" (use a whole number ≥ 1)`);
    }
  });
  it("names a corpus path that does not exist", async () => {
    const r = await run("check", "/nonexistent/corpus.jsonl");
    expect(r.code).toBe(1);
    expect(r.all).toContain("/nonexistent/corpus.jsonl");
  });
});
