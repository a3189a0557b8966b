import { join } from "node:path";
import { loadCorpus } from "../../../src/corpus/index";
import { chartLabelChoice } from "../../../src/charts/label-choice";
import { divergence } from "../../../src/features/divergence/index";
import { labelChoice, labelDivergence } from "../../../src/features/terminology/index";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, BUNDLED, profiled } from "../../helpers";

const tiny = parseLexicon(`name: tiny
version: 1
concepts:
  conflict:
    labels:
      war: [war]
      invasion: [invasion]
      special military operation: [special military operation]
  unused:
    labels:
      x: [xylophone]
      y: [yodel]
`, "tiny.yaml");

// a: war 2 (a1, a2), invasion 1 (a1); b: special military operation 1 (b1; b2 names no concept);
// c: war 2, invasion 1 (as a); d: war 1, smo 1. Events: e1 = a1, b1; e2 = a2, b2, c1, d1.
const small: readonly ArticleProfile[] = Object.freeze([
  profiled(article({ id: "a1", outlet: "a", event: "e1", text: "The war began. The invasion went on." }), tiny),
  profiled(article({ id: "a2", outlet: "a", event: "e2", text: "The war was long." }), tiny),
  profiled(article({ id: "b1", outlet: "b", event: "e1", text: "The special military operation began." }), tiny),
  profiled(article({ id: "b2", outlet: "b", event: "e2", text: "Talks went on." }), tiny),
  profiled(article({ id: "c1", outlet: "c", event: "e2", text: "War and invasion. War again." }), tiny),
  profiled(article({ id: "d1", outlet: "d", event: "e2", text: "A war, or a special military operation." }), tiny),
]);

