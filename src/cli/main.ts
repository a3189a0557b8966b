#!/usr/bin/env node
import { parseArgs } from "node:util";
import { FramediffError } from "../errors";
import { checkCorpus, formatCheckReport } from "./check";

const VERSION: string = require("../../package.json").version;

const USAGE = `Usage: framediff <command> [options]

Commands:
  check <corpus>   Validate a corpus (folder with manifest, .jsonl or .csv) and summarise it

Options:
  -h, --help       Show help (also: framediff <command> --help)
  -V, --version    Show the version
`;

const CHECK_USAGE = `Usage: framediff check <corpus> [--lexicon FILE] [--json] [--strict]

Validate a corpus and print a summary: articles, outlets, events, sentences and
tokens per outlet, lexicon hits per outlet, and every warning and problem.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --lexicon FILE    Lexicon YAML (default: lexicon.yaml inside a folder corpus, if present)
  --json            Print the report as JSON
  --strict          Exit 1 on warnings too
  -h, --help        Show this help

Exit status: 0 when the corpus is usable, 1 when it is not, 2 on a usage error.
`;

export async function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s), writeErr: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") { write(USAGE); return command === undefined ? 2 : 0; }
  if (command === "-V" || command === "--version") { write(`framediff ${VERSION}\n`); return 0; }
  if (command !== "check") { writeErr(`framediff: unknown command "${command}"\n\n${USAGE}`); return 2; }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: {
      lexicon: { type: "string" }, json: { type: "boolean" }, strict: { type: "boolean" }, help: { type: "boolean", short: "h" },
    } });
  } catch (e) {
    writeErr(`framediff check: ${(e as Error).message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (parsed.values.help) { write(CHECK_USAGE); return 0; }
  if (parsed.positionals.length !== 1) { writeErr(`framediff check: expected one corpus path, got ${parsed.positionals.length}\n\n${CHECK_USAGE}`); return 2; }

  const report = await checkCorpus(parsed.positionals[0], { lexicon: parsed.values.lexicon, strict: parsed.values.strict });
  if (parsed.values.json) write(JSON.stringify(report, null, 2) + "\n");
  else (report.usable ? write : writeErr)(formatCheckReport(report));
  return report.usable ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(e instanceof FramediffError ? `framediff: ${e.message}\n` : `framediff: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
