import { canonicalJson, corpusHash } from "../../src/corpus/index";
import { article } from "../helpers";

describe("corpusHash", () => {
  it("depends on the articles' content, not on where they were read from", () => {
    const a = article({ id: "1", text: "x" });
    expect(corpusHash({ articles: [a] })).toBe(corpusHash({ articles: [{ ...a, source: { file: "elsewhere.csv", line: 9 } }] }));
    expect(corpusHash({ articles: [a] })).not.toBe(corpusHash({ articles: [{ ...a, text: "y" }] }));
    expect(corpusHash({ articles: [a] })).toMatch(/^[0-9a-f]{64}$/);
  });
  it("serialises with sorted keys", () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: "x" }], u: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});
