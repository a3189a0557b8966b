/**
 * Quote attribution on the hand-annotated evaluation set (issue 11 finding 8):
 * detection precision and recall, and speaker accuracy on the detected gold
 * quotes, for the tuning part, the seeds, their union, and the held-out part
 * (written after the rules were tuned). Run:
 * `tsc -p tsconfig.bench.json && node build/bench/bench/quotes-eval.js [--errors]`.
 */
import { scoreQuotes, type EvalDocument, type QuoteEvalScore } from "../src/quotes/evaluate";
import { evalParts } from "./quotes-eval-set";

const pct = (x: number) => (Number.isNaN(x) ? "  n/a" : `${(100 * x).toFixed(1).padStart(5)}%`);

function line(name: string, s: QuoteEvalScore): string {
  return `${name.padEnd(22)} gold ${String(s.gold).padStart(4)}  found ${String(s.found).padStart(4)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  speaker accuracy ${pct(s.speakerAccuracy)} (${s.correct}/${s.detected})`;
}

function main(): void {
  const showErrors = process.argv.includes("--errors");
  const { tune, heldout, seeds } = evalParts();
  const parts: [string, EvalDocument[]][] = [["tuning (written)", tune], ["seeds (bundled)", seeds], ["tuning + seeds", [...tune, ...seeds]], ["held-out (written)", heldout], ["all", [...tune, ...seeds, ...heldout]]];
  for (const [name, docs] of parts) console.log(line(name, scoreQuotes(docs)));
  const all = scoreQuotes([...tune, ...seeds, ...heldout]);
  console.log("\nby pattern (all parts): gold / detected / speaker right");
  for (const [tag, s] of all.byTag) console.log(`  ${tag.padEnd(24)} ${String(s.gold).padStart(3)} ${String(s.detected).padStart(3)} ${String(s.correct).padStart(3)}`);
  if (showErrors) {
    console.log("\nerrors:");
    for (const e of all.errors) console.log(`  ${e.doc} [${e.tag}] gold ${e.gold ?? "-"} ${e.found === undefined ? "NOT DETECTED" : `found ${e.found ?? "-"}`}: ${e.text.slice(0, 70)}`);
  }
}

main();