describe("labelChoice (hand counted)", () => {
  const r = labelChoice(small, tiny);
  const row = (outlet: string, label: string, concept = "conflict") => r.rows.find((x) => x.outlet === outlet && x.label === label && x.concept === concept && x.voice === "own")!;

  it("counts each outlet's labels and their shares of its uses of the concept", () => {
    expect(r.kind).toBe("label-choice");
    expect(row("a", "war")).toEqual({ event: "(all)", concept: "conflict", outlet: "a", label: "war", count: 2, total: 3, share: 2 / 3, voice: "own", articleIds: ["a1", "a2"] });
    expect(row("a", "invasion")).toMatchObject({ count: 1, share: 1 / 3, articleIds: ["a1"] });
    expect(row("b", "special military operation")).toMatchObject({ count: 1, total: 1, share: 1, articleIds: ["b1"] });
  });
  it("has a zero row for a label an outlet never writes", () => {
    expect(row("a", "special military operation")).toMatchObject({ count: 0, total: 3, share: 0, articleIds: [] });
    expect(row("b", "invasion")).toMatchObject({ count: 0, share: 0 });
  });
  it("orders rows by concept (lexicon order), outlet, voice, label (lexicon order)", () => {
    expect(r.rows.slice(0, 4).map((x) => `${x.outlet}:${x.voice}:${x.label}`)).toEqual(["a:own:war", "a:own:invasion", "a:own:special military operation", "a:direct:war"]);
    // 4 outlets × 3 voices × (3 + 2 labels); no quotes here, so direct and scare rows are all zero
    expect(r.rows.length).toBe(4 * 3 * (3 + 2));
    expect(r.rows.filter((x) => x.voice !== "own").every((x) => x.count === 0 && x.total === 0 && x.share === null)).toBe(true);
    expect(r.params.voices).toEqual(["own", "direct", "scare"]);
    expect(r.params.labelVoice).toBe("own");
    expect(r.params.concepts).toEqual([{ id: "conflict", labels: ["war", "invasion", "special military operation"] }, { id: "unused", labels: ["x", "y"] }]);
    expect(r.params.lexicon).toEqual({ name: "tiny", version: "1", hash: tiny.hash });
  });
  it("gives a concept no outlet uses zero counts, null shares and a warning, never NaN", () => {
    const unused = r.rows.filter((x) => x.concept === "unused");
    expect(unused.every((x) => x.count === 0 && x.total === 0 && x.share === null)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain("concept-unused");
    expect(r.warnings.find((w) => w.code === "concept-unused")!.message).toMatch(/no outlet refers to concept "unused"/);
    expect(JSON.stringify(r.rows)).not.toMatch(/NaN/);
    expect(r.rows.some((x) => Number.isNaN(x.share))).toBe(false);
  });
  it("counts within each event on request, and says which outlets an event lacks", () => {
    const e = labelChoice(small, tiny, { byEvent: true, concepts: ["conflict"] });
    expect(e.rows.filter((x) => x.event === "e1" && x.voice === "own").map((x) => x.outlet)).toEqual(["a", "a", "a", "b", "b", "b"]);
    expect(e.rows.find((x) => x.event === "e2" && x.outlet === "a" && x.label === "war" && x.voice === "own")).toMatchObject({ count: 1, total: 1, articleIds: ["a2"] });
    expect(e.warnings.find((w) => w.code === "outlet-missing-from-event")!.message).toMatch(/1 of 2 events lack some outlets \(event "e1": "c", "d"\)/);
  });
  it("gives one warning per concept, not one per event", () => {
    const e = labelChoice(small, tiny, { byEvent: true });
    expect(e.warnings.map((w) => w.code)).toEqual(["outlet-missing-from-event", "concept-not-used-by-outlet", "concept-unused"]);
    expect(e.warnings[1].message).toMatch(/in 1 of 2 events some outlets never refer to concept "conflict" \(event "e2": "b"\)/);
    expect(e.warnings[2].message).toMatch(/no outlet refers to concept "unused" in any event/);
  });
  it("checks its options and the lexicon the articles were parsed with", () => {
    expect(() => labelChoice(small, tiny, { concepts: ["nope"] })).toThrow(/invalid concepts: "nope" is not a concept of lexicon "tiny"/);
    expect(() => labelChoice(small, tiny, { byEvent: "yes" as never })).toThrow(/invalid byEvent/);
    expect(() => labelChoice(small, tiny, { labelVoice: "quoted" as never })).toThrow(/invalid labelVoice: quoted \(use "own", "direct", "scare"\)/);
    const bare = profiled(article({ text: "The war." }));
    expect(() => labelChoice([bare], tiny)).toThrow(/parsed without a lexicon/);
    const other = parseLexicon("concepts:\n  conflict:\n    labels:\n      war: [war]\n");
    expect(() => labelChoice(small, other)).toThrow(/re-parse the corpus/);
  });
  it("gives the same output twice", () => {
    expect(JSON.stringify(labelChoice(small, tiny))).toBe(JSON.stringify(r));
  });
});

describe("labelDivergence (hand computed)", () => {
  const r = labelDivergence(small, tiny, { concepts: ["conflict", "unused"] });
  const pair = (a: string, b: string, concept = "conflict") => r.rows.find((x) => x.concept === concept && x.outletA === a && x.outletB === b)!;

  it("is 0 for identical label distributions and 1 for disjoint ones", () => {
    expect(pair("a", "c").jsd).toBe(0); // a = c = (2/3, 1/3, 0)
    expect(pair("a", "b").jsd).toBe(1); // (2/3, 1/3, 0) vs (0, 0, 1)
  });
  it("matches a hand computation (scipy: jensenshannon(p, q, base=2)**2 = 0.4252835873133534)", () => {
    // P = a = (2/3, 1/3, 0), Q = d = (1/2, 0, 1/2), M = (7/12, 1/6, 1/4)
    // KL(P‖M) = 2/3·log2((2/3)/(7/12)) + 1/3·log2((1/3)/(1/6)) = 2/3·log2(8/7) + 1/3
    // KL(Q‖M) = 1/2·log2((1/2)/(7/12)) + 1/2·log2((1/2)/(1/4)) = 1/2·log2(6/7) + 1/2
    const expected = 0.5 * ((2 / 3) * Math.log2(8 / 7) + 1 / 3) + 0.5 * (0.5 * Math.log2(6 / 7) + 0.5);
    expect(pair("a", "d").jsd).toBeCloseTo(expected, 12);
    expect(pair("a", "d").jsd).toBeCloseTo(0.4252835873133534, 12);
    expect(pair("a", "d")).toMatchObject({ totalA: 3, totalB: 2, articleIdsA: ["a1", "a2"], articleIdsB: ["d1"] });
  });
  it("is symmetric: renaming the outlets so the pair swaps gives the same value", () => {
    const swapped = small.map((p) => ({ ...p, outlet: p.outlet === "a" ? "z" : p.outlet }));
    const s = labelDivergence(swapped, tiny, { concepts: ["conflict"] });
    expect(s.rows.find((x) => x.outletA === "d" && x.outletB === "z")!.jsd).toBe(pair("a", "d").jsd);
  });
  it("gives null and a warning when an outlet never refers to the concept", () => {
    expect(r.rows.filter((x) => x.concept === "unused").every((x) => x.jsd === null)).toBe(true);
    expect(r.warnings.find((w) => w.code === "concept-unused")!.message).toMatch(/concept "unused".*jsd null/);
  });
  it("smooths only on request, and checks the option", () => {
    expect(labelDivergence(small, tiny, { concepts: ["conflict"], smoothing: 1 }).rows[0].jsd).toBeLessThan(pair("a", "b").jsd!);
    expect(() => labelDivergence(small, tiny, { smoothing: -1 })).toThrow(/invalid smoothing/);
  });
});

describe("label choice on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  const lexicon = loadLexicon(join(BUNDLED, "lexicon.yaml"));
  beforeAll(async () => {
    const corpus = await loadCorpus(BUNDLED);
    parsed = corpus.articles.map((a) => profiled(a, lexicon));
  });

  it("TASS calls the conflict a special military operation and never an invasion", () => {
    const r = labelChoice(parsed, lexicon, { concepts: ["conflict"] });
    const tass = r.rows.filter((x) => x.outlet === "tass" && x.voice === "own");
    expect(tass.filter((x) => x.count > 0).map((x) => x.label)).toContain("special military operation");
    expect(tass.find((x) => x.label === "invasion")).toMatchObject({ count: 0, share: 0 });
    expect(tass.find((x) => x.label === "special military operation")!.articleIds).toEqual(["004_a6941b140a9282af"]);
    expect(r.rows.find((x) => x.outlet === "yahoo" && x.label === "invasion" && x.voice === "own")!.count).toBeGreaterThan(0);
  });
  it("TASS writes Kiev and Yahoo Kyiv: the capital's label divergence is 1", () => {
    const r = labelDivergence(parsed, lexicon, { concepts: ["capital"] });
    expect(r.rows.find((x) => x.outletA === "tass" && x.outletB === "yahoo")!.jsd).toBe(1);
  });
  it("gives the same output twice", () => {
    expect(JSON.stringify(labelDivergence(parsed, lexicon))).toBe(JSON.stringify(labelDivergence(parsed, lexicon)));
  });
});

