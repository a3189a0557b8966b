import { kwic } from "../../src/kwic/kwic";
import type { Article } from "../../src/corpus/types";
import type { Lexicon } from "../../src/lexicon/types";
import { article } from "../helpers";

const A = (id: string, outlet: string, text: string, more: Partial<Article> = {}) => article({ id, outlet, text, ...more });
const brief = (s: Awaited<ReturnType<typeof kwic>>) => s.outlets.map((o) => [o.outlet, o.total, o.lines.map((l) => `${l.articleId}: ${l.left} [${l.match}] ${l.right}`)]);

describe("kwic: hand-computed concordances", () => {
  const articles = Object.freeze([
    A("b1", "yahoo", "Top Ukrainian and Russian officials failed to agree. Lavrov met Kuleba in Antalya on Thursday."),
    A("a1", "tass", "Mr. Lavrov said Ukraine's army is weak. The talks in Kiev failed!", { event: "e1", title: "Talks" }),
    A("a2", "tass", "Kuleba and Lavrov’s team met.\n\nLavrov\nleft early.", { event: "e2" }),
  ]);

  it("finds whole words, case-insensitively, with the window's words each side, within the sentence", async () => {
    const s = await kwic(articles, "lavrov", { window: 2 });
    expect(s).toMatchObject({ kind: "term", key: "lavrov", total: 4 });
    expect(brief(s)).toEqual([
      // "Mr." is an abbreviation, so "Mr. Lavrov said ..." is one sentence; a possessive matches its stem;
      // a blank line ends a sentence, so the last Lavrov has no left context
      ["tass", 3, ["a1: Mr. [Lavrov] said Ukraine's", "a2: Kuleba and [Lavrov] ’s team", "a2:  [Lavrov] left early."]],
      ["yahoo", 1, ["b1:  [Lavrov] met Kuleba"]],
    ]);
  });

  it("keeps the article's fields on each line", async () => {
    const s = await kwic(articles, "kiev", { window: 8 });
    expect(s.outlets[0].lines[0]).toMatchObject({ articleId: "a1", outlet: "tass", event: "e1", title: "Talks", left: "The talks in", match: "Kiev", right: "failed!" });
  });

  it("a window of 0 gives the match alone", async () => {
    const s = await kwic(articles, "antalya", { window: 0 });
    expect(s.outlets[0].lines[0]).toMatchObject({ left: "", match: "Antalya", right: "" });
  });

  it("* matches letters within a word; curly and straight apostrophes are alike", async () => {
    expect(brief(await kwic(articles, "ukrain*", { window: 1 }))).toEqual([
      ["tass", 1, ["a1: said [Ukraine] 's"]],
      ["yahoo", 1, ["b1: Top [Ukrainian] and"]],
    ]);
    const curly = await kwic(articles, "lavrov's", { window: 1 });
    const straight = await kwic(articles, "Lavrov’s", { window: 1 });
    expect(brief(curly)).toEqual([["tass", 1, ["a2: and [Lavrov’s] team"]]]);
    expect(brief(straight)).toEqual(brief(curly));
  });

  it("a /regex/ matches the text as written", async () => {
    const s = await kwic(articles, "/K[a-z]+ba|Kiev/", { window: 1 });
    expect(brief(s)).toEqual([
      ["tass", 2, ["a1: in [Kiev] failed!", "a2:  [Kuleba] and"]],
      ["yahoo", 1, ["b1: met [Kuleba] in"]],
    ]);
    // case matters unless the flags say otherwise
    expect((await kwic(articles, "/kiev/", {})).total).toBe(0);
    expect((await kwic(articles, "/kiev/i", {})).total).toBe(1);
  });

  it("no line crosses a sentence end: a regex across '. ' or a phrase across a blank line gives none", async () => {
    expect((await kwic(articles, "/agree\\. Lavrov/", {})).total).toBe(0);
    const blank = [A("c", "o", "They said no\n\nLavrov agreed")];
    expect((await kwic(blank, "no lavrov", {})).total).toBe(0);
    expect((await kwic(blank, "said no", {})).total).toBe(1);
    // a hard-wrapped line that goes on in lower case is one sentence
    expect(brief(await kwic(articles, "lavrov left", { window: 1 }))).toEqual([["tass", 1, ["a2:  [Lavrov\nleft] early."]]]);
  });

  it("filters by outlet and by event (articles without an event are left out when events are asked for)", async () => {
    expect(brief(await kwic(articles, "lavrov", { window: 0, outlets: ["yahoo"] }))).toEqual([["yahoo", 1, ["b1:  [Lavrov] "]]]);
    expect(brief(await kwic(articles, "lavrov", { window: 0, events: ["e2"] }))).toEqual([["tass", 2, ["a2:  [Lavrov] ", "a2:  [Lavrov] "]]]);
  });

  it("orders outlets by id and lines by article id and position, whatever the input order", async () => {
    const forward = await kwic(articles, "lavrov", {});
    const backward = await kwic(articles.slice().reverse(), "lavrov", {});
    expect(backward).toEqual(forward);
    expect(forward.outlets.map((o) => o.outlet)).toEqual(["tass", "yahoo"]);
  });

  it("limit keeps a seeded sample per outlet, the same for any input order, and total counts all", async () => {
    const many = Array.from({ length: 30 }, (_, i) => A(`x${String(i).padStart(2, "0")}`, i % 2 ? "odd" : "even", `Kyiv said no. Then Kyiv said yes.`));
    const s1 = await kwic(many, "kyiv", { limit: 4, seed: 7 });
    const s2 = await kwic(many.slice().reverse(), "kyiv", { limit: 4, seed: 7 });
    expect(s2).toEqual(s1);
    expect(s1.outlets.map((o) => [o.outlet, o.total, o.lines.length])).toEqual([["even", 30, 4], ["odd", 30, 4]]);
    const ids = s1.outlets[0].lines.map((l) => `${l.articleId}:${l.start}`);
    expect(ids).toEqual(ids.slice().sort());
    const other = await kwic(many, "kyiv", { limit: 4, seed: 8 });
    expect(other.outlets.map((o) => o.lines.map((l) => `${l.articleId}:${l.start}`))).not.toEqual(s1.outlets.map((o) => o.lines.map((l) => `${l.articleId}:${l.start}`)));
  });

  it("rejects a bad option or pattern with a FramediffError naming it", async () => {
    await expect(kwic(articles, "lavrov", { window: -1 })).rejects.toThrow(/window/);
    await expect(kwic(articles, "lavrov", { limit: 0 })).rejects.toThrow(/limit/);
    await expect(kwic(articles, "...", {})).rejects.toThrow(/no letter or digit/);
    await expect(kwic(articles, "/(/", {})).rejects.toThrow(/not a valid regular expression/);
  });
});

