import { parseArticle } from "../../src/parse";
import { DOCS_PER_INSTANCE, nlp, readDoc } from "../../src/parse/nlp";
import { article } from "../helpers";

const tokensOf = (text: string) => parseArticle(article({ text })).tokens.value;

describe("issue 8 property: an article's tokens do not depend on the articles read before it", () => {
  it('"LAVROV’S. ok" read first no longer makes wink keep "LAVROV’S" whole in "He met LAVROV’S team."', () => {
    const before = tokensOf("He met LAVROV’S team.");
    expect(before).toEqual(["He", "met", "LAVROV", "’S", "team", "."]);
    expect(tokensOf("LAVROV’S. ok")).toEqual(["LAVROV’S", ".", "ok"]); // wink's own reading before a full stop
    expect(tokensOf("He met LAVROV’S team.")).toEqual(before);
  });

  it("a fresh wink instance after DOCS_PER_INSTANCE documents reads the same way", () => {
    const first = nlp();
    const text = "Kuleba’s aide met LAVROV’S team in Zorblaxville.";
    const before = JSON.stringify(parseArticle(article({ text })));
    for (let i = 0; i <= DOCS_PER_INSTANCE; i++) readDoc(`Zorblax${i % 7}’S. ok`);
    expect(nlp()).not.toBe(first);
    expect(JSON.stringify(parseArticle(article({ text })))).toBe(before);
  });
});

describe("issue 8: many wink instances in one process stay cheap", () => {
  it("the model's CER machines load once, so the 30th instance loads what the first did", () => {
    const { winkModel } = jest.requireActual<typeof import("../../src/parse/nlp")>("../../src/parse/nlp");
    const sizes: number[] = [];
    for (let i = 0; i < 30; i++) sizes.push(((winkModel() as unknown as { metaCER: () => { machines: string } }).metaCER()).machines.length);
    expect(new Set(sizes).size).toBe(1);
    // the model's own metaCER (what a fresh load calls) doubles its escaping on every call
    const raw = require("wink-eng-lite-web-model") as { metaCER: () => { machines: string } };
    const a = raw.metaCER().machines.length, b = raw.metaCER().machines.length;
    expect(b).toBeGreaterThan(a);
  });
});
