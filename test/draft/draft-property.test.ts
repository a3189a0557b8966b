import fc from "fast-check";
import { draftLexicon, draftYaml } from "../../src/draft/index";
import { compileLexicon, findLexiconHits, parseLexicon } from "../../src/lexicon/index";
import { article, profiled } from "../helpers";

/** Names and ids a real corpus can throw at a YAML writer: quotes, colons, '#', a leading '-', YAML words, scripts, combining marks. */
const NAMES = ["Lavrov", "Sergei", "Sergey", "O'Brien", "Zoë", "Zoe\u0308", "İstanbul", "Đorđe", "Ελλάδα", "Київ", "Kyiv", "Kiev", "No", "Yes", "Null", "True", "Müller's", "Ñandú", "Çavuşoğlu", "Cavusoglu", "Łódź", "Straße", "ǅemal", "ＴＡＳＳ", "Ångström"];
const WRAP = ["", "\"", "'", "#", "-", ":", "“", "«", "*", "@", "&", "!", "%", "|", ">", "[", "{"];
const IDS = ["tass", "- dash", "a: b", "#hash", "quote\"d", "new\nline", "tab\tid", "yes", "null", "Київ", "*star", "{x}", "[y]", "o'neil", " spaced "];

const sentence = fc.tuple(fc.constantFrom(...WRAP), fc.constantFrom(...NAMES), fc.constantFrom(...WRAP), fc.constantFrom(...NAMES), fc.constantFrom("invasion", "operation", "war", "talks", "crisis"))
  .map(([w1, a, w2, b, t]) => `Officials said ${w1}${a}${w1} met ${w2}${b}${w2} about the brutal ${t} on Thursday, and ${a} spoke again.`);

const corpus = fc.array(fc.record({
  outlet: fc.constantFrom(...IDS), event: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }),
}), { minLength: 1, maxLength: 7 });

describe("issue 12: half the features need a lexicon and nothing helps write one (property)", () => {
  it("always writes a draft that parses, validates and compiles as a lexicon, whatever the names and ids", () => {
    fc.assert(fc.property(corpus, fc.constantFrom("corpus", "a: #b", "- x", "yes", "Київ\n"), (articles, name) => {
      const texts = articles.map((a) => a.sentences.join(" "));
      const profiles = articles.map((a, i) => profiled(article({ id: `a${i}`, outlet: a.outlet, ...(a.event !== undefined ? { event: a.event } : {}), text: texts[i] })));
      const draft = draftLexicon(profiles, name, { minCount: 1, minZ: 0.5, minTermCount: 1, minSharedContext: 1 });
      const yaml = draftYaml(draft);
      const lexicon = parseLexicon(yaml, "draft.yaml"); // throws on any problem, as check --lexicon does
      expect(lexicon.name).toBe(name);
      expect(lexicon.actors.map((a) => a.variants)).toEqual(draft.actors.map((a) => a.variants));
      expect(lexicon.concepts.flatMap((c) => c.labels.map((l) => l.label))).toEqual(draft.labelSets.flatMap((s) => s.labels.map((l) => l.term)));
      const matcher = compileLexicon(lexicon);
      for (const t of texts) findLexiconHits(t, matcher);
      // every actor's spellings are found in the texts they came from
      for (const a of lexicon.actors) expect(texts.some((t) => findLexiconHits(t, matcher).some((h) => h.section === "actors" && h.key === a.name))).toBe(true);
    }), { numRuns: 25 });
  }, 120_000);
});
