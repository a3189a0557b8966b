import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLexicon } from "../../src/lexicon/index";
import { parseArticle } from "../../src/parse/parse-article";
import { extractQuotes } from "../../src/quotes/extract";
import { QUOTE_DEFAULTS } from "../../src/quotes/options";
import { quoteArticle } from "../../src/quotes/quote-article";
import { article } from "../helpers";

const lexicon = parseLexicon(`name: t
actors:
  Sergey Lavrov: [Sergey Lavrov, Lavrov]
`, "t.yaml");
const TEXT = '"We are not planning to attack other countries," Lavrov said. He said the talks were over.';

describe("issue 9: quotes are their own stage after parse", () => {
  it("the parse carries no quotes and records only its own options", () => {
    const p = parseArticle(article({ text: TEXT }), lexicon);
    expect("quotes" in p).toBe(false);
    expect(p.options).toEqual({ lineBreaksEndSentences: true });
  });

  it("quoteArticle adds the quotes of that parse and its resolved options, and leaves the parse as it was", () => {
    const p = parseArticle(article({ text: TEXT }), lexicon);
    const before = JSON.stringify(p);
    const q = quoteArticle(p, { minQuoteWords: 5 });
    expect(JSON.stringify(p)).toBe(before);
    expect(q.quotes).toEqual(extractQuotes(p, { minQuoteWords: 5 }));
    expect(q.quotes.speaker).toEqual(["Sergey Lavrov", "Sergey Lavrov"]); // the direct quote and the reported clause
    expect(q.options).toEqual({ lineBreaksEndSentences: true, quotes: { ...QUOTE_DEFAULTS, minQuoteWords: 5 } });
    // everything else is the parse itself
    const { quotes: _q, options: _o, ...rest } = q;
    const { options: _po, ...parseRest } = p;
    expect(rest).toEqual(parseRest);
    expect(rest.tokens).toBe(p.tokens);
  });

  it("the quoted article is frozen, like the parse", () => {
    const q = quoteArticle(parseArticle(article({ text: TEXT }), lexicon));
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.quotes)).toBe(true);
    for (const column of Object.values(q.quotes)) expect(Object.isFrozen(column)).toBe(true);
    expect(Object.isFrozen(q.options)).toBe(true);
    expect(Object.isFrozen(q.options.quotes)).toBe(true);
  });

  it("checks its options with a message naming the option", () => {
    const p = parseArticle(article({ text: TEXT }), lexicon);
    expect(() => quoteArticle(p, { minQuoteWords: 0 })).toThrow("invalid minQuoteWords: 0");
  });

  it("src/parse/ imports nothing from src/quotes/", () => {
    const dir = join(__dirname, "..", "..", "src", "parse");
    const offenders = readdirSync(dir).filter((f) => f.endsWith(".ts") && /from "\.\.\/quotes\//.test(readFileSync(join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
