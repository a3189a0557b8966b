import { promises as fs } from "fs";
import { join } from "path";
import { FramediffError, type Problem } from "../errors";
import type { Delimiter } from "./csvDelimiter";
import { readCsvHead } from "./csvHead";
import { csvRecords } from "./csvRecords";
import { FIELD_TARGETS, sourceKey, type FieldMap } from "./field-map";
import { decodeText } from "./decodeText";
import { readFailure } from "./readFailure";
import type { RawRecord } from "./toArticle";
import { parseManifestJson } from "./manifestJson";

export type { Manifest } from "./manifest-types";
import type { Manifest } from "./manifest-types";

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then((s) => s.isFile(), () => false);
}

/** Which manifest a folder has; throws when it has none or both. */
export async function findManifest(dir: string): Promise<string> {
  const json = join(dir, "manifest.json");
  const csv = join(dir, "manifest.csv");
  const [hasJson, hasCsv] = await Promise.all([exists(json), exists(csv)]);
  if (hasJson && hasCsv) {
    throw new FramediffError({
      code: "ambiguous-manifest", file: dir,
      message: "the folder has both manifest.json and manifest.csv.",
      hint: "keep one manifest and remove or rename the other.",
    });
  }
  if (!hasJson && !hasCsv) {
    throw new FramediffError({
      code: "unsupported-format", file: dir,
      message: "the folder has no manifest.json or manifest.csv.",
      hint: "add a manifest listing each article's id, outlet and text file, or load a .jsonl, .ndjson or .csv file.",
    });
  }
  return hasJson ? json : csv;
}

/** How a manifest.csv is read: its delimiter (else told from its header) and field names (LoadOptions). */
export interface CsvManifestOptions {
  readonly delimiter?: Delimiter;
  readonly fieldMap?: FieldMap;
}

async function readCsvManifest(file: string, options: CsvManifestOptions): Promise<Manifest> {
  const rows: RawRecord[] = [];
  const required = [sourceKey(options.fieldMap, "id"), sourceKey(options.fieldMap, "outlet"), "file"];
  const head = await readCsvHead(file, options.delimiter, [...FIELD_TARGETS, "file", ...required]);
  for await (const record of csvRecords(file, required, { delimiter: head.delimiter })) {
    const bad = record.problems.filter((p: Problem) => p.code === "invalid-utf8" || p.code === "invalid-utf16");
    if (bad.length > 0) throw new FramediffError(bad);
    rows.push(record);
  }
  return { file, rows };
}

/**
 * Reads a folder's manifest (manifest.json or manifest.csv; UTF-8, or UTF-16
 * with a byte order mark). Corpus-level problems throw a FramediffError naming
 * the manifest: none or two manifests, a manifest that is a symbolic link
 * (unless `followSymlinks`), invalid UTF-8, malformed JSON (with its line and
 * column), no `articles` list, a bad `outlets` list or `fields` mapping, a CSV
 * header without `id`, `outlet` and `file` (or the columns `csv.fieldMap`
 * names for id and outlet; its delimiter is `csv.delimiter`, else told from
 * the header). Problems with single rows are left for the rows.
 */
export async function readManifest(dir: string, followSymlinks = false, csv: CsvManifestOptions = {}): Promise<Manifest> {
  const file = await findManifest(dir);
  if (!followSymlinks && (await fs.lstat(file).then((s) => s.isSymbolicLink(), () => false))) {
    throw new FramediffError({
      code: "symlink", file,
      message: "the manifest is a symbolic link, which is not followed.",
      hint: "put the manifest itself in the corpus folder, or pass --follow-symlinks (library: { followSymlinks: true }).",
    });
  }
  if (file.endsWith(".csv")) return readCsvManifest(file, csv);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw readFailure(error, file);
  }
  return parseManifestJson(decodeText(bytes, file), file);
}
