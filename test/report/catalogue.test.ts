import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/index";
import { compare, type Comparison } from "../../src/features/compare";
import { loadLexicon } from "../../src/lexicon/index";
import { CATALOGUE, SECTIONS, skippedWithoutLexicon, skipReason } from "../../src/report/catalogue";
import { chartComparison } from "../../src/report/charts-of";
import { resultWarnings, tablesOf } from "../../src/report/tables-of";
import { COLUMN_DOCS } from "../../src/tables/column-docs";
import { BUNDLED } from "../helpers";

interface Found { kind: string; rows: readonly unknown[] }

/** Every object with a string `kind` and a `rows` array anywhere in `x` (not inside rows), found without the catalogue. */
function findResults(x: unknown, seen = new Set<unknown>()): Found[] {
  if (typeof x !== "object" || x === null || seen.has(x)) return [];
  seen.add(x);
  const r = x as Partial<Found>;
  if (typeof r.kind === "string" && Array.isArray(r.rows)) return [r as Found];
  if (Array.isArray(x)) return x.flatMap((v) => findResults(v, seen));
  return Object.values(x).flatMap((v) => findResults(v, seen));
}

/** The comparison's results, without the parses (which are not results). */
function resultsIn(c: Comparison): Found[] {
  const { parsed: _parsed, ...rest } = c as Comparison & { parsed?: unknown };
  return findResults(rest);
}

describe("the catalogue of result kinds", () => {
  let withLexicon: Comparison;
  let noLexicon: Comparison;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const options = { iterations: 50, divergence: { permutations: 19 } };
    withLexicon = compare(corpus, loadLexicon(join(BUNDLED, "lexicon.yaml")), options);
    noLexicon = compare(corpus, undefined, options);
  }, 120_000);

  it("has exactly one entry for every result a comparison of the bundled corpus holds, and gets that very result", () => {
    const found = resultsIn(withLexicon);
    expect(found.length).toBeGreaterThan(15);
    for (const result of found) {
      const holders = CATALOGUE.filter((e) => e.get(withLexicon) === result);
      expect({ kind: result.kind, entries: holders.map((e) => e.kind) }).toEqual({ kind: result.kind, entries: [result.kind] });
    }
    // and no entry points at something the comparison does not hold
    expect(CATALOGUE.length).toBe(found.length);
    for (const e of CATALOGUE) expect(e.get(withLexicon)?.kind).toBe(e.kind);
  });

  it("names every table once, with a file-safe name (today's name: the kind)", () => {
    const names = CATALOGUE.map((e) => e.table);
    expect(new Set(names).size).toBe(names.length);
    for (const e of CATALOGUE) {
      expect(e.table).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(e.table).toBe(e.kind);
    }
  });

  it("takes each entry's column docs from COLUMN_DOCS and puts it in a known section; every section has an entry", () => {
    const sections = SECTIONS.map((s) => s.id);
    for (const e of CATALOGUE) {
      expect(e.columns).toBe(COLUMN_DOCS[e.kind]);
      expect(sections).toContain(e.section);
    }
    for (const s of sections) expect(CATALOGUE.some((e) => e.section === s)).toBe(true);
  });

  it("writes a table for every result with a lexicon, in the comparison's order, and their warnings in that order", () => {
    const { tables, skipped } = tablesOf(withLexicon);
    expect(skipped).toEqual([]);
    expect(tables.map((t) => t.name)).toEqual(resultsIn(withLexicon).map((r) => r.kind));
    const warnings = resultsIn(withLexicon).flatMap((r) => (r as unknown as { warnings: unknown[] }).warnings);
    expect(resultWarnings(withLexicon)).toEqual(warnings);
  });

  it("fires the skip rule without a lexicon: no label tables, the lexicon features named, their charts skipped with the reason", () => {
    const { tables, skipped } = tablesOf(noLexicon);
    expect(skipped).toEqual([
      { name: "label-choice", reason: "no label choice (no lexicon)" },
      { name: "label-divergence", reason: "no label divergence (no lexicon)" },
    ]);
    expect(tables.map((t) => t.name)).not.toContain("label-choice");
    expect(tables.length).toBe(CATALOGUE.length - 2);
    // the list analyze prints ("No lexicon: skipped …") before the catalogue held it
    expect(skippedWithoutLexicon()).toEqual(["label choice", "label divergence", "sentiment toward actors/concepts", "frame attention", "actor salience", "labels, emphasis and voice divergence families", "attention over time"]);
    const charts = chartComparison(noLexicon).skipped;
    expect(charts).toContainEqual({ chart: "label-choice", reason: "no label choice (no lexicon)" });
    expect(charts).toContainEqual({ chart: "actor-salience", reason: "no actor salience rows" });
  });

  it("says why an empty result has nothing to show", () => {
    const e = CATALOGUE.find((x) => x.kind === "voice-speakers")!;
    expect(skipReason(e, { kind: "voice-speakers", params: {}, rows: [], warnings: [] })).toBe("no quote rows");
    expect(skipReason(e, withLexicon.voice.speakers)).toBeNull();
  });
});