describe("issue 11 finding 6: label choice by voice", () => {
  const lex = parseLexicon(`name: voiced
version: 1
concepts:
  conflict:
    labels:
      invasion: [invasion]
      special military operation: [special military operation]
`, "voiced.yaml");
  // tass writes the label in its own words; bbc only in scare quotes, and "invasion" in its own;
  // cnn quotes a speaker who says it, and writes "invasion" itself.
  const ps: readonly ArticleProfile[] = Object.freeze([
    profiled(article({ id: "t1", outlet: "tass", text: "The special military operation continued. The special military operation went on." }), lex),
    profiled(article({ id: "b1", outlet: "bbc", text: 'Moscow calls it a "special military operation". The invasion continued.' }), lex),
    profiled(article({ id: "c1", outlet: "cnn", text: '"The special military operation will go on until its goals are met," Peskov told reporters on Friday. The invasion went on.' }), lex),
  ]);
  const r = labelChoice(ps, lex);
  const row = (outlet: string, voice: string, label = "special military operation") => r.rows.find((x) => x.outlet === outlet && x.voice === voice && x.label === label)!;

  it("an outlet that writes the label only in scare quotes gets own-voice share 0, and its scare-voice count shows it", () => {
    // own voice: bbc 1 use of the concept (invasion), none of the label → 0 / 1
    expect(row("bbc", "own")).toMatchObject({ count: 0, total: 1, share: 0, articleIds: [] });
    expect(row("bbc", "own", "invasion")).toMatchObject({ count: 1, total: 1, share: 1 });
    // scare voice: 1 of 1 (the share all voices together would have given: 1 / 2)
    expect(row("bbc", "scare")).toMatchObject({ count: 1, total: 1, share: 1, articleIds: ["b1"] });
    expect(row("bbc", "direct")).toMatchObject({ count: 0, total: 0, share: null });
  });
  it("a label inside a direct quote is the speaker's, not the outlet's", () => {
    expect(row("cnn", "direct")).toMatchObject({ count: 1, total: 1, share: 1, articleIds: ["c1"] });
    expect(row("cnn", "own")).toMatchObject({ count: 0, total: 1, share: 0 });
    expect(row("tass", "own")).toMatchObject({ count: 2, total: 2, share: 1, articleIds: ["t1"] });
  });
  it("label divergence compares own words by default, the other voices on request", () => {
    const own = labelDivergence(ps, lex);
    // own: tass (0, 2) vs bbc (1, 0): disjoint, JSD 1 (all voices: (0, 2) vs (1, 1) → 0.311)
    expect(own.rows.find((x) => x.outletA === "bbc" && x.outletB === "tass")).toMatchObject({ voice: "own", jsd: 1, totalA: 1, totalB: 2 });
    const scare = labelDivergence(ps, lex, { labelVoice: "scare" });
    expect(scare.params.labelVoice).toBe("scare");
    // in scare quotes only bbc uses the concept: its pairs are null, with a warning that says which voice
    expect(scare.rows.every((x) => x.voice === "scare" && x.jsd === null)).toBe(true);
    expect(scare.warnings.find((w) => w.code === "concept-not-used-by-outlet")!.message).toMatch(/never refer to concept "conflict" inside scare quotes/);
  });
  it("warns when an outlet refers to a concept only inside quotes", () => {
    const quotedOnly = labelChoice([ps[0], profiled(article({ id: "b2", outlet: "bbc", text: 'Moscow calls it a "special military operation".' }), lex)], lex);
    expect(quotedOnly.warnings.find((w) => w.code === "concept-only-quoted")!.message).toMatch(/refer to concept "conflict" only inside quotes \(event "\(all\)": "bbc"\)/);
    expect(quotedOnly.rows.find((x) => x.outlet === "bbc" && x.voice === "own")!.share).toBeNull();
  });
  it("the chart draws own words by default, another voice on request", () => {
    const data = (voice?: "own" | "direct" | "scare") => {
      const d = chartLabelChoice(r, "conflict", voice ? { voice } : {}).data;
      const col = (name: string) => d.columns.indexOf(name);
      return d.rows.filter((x) => x[col("outlet")] === "bbc" && x[col("label")] === "special military operation").map((x) => [x[col("voice")], x[col("count")], x[col("share")]]);
    };
    expect(data()).toEqual([["own", 0, 0]]);
    expect(data("scare")).toEqual([["scare", 1, 1]]);
    expect(JSON.stringify(chartLabelChoice(r, "conflict").figure)).toMatch(/calls “conflict” in its own words/);
    expect(() => chartLabelChoice(r, "conflict", { voice: "all" as never })).toThrow(/invalid voice: all/);
  });
  it("the divergence family's labels measure counts own words only", () => {
    const opts = { iterations: 20, permutations: 19 } as const;
    const labels = (profiles: readonly ArticleProfile[]) => divergence(profiles, lex, opts).rows.find((x) => x.family === "labels" && x.scope === "pooled" && x.outletA === "bbc" && x.outletB === "tass")!.value;
    // own words: bbc (1, 0) vs tass (0, 2), one concept: JSD 1
    expect(labels(ps)).toBe(1);
    // dropping bbc's scare-quoted use changes nothing
    const plain = ps.map((p) => (p.id === "b1" ? profiled(article({ id: "b1", outlet: "bbc", text: "Moscow spoke. The invasion continued." }), lex) : p));
    expect(labels(plain)).toBe(labels(ps));
  });
});
