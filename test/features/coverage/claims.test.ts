import { join } from "node:path";
import { loadCorpus } from "../../../src/corpus/index";
import { coverageClaims, type ClaimRow, type CoverageClaims } from "../../../src/features/coverage/claims";
import { coverageOptions } from "../../../src/features/coverage/options";
import { claimSets, claimsByArticle } from "../../../src/features/coverage/sets";
import { sharedWording } from "../../../src/features/coverage/shared";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
import type { Article } from "../../../src/corpus/types";
import type { Lexicon } from "../../../src/lexicon/types";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, BUNDLED, parseQuoted } from "../../helpers";

/** Parse, quote and profile one article: the input the coverage reduce takes. */
const profiled = (a: Article, lexicon?: Lexicon): ArticleProfile => profileArticle(parseQuoted(a, lexicon), lexicon);

/** The claim holding sentence `sentence` of the article whose id starts with `prefix`. */
function claimOf(r: CoverageClaims, prefix: string, match: RegExp): ClaimRow | undefined {
  return r.rows.find((row) => row.cells.some((c) => c.articleId.startsWith(prefix) && match.test(c.text)));
}

describe("coverageClaims on the bundled Antalya corpus (issue 4)", () => {
  let parsed: ArticleProfile[];
  let sentenceTexts: Map<string, readonly string[]>;
  let r: CoverageClaims;
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
    const quoted = corpus.articles.map((a) => parseQuoted(a, lexicon));
    sentenceTexts = new Map(quoted.map((q) => [q.id, q.sentences.text]));
    parsed = quoted.map((q) => profileArticle(q, lexicon));
    r = coverageClaims(parsed);
  });

  it("makes the failed ceasefire talks one claim carried by at least four of the five outlets", () => {
    const c = claimOf(r, "001", /“No progress” has been made on the ceasefire/)!;
    expect(c.nOutlets).toBeGreaterThanOrEqual(4);
    expect(c.cells.some((x) => x.outlet === "yahoo" && /no progress was made on a cease-fire/.test(x.text))).toBe(true);
    expect(c.outlets).toEqual(expect.arrayContaining(["src000", "src001", "src003", "yahoo"]));
  });
  it("finds the hospital strike casualties (“three people were killed”) absent from TASS", () => {
    const in000 = claimOf(r, "000", /three people were killed/)!;
    const in001 = claimOf(r, "001", /three people were killed/)!;
    for (const c of [in000, in001]) {
      expect(c.outlets).not.toContain("tass");
      expect(c.cells.filter((x) => x.outlet === "tass")).toEqual([]);
    }
  });
  it("keeps TASS's background paragraphs (the February decrees) unique to TASS", () => {
    const background = [/On February 21, Russian President Vladimir Putin signed decrees/, /February 17/, /On February 18/, /February 19/, /February 24/, /Putin met with DPR and LPR/];
    for (const m of background) {
      const c = claimOf(r, "004", m)!;
      expect(c.outlets).toEqual(["tass"]);
      expect(c.unique).toBe(true);
    }
  });
  it("leaves page furniture and headline-only groups out", () => {
    const texts = r.rows.flatMap((row) => row.cells.map((c) => c.text));
    for (const furniture of ["20220310", "All news", "/TASS/.", "By Editor", "Leave a Reply", "source site-34"]) expect(texts).not.toContain(furniture);
    expect(texts.some((t) => t.startsWith("https://"))).toBe(false);
    for (const row of r.rows) expect(row.cells.some((c) => !c.headline)).toBe(true);
  });
  it("puts every aligned sentence in exactly one claim, with provenance", () => {
    const seen = new Set<string>();
    for (const row of r.rows) {
      expect(row.event).toBe("antalya-talks-2022-03-10");
      expect(row.eventOutlets).toBe(5);
      expect(row.share).toBeCloseTo(row.nOutlets / 5, 12);
      expect(row.articleIds).toEqual([...new Set(row.cells.map((c) => c.articleId))].sort());
      for (const c of row.cells) {
        const key = `${c.articleId}/${c.sentence}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(sentenceTexts.get(c.articleId)![c.sentence]).toBe(c.text);
      }
    }
  });
  it("keeps every sentence's mean cosine to the rest of its claim at or above minFit", () => {
    for (const row of r.rows) {
      if (row.wordings > 1) {
        for (const c of row.cells) expect(c.fit!).toBeGreaterThanOrEqual(0.15 - 1e-9);
        expect(row.cohesion!).toBeGreaterThanOrEqual(0.15 - 1e-9);
      }
      expect(row.cells.find((c) => c.articleId === row.representative.articleId && c.sentence === row.representative.sentence)!.headline).toBe(false);
    }
  });
  it("records its parameters and the lexicon", () => {
    expect(r.kind).toBe("coverage-claims");
    expect(r.params).toMatchObject({ threshold: 0.25, minFit: 0.15, minContentWords: 4, includeHeadline: true, k1: 1.2, b: 0.75, lexicon: { name: "antalya-2022-03-10", version: "1" } });
    expect(r.params.events[0].outlets).toEqual(["src000", "src001", "src003", "tass", "yahoo"]);
    expect(r.warnings).toEqual([]);
  });
  it("does not depend on the order of the input", () => {
    expect(JSON.stringify(coverageClaims([...parsed].reverse()))).toBe(JSON.stringify(r));
  });
});

const story = "Foreign ministers met in Antalya on Thursday for talks about a ceasefire.\nThe talks ended without any agreement on the ceasefire or humanitarian corridors.\nThe Turkish foreign minister mediated the meeting between both delegations.";

describe("coverageClaims edge cases", () => {
  it("handles an article of one sentence", () => {
    const r = coverageClaims([profiled(article({ id: "a", outlet: "x", text: "Foreign ministers met in Antalya for ceasefire talks." }))]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ claim: "c1", nOutlets: 1, unique: true, cohesion: null, cells: [{ articleId: "a", sentence: 0, fit: null }] });
  });
  it("shares every claim between two identical articles (coverage 1.0) and flags their shared wording", () => {
    const ps = [profiled(article({ id: "a", outlet: "x", text: story })), profiled(article({ id: "b", outlet: "y", text: story }))];
    const r = coverageClaims(ps);
    expect(r.rows).toHaveLength(3);
    for (const row of r.rows) expect(row.outlets).toEqual(["x", "y"]);
    const sets = claimSets(r);
    const [x, y] = [sets.get("x")!, sets.get("y")!];
    const jaccard = [...x].filter((c) => y.has(c)).length / new Set([...x, ...y]).size;
    expect(jaccard).toBe(1);
    const sw = sharedWording(ps);
    expect(sw.rows).toHaveLength(1);
    expect(sw.rows[0]).toMatchObject({ articleA: "a", articleB: "b", shareA: 1, shareB: 1, copy: true });
  });
  it("warns about an article with no content sentences, which carries no claim", () => {
    const ps = [profiled(article({ id: "a", outlet: "x", text: story })), profiled(article({ id: "e", outlet: "y", text: "20220310\nAll news\n/TASS/." }))];
    const r = coverageClaims(ps);
    expect(r.rows.every((row) => row.outlets.join() === "x")).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-lexicon", "no-content-sentences"]);
    expect(r.warnings[1].message).toMatch(/"e" has no body sentence with 4 or more content words/);
    expect(claimsByArticle(r).get("e")).toEqual([]);
    expect(claimSets(r).get("y")).toEqual(new Set());
  });
  it("warns about one outlet: every claim is unique to it", () => {
    const r = coverageClaims([profiled(article({ id: "a", outlet: "x", text: story })), profiled(article({ id: "b", outlet: "x", text: story }))]);
    expect(r.warnings.map((w) => w.code)).toContain("one-outlet");
    expect(r.rows.every((row) => row.unique && row.articleIds.join() === "a,b")).toBe(true);
  });
  it("never aligns sentences of different events", () => {
    const r = coverageClaims([
      profiled(article({ id: "a", outlet: "x", event: "e1", text: story })),
      profiled(article({ id: "b", outlet: "y", event: "e2", text: story })),
    ]);
    expect(r.rows).toHaveLength(6);
    expect(r.rows.map((row) => row.event)).toEqual(["e1", "e1", "e1", "e2", "e2", "e2"]);
    expect(r.rows.every((row) => row.unique && row.eventOutlets === 1)).toBe(true);
  });
  it("lets a headline join a claim but never form one alone", () => {
    const ps = [
      profiled(article({ id: "a", outlet: "x", title: "Ministers fail to agree on ceasefire in Antalya", text: "Ministers fail to agree on ceasefire in Antalya\nThe mediator thanked both delegations for coming." })),
      profiled(article({ id: "b", outlet: "y", title: "Ministers fail to agree on ceasefire in Antalya", text: "Ministers fail to agree on ceasefire in Antalya\nSnow fell on the mountains near the coastal resort." })),
    ];
    const r = coverageClaims(ps);
    expect(r.rows.map((row) => row.text)).toEqual(["The mediator thanked both delegations for coming.", "Snow fell on the mountains near the coastal resort."]);
    expect(r.rows.flatMap((row) => row.cells).some((c) => c.headline)).toBe(false);
    expect(coverageClaims(ps, { includeHeadline: false }).rows).toEqual(r.rows);
  });
  it("lets a headline join a claim that body sentences form", () => {
    const ps = [
      profiled(article({ id: "a", outlet: "x", title: "Ministers fail to agree on a ceasefire in Antalya", text: "Ministers fail to agree on a ceasefire in Antalya\nSnow fell on the mountains near the coastal resort." })),
      profiled(article({ id: "b", outlet: "y", text: "The ministers failed to agree on a ceasefire in Antalya on Thursday." })),
    ];
    const c = coverageClaims(ps).rows.find((row) => row.nOutlets === 2)!;
    expect(c.cells.map((x) => [x.articleId, x.sentence, x.headline])).toEqual([["a", 0, true], ["b", 0, false]]);
    expect(c.representative).toEqual({ articleId: "b", sentence: 0 });
  });
  it("checks its options", () => {
    expect(() => coverageOptions({ threshold: 0 })).toThrow(/invalid threshold: 0/);
    expect(() => coverageOptions({ threshold: 1.5 })).toThrow(/invalid threshold/);
    expect(() => coverageOptions({ minFit: 0.3 })).toThrow(/invalid minFit: 0.3 \(use a number in \[0, threshold = 0.25\]/);
    expect(coverageOptions({ threshold: 0.1 }).minFit).toBe(0.1);
    expect(() => coverageOptions({ minContentWords: 2.5 })).toThrow(/invalid minContentWords: 2.5/);
    expect(() => coverageOptions({ b: 2 })).toThrow(/invalid b: 2/);
    expect(() => coverageOptions({ k1: -1 })).toThrow(/invalid k1/);
    expect(() => coverageOptions({ includeHeadline: "yes" as never })).toThrow(/invalid includeHeadline: yes/);
  });
  it("refuses articles parsed with different lexicons", () => {
    const l1 = parseLexicon("name: a\nversion: 1\nactors:\n  X: [x]\n"), l2 = parseLexicon("name: b\nversion: 1\nactors:\n  Y: [y]\n");
    expect(() => coverageClaims([profiled(article({ id: "a", text: story }), l1), profiled(article({ id: "b", text: story }), l2)])).toThrow(/different lexicons/);
  });
});
