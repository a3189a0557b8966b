import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { analyze } from "../../src/cli/analyze";
import { main } from "../../src/cli/main";
import { BUNDLED } from "../helpers";

const quiet = { write: () => undefined };
const table = (out: string) => readFileSync(join(out, "tables", "distinctive-terms.csv"), "utf8");
const terms = (csv: string) => (parse(csv, { columns: true }) as Record<string, string>[]).map((r) => r.term);

// A reduce records its options in run.json; each must also act (reduce once ignored --stop-words).
describe("reduce --stop-words drops the words analyze --stop-words drops", () => {
  const dir = mkdtempSync(join(tmpdir(), "fd-reduce-sw-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the same distinctive-terms.csv as analyze with the same list, and not the one without it", async () => {
    const store = join(dir, "store");
    await analyze(BUNDLED, { out: join(dir, "plain"), noFigures: true, iterations: 50, store, parquet: false }, quiet);
    const plain = table(join(dir, "plain"));
    const dropped = terms(plain)[0];
    expect(dropped).toMatch(/\S/);
    const list = join(dir, "stop.txt");
    writeFileSync(list, `# the first term of the plain run\n${dropped.split(" ")[0]}\n`);

    let err = "";
    const code = await main(["reduce", store, "--out", join(dir, "reduced"), "--no-figures", "--iterations", "50", "--no-parquet", "--stop-words", list, "-q"], () => undefined, (s) => { err += s; });
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const reduced = table(join(dir, "reduced"));
    expect(terms(reduced)).not.toContain(dropped);
    expect(reduced).not.toBe(plain);
    expect(JSON.parse(readFileSync(join(dir, "reduced", "run.json"), "utf8")).parameters.stopWords).toEqual([dropped.split(" ")[0]]);

    await analyze(BUNDLED, { out: join(dir, "analyzed"), noFigures: true, iterations: 50, store: false, parquet: false, stopWords: [dropped.split(" ")[0]] }, quiet);
    expect(reduced).toBe(table(join(dir, "analyzed")));
  }, 120_000);

  it("a bad list is a one-line usage error", async () => {
    let err = "";
    const code = await main(["reduce", dir, "--stop-words", join(dir, "none.txt")], () => undefined, (s) => { err += s; });
    expect(code).toBe(2);
    expect(err.split("\n")[0]).toMatch(/invalid --stop-words ".*none\.txt": no such readable file/);
  });
});
