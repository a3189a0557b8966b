import { readFileSync } from "node:fs";
import { checkStopWords, type StopWordsOption } from "../features/terminology/stop-words";
import { terminalSafe } from "../terminal-safe";

/**
 * The value of `--stop-words english|FILE`: *english* (the shipped Snowball
 * list), or a UTF-8 file of one word a line (blank lines and lines starting
 * with `#` skipped). A string is a one-line usage error naming the flag, the
 * file and line, and what to do.
 *
 * @example
 * stopWordsFlag("english"); // => "english"
 */
export function stopWordsFlag(value: string | undefined): StopWordsOption | undefined | { error: string } {
  if (value === undefined) return undefined;
  if (value === "english") return "english";
  let text: string;
  try {
    text = readFileSync(value, "utf8");
  } catch {
    return { error: `invalid --stop-words "${terminalSafe(value)}": no such readable file (use english, or a file of one word a line)` };
  }
  const words: string[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i].trim();
    if (w === "" || w.startsWith("#")) continue;
    if (/\s/.test(w)) return { error: `invalid --stop-words "${terminalSafe(value)}" line ${i + 1}: "${terminalSafe(w)}" is not one word (give one word a line)` };
    words.push(w);
  }
  if (words.length === 0) return { error: `invalid --stop-words "${terminalSafe(value)}": the file lists no words (give one word a line)` };
  return checkStopWords(words, "--stop-words");
}
