import { promises as fs } from "fs";
import { extname } from "path";
import { FramediffError } from "../errors";
import { findManifest } from "./manifest";
import { readFailure } from "./readFailure";
import type { CorpusFormat } from "./types";

const ACCEPTED = "a folder with manifest.json or manifest.csv, a .jsonl or .ndjson file, or a .csv file";

/**
 * Which corpus format `path` is: a folder with `manifest.json` or
 * `manifest.csv` → `folder`; a `.jsonl`/`.ndjson` file → `jsonl`; a `.csv` file
 * → `csv`. Anything else throws a FramediffError listing the accepted formats.
 *
 * @example
 * await detectFormat("corpus/antalya-2022-03-10"); // => "folder"
 */
export async function detectFormat(path: string): Promise<CorpusFormat> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    throw readFailure(error, path);
  }
  if (stat.isDirectory()) {
    try {
      await findManifest(path);
    } catch (error) {
      if (error instanceof FramediffError && error.problems[0].code === "unsupported-format") {
        throw new FramediffError({ ...error.problems[0], hint: `give ${ACCEPTED}.` });
      }
      throw error;
    }
    return "folder";
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  throw new FramediffError({
    code: "unsupported-format", file: path,
    message: `cannot tell the corpus format from ${ext ? `the extension "${ext}"` : "a file without an extension"}.`,
    hint: `give ${ACCEPTED}.`,
  });
}
