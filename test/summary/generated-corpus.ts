import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SENTENCES = [
  "Lavrov met Kuleba in Antalya on Thursday.",
  "The war goes on, Kuleba said, and the invasion must stop.",
  "Officials spoke of a humanitarian corridor for Mariupol.",
  "Lavrov, again, denied any attack.",
  "Talks ended without a cease-fire.",
];

/** A lexicon that hits the sentences above. */
export const GENERATED_LEXICON = `actors:
  Lavrov: [Lavrov]
  Kuleba: [Kuleba]
concepts:
  conflict:
    labels:
      war: [war]
      invasion: [invasion]
frames:
  humanitarian: [humanitarian]
`;

/**
 * Writes a JSONL corpus of `n` articles over several outlets (uneven counts,
 * some with an outletLabel) and events (some articles without one), its texts
 * picked deterministically from a few news sentences; returns the folder and file.
 */
export function writeGeneratedJsonl(n: number, outlets = 5): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "fd-gen-"));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = `o${(i * i) % outlets}`;
    const text: string[] = [];
    for (let k = 0; k <= i % 4; k++) text.push(SENTENCES[(i + 2 * k) % SENTENCES.length]);
    lines.push(JSON.stringify({
      id: `a${i}`, outlet, text: text.join(" "),
      ...(i % 3 === 0 ? {} : { event: `e${i % 4}` }),
      ...(i % 7 === 0 ? { outletLabel: `Outlet ${outlet.toUpperCase()}` } : {}),
      ...(i % 2 === 0 ? { title: `Report ${i}` } : {}),
    }));
  }
  const file = join(dir, "gen.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  writeFileSync(join(dir, "gen.lexicon.yaml"), GENERATED_LEXICON);
  return { dir, file };
}
