import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const pkg = require("../../package.json");

/**
 * The package as a user outside the repository gets it: `npm pack` (which
 * builds dist/ through `prepare`), `npm install` of the tarball into an empty
 * folder in the system temp dir, then `npx framediff` there. The folder's
 * package.json is bare — no `overrides`: danfojs-node and tslab are optional
 * peers, so nothing framediff installs needs them (were danfojs-node pulled in,
 * npm would fetch xlsx from cdn.sheetjs.com and fail offline).
 * With npm's cache warm (--prefer-offline) the install took about 30 s here.
 */
describe("issue 12: npx framediff worked only inside the repository", () => {
  const work = mkdtempSync(join(tmpdir(), "framediff-install-"));
  const app = join(work, "app");
  const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });
  const npx = (args: string[]) => execFileSync("npx", ["--no-install", "framediff", ...args], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  let tarball = "";

  beforeAll(() => {
    const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, packed[0].filename);
    (globalThis as Record<string, unknown>).packedFiles = packed[0].files.map((f) => f.path);
    cpSync(join(ROOT, "corpus", "antalya-2022-03-10"), join(work, "app", "my corpus"), { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "install-test", version: "1.0.0", private: true }, null, 2));
    npm(["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs dist, the bundled corpus with its lexicon, CODEBOOK.md and CITATION.cff, and no sources or tests", () => {
    const files = (globalThis as Record<string, unknown>).packedFiles as string[];
    expect(files).toEqual(expect.arrayContaining(["CODEBOOK.md", "CITATION.cff", "README.md", "package.json", "dist/cli/main.js", "dist/index.d.ts", "corpus/antalya-2022-03-10/lexicon.yaml", "corpus/antalya-2022-03-10/manifest.json"]));
    expect(files.filter((f) => /^(src|test|notebooks|bench)\//.test(f))).toEqual([]);
    expect(readFileSync(join(app, "node_modules", "framediff", "CODEBOOK.md"), "utf8")).toBe(readFileSync(join(ROOT, "CODEBOOK.md"), "utf8"));
  });

  it("installs no optional peer (danfojs-node, tslab), and toDataFrame says in one line how to add danfojs-node", () => {
    expect(existsSync(join(app, "node_modules", "danfojs-node"))).toBe(false);
    expect(existsSync(join(app, "node_modules", "tslab"))).toBe(false);
    const script = 'try { require("framediff").toDataFrame({ rows: [{ a: 1 }] }); } catch (e) { console.log(e.name + ": " + e.message); }';
    const said = execFileSync("node", ["-e", script], { cwd: app, encoding: "utf8" });
    expect(said).toMatch(/^FramediffError: toDataFrame needs danfojs-node, an optional dependency that is not installed\..*npm install danfojs-node/);
  });

  it("runs npx framediff --help and check from a folder outside the repository", () => {
    expect(npx(["--help"])).toMatch(/^Usage: framediff <command>/);
    expect(npx(["--version"]).trim()).toBe(`framediff ${pkg.version}`);
    const out = npx(["check", "my corpus"]);
    expect(out).toMatch(/Articles: 5\s+Outlets: 5/);
    expect(out).toContain("Lexicon: my corpus/lexicon.yaml");
  }, 60_000);

  it("runs analyze there: tables as CSV and Parquet, link tables, the codebook and report.html", () => {
    npx(["analyze", "my corpus", "--out", "res", "--no-figures", "--no-store", "--iterations", "20", "--quiet"]);
    const tables = readdirSync(join(app, "res", "tables"));
    expect(tables).toEqual(expect.arrayContaining(["CODEBOOK.md", "divergence.csv", "divergence.parquet", "divergence.articles.csv"]));
    expect(existsSync(join(app, "res", "report.html"))).toBe(true);
  }, 120_000);
});
