import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/corpus/types";

export const BUNDLED = join(__dirname, "..", "corpus", "antalya-2022-03-10");

/** An article built by hand (no loader), for tests of later stages. */
export function article(fields: Partial<Article> & { text: string }): Article {
  return Object.freeze({
    id: "a1", outlet: "o1", language: "en", originalLanguage: "unknown", translated: "unknown" as const,
    meta: {}, source: { file: "test" }, ...fields,
  });
}

/** A bundled seed text read straight from disk. */
export function seedText(prefix: string): string {
  const names: Record<string, string> = {
    "000": "000_bc240690d0cf4bef.txt", "001": "001_02b74d511cd9fb5c.txt", "002": "002_04b0168f2edf53ea.txt",
    "003": "003_7083e41dbd905e29.txt", "004": "004_a6941b140a9282af.txt",
  };
  return readFileSync(join(BUNDLED, names[prefix]), "utf8");
}
