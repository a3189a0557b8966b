import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogueCodebook } from "../../src/cli/write-tables";
import { CATALOGUE } from "../../src/report/catalogue";
import { COLUMN_SCHEMA } from "../../src/tables/column-schema";
import { writtenColumns } from "../../src/tables/written-columns";

const ROOT = join(__dirname, "..", "..");

describe("issue 12: the help sent users to src/tables/column-docs-*.ts, which the package does not ship", () => {
  const text = catalogueCodebook();

  // UPDATE_CODEBOOK=1 npx jest -i test/packaging/codebook.test.ts rewrites it (or: npm run build && node scripts/codebook.js)
  if (process.env.UPDATE_CODEBOOK) writeFileSync(join(ROOT, "CODEBOOK.md"), text);

  it("ships CODEBOOK.md at the root, equal to the generated text, in package.json files", () => {
    expect(existsSync(join(ROOT, "CODEBOOK.md"))).toBe(true);
    expect(readFileSync(join(ROOT, "CODEBOOK.md"), "utf8")).toBe(text);
    expect(require("../../package.json").files).toContain("CODEBOOK.md");
  });

  it("covers every table of the catalogue: what a row is, and every written column with a type", () => {
    for (const e of CATALOGUE) {
      const section = text.split(`\n## ${e.table}\n`)[1]?.split("\n## ")[0] ?? "";
      expect({ table: e.table, row: COLUMN_SCHEMA[e.kind]?.row !== undefined && section.includes(`A row: ${COLUMN_SCHEMA[e.kind].row}.`) }).toEqual({ table: e.table, row: true });
      const cols = writtenColumns(e.kind)!;
      for (const c of [...cols.table, ...cols.links]) {
        expect({ table: e.table, column: c.name, typed: c.kind !== undefined, listed: section.includes(`| \`${c.name}\` |`) }).toEqual({ table: e.table, column: c.name, typed: true, listed: true });
      }
      expect({ table: e.table, links: section.includes(`${e.table}.articles.csv`) }).toEqual({ table: e.table, links: cols.links.length > 0 });
    }
  });

  it("is what help and README point to, not the source files", () => {
    const { ANALYZE_USAGE } = require("../../src/cli/usage");
    expect(ANALYZE_USAGE).toContain("CODEBOOK.md");
    expect(ANALYZE_USAGE).not.toMatch(/src\/(features|tables)\//);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("CODEBOOK.md");
    expect(readme).not.toMatch(/column-docs-[a-z]*\.ts|columns documented in `?src\//);
  });
});
