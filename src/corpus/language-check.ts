import type { Warning } from "../errors";
import { compareCodeUnits } from "../util/compare";
import { looksEnglish } from "./english";
import type { Article } from "./types";

/** Language values that say English, or say nothing. */
const NOT_A_CLAIM = new Set(["en", "eng", "english", "unknown", "und", ""]);

/** How many example ids a warning names. */
const EXAMPLES = 3;

/** The primary language subtag of a `language` value, lower-cased (`en-GB` → `en`). */
function primary(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0];
}

/** Keeps the `n` smallest ids (code-unit order), so the examples do not depend on input order. */
function keepSmallest(list: string[], id: string, n: number): void {
  if (list.length === n && compareCodeUnits(id, list[n - 1]) >= 0) return;
  let i = list.length;
  while (i > 0 && compareCodeUnits(id, list[i - 1]) < 0) i--;
  list.splice(i, 0, id);
  if (list.length > n) list.pop();
}

/** The streaming English check of a corpus. */
export interface LanguageCheck {
  /** Looks at one valid article. */
  add(article: Article): void;
  /** One warning for the whole corpus, or undefined when every article reads as English and none says otherwise. */
  finish(): Warning | undefined;
}

/**
 * Checks that a corpus is English, one article at a time: an article whose
 * text does not read as English (see looksEnglish; texts under 40 words are
 * not judged) or whose `language` names another language is counted, and
 * `finish` gives one warning for the corpus — how many articles, a few ids
 * (the smallest, so any input order gives the same warning) and which
 * languages they claim — since framediff's measures (sentiment, terms,
 * actors, quotes) are English-only. Holds counts and three ids, never text.
 *
 * @example
 * const check = createLanguageCheck("c.jsonl");
 * for (const a of articles) check.add(a);
 * check.finish(); // => { code: "non-english", message: "2 of 5 articles do not read as English ..." }
 */
export function createLanguageCheck(path: string): LanguageCheck {
  let total = 0, unread = 0, claimed = 0;
  const unreadIds: string[] = [];
  const claimedIds: string[] = [];
  const claims = new Map<string, number>();
  return {
    add(article) {
      total++;
      if (looksEnglish(article.text) === false) {
        unread++;
        keepSmallest(unreadIds, article.id, EXAMPLES);
      }
      if (!NOT_A_CLAIM.has(primary(article.language))) {
        claimed++;
        keepSmallest(claimedIds, article.id, EXAMPLES);
        claims.set(article.language, (claims.get(article.language) ?? 0) + 1);
      }
    },
    finish() {
      if (unread === 0 && claimed === 0) return undefined;
      const ids = (list: string[], n: number) => `${list.map((id) => `"${id}"`).join(", ")}${n > list.length ? ", …" : ""}`;
      const parts: string[] = [];
      if (unread > 0) parts.push(`${unread} of ${total} article${total === 1 ? "" : "s"} ${unread === 1 ? "does" : "do"} not read as English (few English function words: ${ids(unreadIds, unread)})`);
      if (claimed > 0) {
        const langs = [...claims].sort((a, b) => compareCodeUnits(a[0], b[0])).map(([l, n]) => `${l}: ${n}`).join(", ");
        parts.push(`${claimed} article${claimed === 1 ? " gives" : "s give"} a language other than English (${langs}; ${ids(claimedIds, claimed)})`);
      }
      return {
        code: "non-english", file: path,
        message: `${parts.join("; ")}. framediff's measures (sentiment, terms, actors, quotes) are made for English text, so results on other languages are not meaningful.`,
        hint: "analyse English texts (an English translation can say translated: true and its originalLanguage), and leave other languages out of the corpus.",
      };
    },
  };
}
