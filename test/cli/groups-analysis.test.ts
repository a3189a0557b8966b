import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../bench/generate-corpus";
import { main } from "../../src/cli/main";
import { stepRunner } from "../../src/cli/run-options";
import { writeAnalysis } from "../../src/cli/write-analysis";
import type { StreamedCorpus } from "../../src/corpus/stream-corpus";
import type { Article, Outlet } from "../../src/corpus/types";
import { mapOptionsOf } from "../../src/features/compare";
import type { CompareUnits } from "../../src/features/outlet-groups";
import { loadLexicon } from "../../src/lexicon/index";
import type { Lexicon } from "../../src/lexicon/types";
import { mapCorpus } from "../../src/profile/map-corpus";
import { article, BUNDLED } from "../helpers";

const tmp = () => mkdtempSync(join(tmpdir(), "fd-groups-"));
const GROUP_OF: Record<string, string> = { tass: "east", rt: "east", ap: "east", yahoo: "west", reuters: "west", bbc: "west" };
const OUTLETS = Object.keys(GROUP_OF).sort();
const STATS = { seed: 1, iterations: 100 };

/** 6 events × 6 outlets of generated articles (bundled sentences, seeded), in generation order or a seeded shuffle. */
function articles(shuffle?: number): Article[] {
  const list = generateCorpus({ events: 6, outlets: OUTLETS, words: 100, seed: 9 }).map((line) => {
    const j = JSON.parse(line) as { id: string; outlet: string; event: string; text: string };
    return article({ id: j.id, outlet: j.outlet, event: j.event, text: j.text });
  });
  if (shuffle === undefined) return list;
  let s = shuffle >>> 0;
  for (let i = list.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** The corpus's findings as the stream gives them, outlets with or without their groups. */
function corpusOf(grouped: boolean): StreamedCorpus {
  const outlets: Outlet[] = OUTLETS.map((id) => ({ id, label: id.toUpperCase(), ...(grouped ? { group: GROUP_OF[id] } : {}), meta: {} }));
  return { path: "built.jsonl", format: "jsonl", outlets, warnings: [], skipped: [], articleCount: 36, hash: "0".repeat(64) };
}

/** The reduce half of analyze (writeAnalysis) on articles mapped with `jobs` worker threads; returns the output folder. */
async function analyse(lexicon: Lexicon, opts: { grouped: boolean; jobs?: number; shuffle?: number; compare?: CompareUnits }): Promise<string> {
  const dir = tmp();
  const mapped = await mapCorpus(articles(opts.shuffle), lexicon, mapOptionsOf(STATS), { jobs: opts.jobs ?? 1 });
  const timings: Record<string, number> = {};
  const progress = { step: () => undefined, done: () => undefined };
  await writeAnalysis(dir, {
    corpus: corpusOf(opts.grouped), mapped, lexicon, compareOptions: STATS, options: { ...STATS, noFigures: true, ...(opts.compare ? { compare: opts.compare } : {}) },
    timed: stepRunner(progress, timings, undefined), progress, timings, createdBy: "framediff analyze",
  });
  return dir;
}

/** Every CSV file's bytes in a folder, by name. */
function csvs(dir: string): Map<string, Buffer> {
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith(".csv")).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

const runJson = (dir: string) => JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));