describe("kwic: terms and lexicon entries", () => {
  const lexicon: Lexicon = {
    name: "t", version: "1", hash: "x", frames: [],
    actors: [{ name: "Sergey Lavrov", variants: ["Sergey Lavrov", "Lavrov"] }],
    concepts: [{ id: "place", labels: [{ label: "Sea of Azov", variants: ["Sea of Azov"] }, { label: "Azov", variants: ["Azov"] }] }],
  };
  const articles = [A("a", "o", "Sergey Lavrov spoke of the Sea of Azov. Lavrov said Azov fighters said things. He says so; saying it.")];

  it("an actor is found as the lexicon finds it: the longest variant wins", async () => {
    const s = await kwic(articles, { lexicon, actor: "Sergey Lavrov" }, { window: 1 });
    expect(s).toMatchObject({ kind: "actor", key: "Sergey Lavrov", total: 2 });
    expect(s.outlets[0].lines.map((l) => l.match)).toEqual(["Sergey Lavrov", "Lavrov"]);
  });

  it("a label keeps out of a longer entry of its section (Sea of Azov is not Azov)", async () => {
    const s = await kwic(articles, { lexicon, label: "Azov" }, { window: 1 });
    expect(s.outlets[0].lines.map((l) => `${l.left} [${l.match}] ${l.right}`)).toEqual(["said [Azov] fighters"]);
    await expect(kwic(articles, { lexicon, label: "Black Sea" }, {})).rejects.toThrow(/no label "Black Sea"/);
  });

  it("a lemma term finds its inflections, a surface term only itself", async () => {
    const lemma = await kwic(articles, { term: "say", unit: "lemma" }, { window: 0 });
    expect(lemma.outlets[0].lines.map((l) => l.match)).toEqual(["said", "said", "says", "saying"]);
    const surface = await kwic(articles, { term: "said", unit: "surface" }, { window: 0 });
    expect(surface.total).toBe(2);
  });
});
