/**
 * Wall time of `framediff analyze` with figures on a generated JSONL corpus
 * (issue 5 acceptance: a few hundred articles with events and three outlets in
 * under a minute). Run: npm run bench:analyze [-- EVENTS]
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/cli/analyze";
import { generateCorpus, repoRoot } from "./generate-corpus";

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 100);
  const dir = mkdtempSync(join(tmpdir(), "framediff-bench-analyze-"));
  const file = join(dir, "triplets.jsonl");
  writeFileSync(file, generateCorpus({ events }).join("\n") + "\n");
  const t0 = Date.now();
  const r = await analyze(file, { out: join(dir, "out"), lexicon: join(repoRoot(), "corpus", "antalya-2022-03-10", "lexicon.yaml") }, { write: (s) => process.stdout.write(s) });
  console.log(`analyze: ${events * 3} articles, ${r.files.length} files written in ${((Date.now() - t0) / 1000).toFixed(1)} s (${join(dir, "out")}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