async function cli(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe("issue 12: groups of outlets", () => {
  let lexicon: Lexicon;
  let both: string;
  beforeAll(async () => {
    lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
    both = await analyse(lexicon, { grouped: true });
  }, 180_000);

  describe("analyze/reduce output when outlets have groups", () => {
    it("writes every outlet table again by group in tables/groups/, the groups in the outlet columns", () => {
      const outletTables = [...csvs(join(both, "tables")).keys()];
      const groupTables = [...csvs(join(both, "tables", "groups")).keys()];
      expect(outletTables.length).toBeGreaterThan(10);
      expect(groupTables).toEqual(outletTables);
      const sentiment = readFileSync(join(both, "tables", "groups", "sentiment-outlets.csv"), "utf8").split("\n").filter(Boolean);
      expect(sentiment).toHaveLength(3);
      const col = sentiment[0].split(",").indexOf("outlet");
      expect(sentiment.slice(1).map((l) => l.split(",")[col])).toEqual(["east", "west"]);
    });

    it("says in run.json what was compared, each group's outlets and articles, each outlet's group, and lists the group tables", () => {
      const run = runJson(both);
      expect(run.compared).toBe("both");
      expect(run.groups).toEqual([{ group: "east", outlets: ["ap", "rt", "tass"], articles: 18 }, { group: "west", outlets: ["bbc", "reuters", "yahoo"], articles: 18 }]);
      expect(run.corpus.outlets.map((o: Outlet) => [o.id, o.group])).toEqual(OUTLETS.map((id) => [id, GROUP_OF[id]]));
      expect(run.files).toContain("tables/groups/divergence.csv");
      expect(typeof run.timings["measure by group"]).toBe("number");
    });

    it("adds the Groups sections to the report after the outlet sections", () => {
      const html = readFileSync(join(both, "report.html"), "utf8");
      const firstGroup = html.indexOf("Groups: ");
      expect(firstGroup).toBeGreaterThan(0);
      expect(html.indexOf("east: ap, rt, tass; west: bbc, reuters, yahoo")).toBeGreaterThan(firstGroup);
    });

    it("leaves the outlet tables byte-identical to a run without groups", async () => {
      const plain = await analyse(lexicon, { grouped: false });
      expect(runJson(plain).compared).toBe("outlets");
      expect(existsSync(join(plain, "tables", "groups"))).toBe(false);
      const a = csvs(join(both, "tables")), b = csvs(join(plain, "tables"));
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, bytes] of a) expect({ name, same: b.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }, 180_000);

    it("writes byte-identical group tables for --jobs 2 and shuffled input", async () => {
      const other = await analyse(lexicon, { grouped: true, jobs: 2, shuffle: 7 });
      const a = csvs(join(both, "tables", "groups")), b = csvs(join(other, "tables", "groups"));
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, bytes] of a) expect({ name, same: b.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }, 180_000);

    it("--compare groups writes the group tables and sections only, with the same group tables", async () => {
      const only = await analyse(lexicon, { grouped: true, compare: "groups" });
      expect(runJson(only).compared).toBe("groups");
      expect([...csvs(join(only, "tables")).keys()]).toEqual([]);
      const a = csvs(join(both, "tables", "groups")), b = csvs(join(only, "tables", "groups"));
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, bytes] of a) expect({ name, same: b.get(name)!.equals(bytes) }).toEqual({ name, same: true });
      const html = readFileSync(join(only, "report.html"), "utf8");
      expect(html).toContain("Groups: ");
    }, 180_000);

    it("--compare outlets writes no group tables", async () => {
      const outlets = await analyse(lexicon, { grouped: true, compare: "outlets" });
      expect(runJson(outlets).compared).toBe("outlets");
      expect(runJson(outlets).groups).toBeUndefined();
      expect(existsSync(join(outlets, "tables", "groups"))).toBe(false);
    }, 180_000);
  });

  describe("through the CLI: groups read from the corpus (--group-by), analyze then reduce", () => {
    it("compares the groups, leaves out and counts the articles of an outlet without a group, and reduce writes the same group tables", async () => {
      const dir = tmp();
      const file = join(dir, "rated.jsonl");
      // bbc has no rating: its articles are in the comparison by outlet only
      const lines = generateCorpus({ events: 3, outlets: OUTLETS, words: 80, seed: 4 }).map((l) => {
        const j = JSON.parse(l) as { outlet: string };
        return JSON.stringify(j.outlet === "bbc" ? j : { ...j, rating: GROUP_OF[j.outlet] });
      });
      writeFileSync(file, lines.join("\n") + "\n");
      const lex = join(BUNDLED, "lexicon.yaml");
      const out = join(dir, "out"), again = join(dir, "again");
      const a = await cli("analyze", file, "--group-by", "rating", "--lexicon", lex, "--no-figures", "--no-parquet", "--iterations", "50", "--jobs", "1", "--out", out, "-q");
      expect(a).toMatchObject({ code: 0 });
      const run = runJson(out);
      expect(run.compared).toBe("both");
      expect(run.groups).toEqual([{ group: "east", outlets: ["ap", "rt", "tass"], articles: 9 }, { group: "west", outlets: ["reuters", "yahoo"], articles: 6 }]);
      expect(run.ungrouped).toEqual({ outlets: ["bbc"], articles: 3 });
      expect(run.warnings.map((w: { code: string }) => w.code)).toContain("group-left-out");
      const r = await cli("reduce", join(out, "profiles"), "--lexicon", lex, "--no-figures", "--no-parquet", "--iterations", "50", "--out", again, "-q");
      expect(r).toMatchObject({ code: 0 });
      expect(runJson(again).compared).toBe("both");
      const x = csvs(join(out, "tables", "groups")), y = csvs(join(again, "tables", "groups"));
      expect(x.size).toBeGreaterThan(10);
      expect([...y.keys()]).toEqual([...x.keys()]);
      for (const [name, bytes] of x) expect({ name, same: y.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }, 240_000);
  });

  describe("the --compare flag", () => {
    it("rejects a value other than outlets, groups or both, naming the flag (exit 2)", async () => {
      for (const cmd of ["analyze", "reduce"]) {
        const r = await cli(cmd, "somewhere", "--compare", "parties");
        expect(r.code).toBe(2);
        expect(r.err).toContain('invalid --compare "parties" (use outlets, groups or both)');
      }
    });

    it("refuses --compare groups of a corpus without groups, in one line, before the map (exit 1)", async () => {
      const r = await cli("analyze", BUNDLED, "--compare", "groups", "--no-figures", "--no-store", "--out", join(tmp(), "out"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("--compare groups needs groups of outlets, and no outlet of the corpus has a group");
      expect(r.err).not.toContain("profile");
      expect(r.err.trim().split("\n").filter((l) => !/^\[\d+\/\d+\]/.test(l))).toHaveLength(1); // progress lines aside
    });

    it("is in the help of analyze and reduce", async () => {
      expect((await cli("analyze", "--help")).out).toContain("--compare WHAT");
      expect((await cli("reduce", "--help")).out).toContain("--compare");
    });
  });
});
