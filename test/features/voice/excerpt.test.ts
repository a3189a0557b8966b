import { quoteTable } from "../../../src/features/voice/quotes";
import type { Article } from "../../../src/corpus/types";
import { parseQuoted } from "../../helpers";
import { profileArticle } from "../../../src/profile/profile-article";

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const article = (text: string): Article => Object.freeze({ id: "a", outlet: "o", text, language: "en", originalLanguage: "en", translated: false, meta: {}, source: { file: "x.jsonl", line: 1 } });

describe("issue 8 finding 9: quote excerpts never carry half an emoji", () => {
  it("cuts a long quote between characters, not inside a surrogate pair", () => {
    const quote = "We are ready " + "👍".repeat(200);
    const p = parseQuoted(article(`Kuleba said: "${quote}" He left.`));
    const rows = quoteTable([profileArticle(p, undefined, { voice: { excerptLength: 20 } })], { excerptLength: 20 }).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.excerpt).not.toMatch(LONE);
      expect([...r.excerpt].length).toBeLessThanOrEqual(20);
    }
    // the same cut by UTF-16 code units (what the table did before) lands inside a pair
    const old = quote.slice(0, 14);
    expect(old).toMatch(LONE);
  });
});
