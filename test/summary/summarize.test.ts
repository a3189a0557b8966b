import type { Corpus } from "../../src/corpus/types";
import { parseLexicon } from "../../src/lexicon";
import { parseArticle } from "../../src/parse";
import { hitKey, lexiconKeys, summarizeCorpus } from "../../src/summary";
import { article } from "../helpers";
import { GENERATED_LEXICON } from "./generated-corpus";

const lexicon = parseLexicon(GENERATED_LEXICON);
const articles = [
  article({ id: "t1", outlet: "tass", event: "e1", text: "Lavrov met Kuleba. Lavrov spoke of no war." }),
  article({ id: "y1", outlet: "yahoo", event: "e1", text: "The invasion goes on, Kuleba said. A humanitarian crisis!" }),
  article({ id: "t2", outlet: "tass", event: "e2", text: "Lavrov, again." }),
];
const corpus: Corpus = {
  path: "mem", format: "jsonl", articles, warnings: [], skipped: [],
  outlets: [{ id: "tass", label: "TASS", meta: {} }, { id: "yahoo", label: "Yahoo News", meta: {} }],
};
const s = summarizeCorpus(corpus, articles.map((a) => parseArticle(a, lexicon)), lexicon);

describe("summarizeCorpus (counts checked by hand)", () => {
  it("counts sentences, tokens and words per article", () => {
    // "Lavrov met Kuleba ." + "Lavrov spoke of no war ." → 2 sentences, 10 tokens, 8 words
    expect(s.articles[0]).toMatchObject({ id: "t1", outletLabel: "TASS", sentences: 2, tokens: 10, words: 8 });
    expect(s.articles[0].hits).toEqual({ actor: 3, concept: 1, frame: 0 });
    expect(s.articles[0].byKey).toEqual({ "actor:Lavrov": 2, "actor:Kuleba": 1, "concept:conflict/war": 1 });
  });
  it("adds articles up per outlet, sorted by outlet id", () => {
    expect(s.outlets.map((o) => [o.outlet, o.label, o.articles, o.sentences])).toEqual([["tass", "TASS", 2, 3], ["yahoo", "Yahoo News", 1, 2]]);
    expect(s.outlets[0].byKey["actor:Lavrov"]).toBe(3);
    expect(s.outlets[1].byKey).toEqual({ "actor:Kuleba": 1, "concept:conflict/invasion": 1, "frame:humanitarian": 1 });
  });
  it("lists events with their outlets", () => {
    expect(s.events).toEqual([{ event: "e1", articles: 2, outlets: ["tass", "yahoo"] }, { event: "e2", articles: 1, outlets: ["tass"] }]);
  });
  it("lists every lexicon key in lexicon order, used or not", () => {
    expect(s.lexiconKeys).toEqual(lexiconKeys(lexicon));
    expect(s.lexiconKeys).toEqual(["actor:Lavrov", "actor:Kuleba", "concept:conflict/war", "concept:conflict/invasion", "frame:humanitarian"]);
    expect(hitKey("frame", "nuclear", "nuclear")).toBe("frame:nuclear");
  });
  it("refuses parses that do not line up with the articles", () => {
    expect(() => summarizeCorpus(corpus, [], lexicon)).toThrow(/0 parses for 3 articles/);
  });
});
