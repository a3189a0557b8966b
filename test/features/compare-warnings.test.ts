import type { Article, Corpus } from "../../src/corpus/types";
import { compare } from "../../src/features/compare";
import { article } from "../helpers";

const story = (k: number) => `Officials in the capital said on Monday that the talks about grain corridor number ${k} would resume next week after a long pause, according to a statement. The statement added that ministers from both sides would meet in the city to discuss the shipments and the inspections at the ports.`;

function corpusOf(copies: number): Corpus {
  const articles: Article[] = [];
  for (let k = 0; k < copies; k++) for (const o of ["wire", "paper"]) articles.push(article({ id: `${o}-${k}`, outlet: o, event: `e${k}`, text: story(k) }));
  return Object.freeze({ path: "mem", format: "jsonl", articles, outlets: [{ id: "paper", label: "paper", meta: {} }, { id: "wire", label: "wire", meta: {} }], warnings: [], skipped: [] }) as Corpus;
}

describe("issue 8 finding 3: copied-story warnings stay readable on a syndicated corpus", () => {
  const opts = { iterations: 20, divergence: { permutations: 9 } };
  it("names each copied pair when there are few", () => {
    const w = compare(corpusOf(3), undefined, opts).warnings.filter((x) => x.code === "copied-story");
    expect(w).toHaveLength(3);
    expect(w[0].message).toMatch(/^articles "paper-0" \(paper\) and "wire-0" \(wire\) share \d+% of their wording/);
  });
  it("gives one warning with the count and examples when there are many", () => {
    const w = compare(corpusOf(12), undefined, opts).warnings.filter((x) => x.code === "copied-story");
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^12 article pairs from different outlets share most of their wording/);
    expect(w[0].hint).toMatch(/coverage-shared-wording\.csv/);
  });
});
