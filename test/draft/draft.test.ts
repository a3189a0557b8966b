import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { draftActors, draftLabelSets, draftLexicon, draftOptions, draftYaml, DRAFT_DEFAULTS, GENERIC_FRAMES, commentText, yamlString } from "../../src/draft/index";
import { nameInventory } from "../../src/features/terminology/names";
import { pairedDistinctiveTerms } from "../../src/features/terminology/paired-terms";
import { transliterationVariants } from "../../src/features/terminology/variants";
import { compileLexicon, findLexiconHits, fold, parseLexicon } from "../../src/lexicon/index";
import type { ArticleProfile } from "../../src/profile/types";
import { article, profiled } from "../helpers";

const build = (xs: { id: string; outlet: string; event?: string; text: string }[]): readonly ArticleProfile[] => Object.freeze(xs.map((x) => profiled(article(x))));

describe("issue 12: half the features need a lexicon and nothing helps write one", () => {
  describe("actors", () => {
    // Sergey in outlets a and c, Sergei in b: one name, two spellings, three outlets
    const profiles = build([
      { id: "a1", outlet: "a", event: "e", text: "Foreign Minister Sergey Lavrov met officials in Antalya. Later Sergey Lavrov spoke." },
      { id: "b1", outlet: "b", event: "e", text: "Foreign Minister Sergei Lavrov met officials in Antalya." },
      { id: "c1", outlet: "c", event: "e", text: "On Thursday, Foreign Minister Sergey Lavrov met officials in Antalya." },
    ]);
    const inventory = nameInventory(profiles);
    const { actors } = draftActors(profiles, inventory, transliterationVariants(profiles).rows, DRAFT_DEFAULTS);
    const byName = new Map(actors.map((a) => [a.name, a]));

    it("groups the spellings the variants logic pairs into one actor, the most used first, with counts per outlet", () => {
      const sergey = actors.find((a) => a.variants.includes("Sergei"));
      // Sergey: a 2 + c 1 = 3 uses in 2 outlets; Sergei: b 1 → Sergey is the name
      expect(sergey).toMatchObject({ name: "Sergey", variants: ["Sergey", "Sergei"], count: 4 });
      expect(sergey!.outlets).toEqual([{ outlet: "a", count: 2 }, { outlet: "b", count: 1 }, { outlet: "c", count: 1 }]);
      expect(sergey!.pairs.map((p) => [p.formA, p.formB])).toEqual([["Sergey", "Sergei"]]);
      expect(byName.has("Sergei")).toBe(false);
    });

    it("keeps names used at least minCount times, drops days, and sorts by uses", () => {
      // Lavrov 4, Foreign 3, Minister 3, Antalya 3; Thursday is a day; Later/On are sentence-initial only
      expect(byName.get("Lavrov")).toMatchObject({ count: 4, variants: ["Lavrov"] });
      expect(byName.has("Thursday")).toBe(false);
      expect(byName.has("Later")).toBe(false);
      expect(actors.map((a) => a.count)).toEqual([...actors.map((a) => a.count)].sort((x, y) => y - x));
      const few = draftActors(profiles, inventory, transliterationVariants(profiles).rows, draftOptions({ minCount: 5 })).actors;
      expect(few).toEqual([]);
    });

    it("lists a derived form under its base instead of as an actor (Russian of Russia)", () => {
      const ps = build([
        { id: "a1", outlet: "a", text: "Officials in Russia said Russia would talk. The Russian side agreed with Russia." },
        { id: "b1", outlet: "b", text: "Officials in Russia said the Russian army moved." },
      ]);
      const r = draftActors(ps, nameInventory(ps), [], DRAFT_DEFAULTS).actors;
      expect(r.map((a) => a.name)).toEqual(["Russia"]);
      expect(r[0].derived).toEqual([{ form: "Russian", count: 2 }]);
    });
  });

  describe("candidate label sets", () => {
    // within one event, outlet x writes "invasion" and y "operation", in the same frames of words
    const say = (label: string) => `Troops began the brutal ${label} continues near Kharkiv. Reporters described the brutal ${label} continues again. Residents said the brutal ${label} continues.`;
    const shared = "Officials discussed talks, ceasefire, corridors and prisoners at length today.";
    const profiles = build([
      { id: "x1", outlet: "x", event: "e1", text: `${say("invasion")} ${shared}` },
      { id: "x2", outlet: "x", event: "e1", text: `${say("invasion")} ${shared}` },
      { id: "x3", outlet: "x", event: "e1", text: `${say("invasion")} ${shared}` },
      { id: "y1", outlet: "y", event: "e1", text: `${say("operation")} ${shared}` },
      { id: "y2", outlet: "y", event: "e1", text: `${say("operation")} ${shared}` },
      { id: "y3", outlet: "y", event: "e1", text: `${say("operation")} ${shared}` },
    ]);
    const paired = pairedDistinctiveTerms(profiles);
    const { sets } = draftLabelSets(profiles, nameInventory(profiles), paired.rows, DRAFT_DEFAULTS);

    it("sets terms that lean to different outlets of one event and share context together, with their evidence", () => {
      const set = sets.find((s) => s.labels.some((l) => l.term === "invasion"));
      expect(set).toBeDefined();
      expect(set!.labels.map((l) => [l.term, l.outlet])).toEqual([["invasion", "x"], ["operation", "y"]]);
      // both are written after "brutal" and before "continue" (lemma)
      expect(set!.sharedContext).toEqual(expect.arrayContaining(["brutal", "continue"]));
      const z = (outlet: string, term: string) => paired.rows.find((r) => r.outlet === outlet && r.term === term && r.n === 1)!.z;
      expect(set!.labels[0].z).toBe(z("x", "invasion"));
      expect(set!.labels[0].countTarget).toBe(9); // three uses in each of x's three articles
      expect(set!.labels[0].z).toBeGreaterThanOrEqual(DRAFT_DEFAULTS.minZ);
      expect(z("y", "invasion")).toBeLessThan(0);
      expect(set!.id).toBe("invasion_operation");
    });

    it("proposes nothing when the two outlets never cover one event", () => {
      // x and y lean as before, each against z, but in different events
      const apart = build([
        ...["x1", "x2", "x3"].map((id) => ({ id, outlet: "x", event: "e1", text: `${say("invasion")} ${shared}` })),
        ...["y1", "y2", "y3"].map((id) => ({ id, outlet: "y", event: "e2", text: `${say("operation")} ${shared}` })),
        ...["z1", "z2"].map((id, k) => ({ id, outlet: "z", event: `e${k + 1}`, text: `Troops began the brutal fighting near Kharkiv. ${shared}` })),
      ]);
      const rows = pairedDistinctiveTerms(apart).rows;
      expect(rows.find((r) => r.outlet === "x" && r.term === "invasion")!.z).toBeGreaterThan(0);
      expect(draftLabelSets(apart, nameInventory(apart), rows, DRAFT_DEFAULTS).sets.filter((s) => s.labels.some((l) => l.outlet === "x") && s.labels.some((l) => l.outlet === "y"))).toEqual([]);
    });

    it("writes YAML that parses and validates as a lexicon with the same entries", () => {
      const d = draftLexicon(profiles, "test corpus: #1");
      const lex = parseLexicon(draftYaml(d), "draft.yaml");
      expect(lex.name).toBe("test corpus: #1");
      expect(lex.concepts.map((c) => c.id)).toEqual(d.labelSets.map((s) => s.id));
      expect(lex.concepts[0].labels.map((l) => l.variants)).toEqual([["invasion"], ["operation"]]);
      expect(lex.actors.map((a) => [a.name, a.variants])).toEqual(d.actors.map((a) => [a.name, a.variants]));
      expect(lex.frames.map((f) => f.id)).toEqual(["conflict", "human_interest", "economic_consequences", "morality", "responsibility"]);
      // every entry is marked for review
      const yaml = draftYaml(d);
      expect(yaml.match(/^ {2}# REVIEW/gm)!.length).toBe(d.actors.length + d.labelSets.length + d.frames.length);
    });
  });

  it("gives the generic frames one owner per cue and a citation", () => {
    const cues = GENERIC_FRAMES.flatMap((f) => f.cues.map(fold));
    expect(new Set(cues).size).toBe(cues.length);
    for (const f of GENERIC_FRAMES) expect(f.source).toMatch(/Semetko & Valkenburg \(2000\)/);
  });

  it("checks its options", () => {
    expect(() => draftOptions({ minCount: 0 })).toThrow(/invalid minCount: 0/);
    expect(() => draftOptions({ maxLabels: 1 })).toThrow(/invalid maxLabels/);
    expect(() => draftOptions({ minZ: Number.NaN })).toThrow(/invalid minZ/);
    expect(draftOptions({ minCount: 7 }).minCount).toBe(7);
  });

  describe("YAML text", () => {
    it("reads any string back as itself (property)", () => {
      fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (s, t) => {
        expect(parseYaml(`k: [${yamlString(s)}]\n${yamlString(t + "x")}: ${yamlString(s)}\n`)).toEqual({ k: [s], [t + "x"]: s });
      }), { numRuns: 300 });
    });
    it("keeps a comment on one line (property)", () => {
      fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
        const doc = `# ${commentText(s)}\nk: 1\n`;
        expect(parseYaml(doc)).toEqual({ k: 1 });
      }), { numRuns: 300 });
    });
    it("writes plain words plain and quotes the rest", () => {
      expect(yamlString("Kyiv")).toBe("Kyiv");
      expect(yamlString("cease-fire")).toBe("cease-fire");
      expect(yamlString("No")).toBe('"No"');
      expect(yamlString("-Lavrov")).toBe('"-Lavrov"');
      expect(yamlString("a: #b")).toBe('"a: #b"');
    });
  });
});
