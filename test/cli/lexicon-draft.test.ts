import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { parseLexicon } from "../../src/lexicon/index";
import { BUNDLED } from "../helpers";

async function run(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe("issue 12: half the features need a lexicon and nothing helps write one (CLI)", () => {
  let one: Awaited<ReturnType<typeof run>>, two: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    one = await run("lexicon", "draft", BUNDLED, "--jobs", "1");
    two = await run("lexicon", "draft", BUNDLED, "--jobs", "2");
  }, 180_000);

  it("drafts a lexicon of the bundled corpus that check accepts", async () => {
    expect(one.code).toBe(0);
    const lex = parseLexicon(one.out, "draft.yaml");
    // the corpus's own lexicon is not read: the draft finds the names itself
    expect(lex.actors.find((a) => a.name === "Sergey")?.variants).toEqual(["Sergey", "Sergei"]);
    expect(lex.actors.find((a) => a.name === "Lavrov")).toBeDefined();
    expect(lex.frames.length).toBe(5);
    const file = join(mkdtempSync(join(tmpdir(), "fd-draft-")), "draft.yaml");
    writeFileSync(file, one.out);
    const checked = await run("check", BUNDLED, "--lexicon", file);
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/actor:Lavrov/);
  }, 120_000);

  it("writes the same bytes for any --jobs, YAML on stdout and the summary on stderr", () => {
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.err).toMatch(/Drafted \d+ actors, \d+ candidate label sets and 5 generic frames from 5 articles/);
    expect(one.out).not.toMatch(/Drafted/);
  });

  it("writes --out FILE whole", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fd-draft-")), "d.yaml");
    const r = await run("lexicon", "draft", BUNDLED, "--jobs", "1", "--out", file, "--min-count", "20");
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    const lex = parseLexicon(readFileSync(file, "utf8"), file);
    // --min-count 20: Lavrov 58, Ukraine 42, Russia 35, Minister 22, Kuleba 20
    expect(lex.actors.every((a) => a.variants.length >= 1)).toBe(true);
    expect(lex.actors.map((a) => a.name)).toContain("Kuleba");
    expect(lex.actors.map((a) => a.name)).not.toContain("Putin");
  }, 120_000);

  it("gives one-line usage errors", async () => {
    for (const argv of [["lexicon"], ["lexicon", "drat", BUNDLED], ["lexicon", "draft"], ["lexicon", "draft", BUNDLED, "--jobs", "0"], ["lexicon", "draft", BUNDLED, "--min-count", "x"], ["lexicon", "draft", BUNDLED, "--outt", "f"]]) {
      const r = await run(...argv);
      expect([argv, r.code]).toEqual([argv, 2]);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n").length).toBeLessThanOrEqual(2);
      expect(r.err).not.toMatch(/Usage:/);
    }
    expect((await run("lexicon")).err).toMatch(/framediff lexicon draft <corpus>/);
    expect((await run("lexicon", "draft", "--help")).out).toMatch(/^Usage: framediff lexicon draft/);
    expect((await run("--help")).out).toMatch(/lexicon draft <corpus>/);
  });

  it("names a missing corpus in one line and exits 1", async () => {
    const r = await run("lexicon", "draft", join(tmpdir(), "no-such-corpus.jsonl"), "--jobs", "1");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no-such-corpus\.jsonl/);
  });
});
