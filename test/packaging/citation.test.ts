import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const ROOT = join(__dirname, "..", "..");
const pkg = require("../../package.json");

// The keys CFF 1.2.0 allows at the top level (schema.json of citation-file-format 1.2.0).
const CFF_KEYS = ["abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers", "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository", "repository-artifact", "repository-code", "title", "type", "url", "version"];

describe("issue 12: no citation file", () => {
  const cff = parse(readFileSync(join(ROOT, "CITATION.cff"), "utf8")) as Record<string, unknown>;

  it("is CFF 1.2.0 with the required keys and only known ones", () => {
    expect(cff["cff-version"]).toBe("1.2.0");
    for (const k of ["message", "title"]) expect({ k, ok: typeof cff[k] === "string" && (cff[k] as string).length > 10 }).toEqual({ k, ok: true });
    expect(Object.keys(cff).filter((k) => !CFF_KEYS.includes(k))).toEqual([]);
    expect(["software", "dataset"]).toContain(cff.type);
  });

  it("names its authors as persons (family-names) or entities (name)", () => {
    const authors = cff.authors as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(typeof a.name === "string" || typeof a["family-names"] === "string").toBe(true);
  });

  it("agrees with package.json on version and license, and ships in the package", () => {
    expect(String(cff.version)).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(pkg.files).toContain("CITATION.cff");
  });
});
