import { loadCorpus } from "../../src/corpus/index";
import { compare } from "../../src/features/compare";
import { coverageClaims, coverageOmissions, sharedWording } from "../../src/features/coverage/index";
import { actorSalience, frameAttention, mentionPositions, placementByOutlet } from "../../src/features/emphasis/index";
import { loadLexicon } from "../../src/lexicon/index";
import { COLUMN_DOCS, CSV_NOTES, documentedColumns } from "../../src/tables/column-docs";
import { FORMULA_STARTS } from "../../src/tables/formula-guard";
import { idsDoc, intervalDocs } from "../../src/features/column-docs-types";
import { flattenRows } from "../../src/tables/flatten";
import { BUNDLED, parseQuoted, profilesOf } from "../helpers";

interface AnyResult { kind: string; rows: readonly unknown[] }

/** Every object with a string `kind` and a `rows` array, anywhere in `x` (not inside rows). */
function findResults(x: unknown, seen = new Set<unknown>()): AnyResult[] {
  if (typeof x !== "object" || x === null || seen.has(x)) return [];
  seen.add(x);
  const r = x as Partial<AnyResult>;
  if (typeof r.kind === "string" && Array.isArray(r.rows)) return [r as AnyResult];
  if (Array.isArray(x)) return x.flatMap((v) => findResults(v, seen));
  return Object.values(x).flatMap((v) => findResults(v, seen));
}

describe("COLUMN_DOCS", () => {
  let results: AnyResult[];
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    const c = compare(corpus, lexicon, { iterations: 50, divergence: { permutations: 19 } });
    // emphasis and coverage results are not (yet) all part of compare(): run them on the same parsed articles
    const frames = lexicon.frames.map((f) => f.id);
    const found = findResults(c);
    const profiles = profilesOf(corpus.articles.map((a) => parseQuoted(a, lexicon)), lexicon);
    const extra: AnyResult[] = [mentionPositions(profiles), placementByOutlet(profiles), actorSalience(profiles), frameAttention(profiles, frames), coverageClaims(profiles), coverageOmissions(profiles), sharedWording(profiles, { minTokens: 4 })];
    // one result per kind, preferring one with rows (so its columns are checked)
    const byKind = new Map<string, AnyResult>();
    for (const r of [...found, ...extra]) if (!byKind.has(r.kind) || byKind.get(r.kind)!.rows.length === 0) byKind.set(r.kind, r);
    results = [...byKind.values()];
  });

  it("finds the results of compare() and the emphasis and coverage features, each with rows", () => {
    const kinds = results.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["label-choice", "label-divergence", "distinctive-terms", "transliteration-variants", "sentiment-articles", "sentiment-outlets", "sentiment-toward", "sentiment-arc", "divergence", "mention-positions", "placement", "actor-salience", "frame-attention", "coverage-claims", "coverage-omissions", "coverage-shared-wording"]));
    expect(results.filter((r) => r.rows.length === 0).map((r) => r.kind)).toEqual([]);
  });

  // Order is checked too, so that an empty result's header (taken from the docs) matches a full one's;
  // when a feature reorders its row fields, reorder its entry in src/tables/column-docs-*.ts.
  it("documents every flattened column of every result kind, in table order", () => {
    const report = results.map((r) => {
      const columns = flattenRows(r).columns;
      const documented = documentedColumns(r.kind) ?? [];
      return {
        kind: r.kind,
        undocumented: columns.filter((c) => !documented.includes(c)),
        neverProduced: documented.filter((c) => !columns.includes(c)),
        sameOrder: columns.join(",") === documented.join(","),
        documentedKind: documentedColumns(r.kind) !== undefined,
      };
    });
    expect(report).toEqual(results.map((r) => ({ kind: r.kind, undocumented: [], neverProduced: [], sameOrder: true, documentedKind: true })));
  });

  it("says something about every column", () => {
    for (const [kind, docs] of Object.entries(COLUMN_DOCS)) {
      for (const [column, text] of Object.entries(docs)) expect({ kind, column, ok: typeof text === "string" && text.length >= 8 }).toEqual({ kind, column, ok: true });
    }
  });

  it("is frozen and answers undefined for an unknown kind", () => {
    expect(Object.isFrozen(COLUMN_DOCS)).toBe(true);
    expect(Object.isFrozen(COLUMN_DOCS["divergence"])).toBe(true);
    expect(documentedColumns("no-such-kind")).toBeUndefined();
    expect(documentedColumns("toString")).toBeUndefined();
    expect(documentedColumns("sentiment-arc")?.slice(0, 3)).toEqual(["outlet", "bin", "from"]);
  });

  it("documents an interval's three columns and id lists the same way everywhere", () => {
    expect(intervalDocs("mean", "mean score", "when empty")).toEqual({
      "mean.estimate": "mean score (point estimate, on all the data); null when empty",
      "mean.lower": "lower bound of the percentile bootstrap interval of the mean score (level in params.level); null when empty",
      "mean.upper": "upper bound of the percentile bootstrap interval of the mean score (level in params.level); null when empty",
    });
    expect(idsDoc("articles")).toBe("articles, one row per article id in the link table <table>.articles.csv");
  });
});

describe("issue 8 finding 8: CSV_NOTES documents the formula guard", () => {
  const NAMES: Record<string, string> = { "\t": "a tab", "\r": "a carriage return", "\0": "NUL" };

  it("names every guarded first character, the option that turns it off and the CLI flag", () => {
    const note = CSV_NOTES.formulaGuard;
    expect(FORMULA_STARTS.filter((c) => !note.includes(NAMES[c] ?? c))).toEqual([]);
    expect(note).toContain("formulaGuard: false");
    expect(note).toContain("--no-csv-guard");
    expect(note).toContain("-0.25");
  });

  it("is frozen and every note is a sentence about CSV", () => {
    expect(Object.isFrozen(CSV_NOTES)).toBe(true);
    for (const [key, text] of Object.entries(CSV_NOTES)) expect({ key, ok: /^[A-Z][a-z ]+: .+\.$/s.test(text) }).toEqual({ key, ok: true });
  });
});
