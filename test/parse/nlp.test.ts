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
