import { promises as fs } from "fs";
import { basename, isAbsolute, join, resolve } from "path";
import { FramediffError, type Problem, type Warning } from "../errors";
import { decodeUtf8 } from "./decodeUtf8";
import { describeLocation, fieldAt, isBlank } from "./fields";
import { listTextFiles } from "./listTextFiles";
import { readManifest, type Manifest } from "./manifest";
import { normaliseLabel } from "./normaliseText";
import type { ReadItem, Source } from "./source";
import { toArticle, type RawRecord } from "./toArticle";

/** A manifest row with its text file's relative path (when usable) and its own problems. */
interface Row {
  readonly record: RawRecord;
  readonly rel?: string;
  readonly listedAt: string;
  readonly id?: string;
  readonly problems: readonly Problem[];
}

function planRow(record: RawRecord, manifest: Manifest): Row {
  const { fields, where } = record;
  const problems: Problem[] = [...record.problems];
  const id = typeof fields.id === "string" ? normaliseLabel(fields.id) || undefined : undefined;
  const mf = basename(manifest.file);
  const listedAt = `${mf} ${describeLocation(where)}`;
  let rel: string | undefined;
  const file = fields.file;
  if (isBlank(file)) {
    problems.push({ code: "missing-field", ...fieldAt(where, "file", id), message: file === undefined ? "missing value." : "empty value.", hint: "give the path of the article's text file, relative to the folder." });
  } else if (typeof file !== "string") {
    problems.push({ code: "invalid-type", ...fieldAt(where, "file", id), message: `expected a path string, found a ${typeof file}.`, hint: "give the path of the article's text file as a string." });
  } else if (isAbsolute(file.trim())) {
    problems.push({ code: "invalid-value", ...fieldAt(where, "file", id), message: `"${file}" is an absolute path.`, hint: "give the path relative to the corpus folder." });
  } else {
    rel = file.trim();
  }
  if (fields.text !== undefined) {
    problems.push({ code: "unexpected-field", ...fieldAt(where, "text", id), message: "a folder manifest gives each text in its own file, not inline.", hint: `move the text into a .txt file and name it in "file".` });
  }
  const outlet = typeof fields.outlet === "string" ? normaliseLabel(fields.outlet) : "";
  if (manifest.outlets && outlet !== "" && !manifest.outlets.some((o) => o.id === outlet)) {
    problems.push({
      code: "unknown-outlet", ...fieldAt(where, "outlet", id),
      message: `outlet "${outlet}" is not in the manifest's outlets list (${manifest.outlets.map((o) => o.id).join(", ")}).`,
      hint: `add {"id": "${outlet}", "label": ...} to "outlets" in ${mf}, or correct the outlet id.`,
    });
  }
  return { record, listedAt, problems, ...(rel !== undefined ? { rel } : {}), ...(id !== undefined ? { id } : {}) };
}

async function readText(dir: string, row: Row, problems: Problem[]): Promise<string | undefined> {
  if (row.rel === undefined) return undefined;
  const path = join(dir, row.rel);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const message = code === "ENOENT" ? `text file "${row.rel}" not found (looked for ${path}).`
      : code === "EISDIR" ? `"${row.rel}" is a folder, not a text file.` : `cannot read text file "${row.rel}": ${(error as Error).message}.`;
    problems.push({ code: code === "ENOENT" ? "missing-file" : "unreadable-file", ...fieldAt(row.record.where, "file", row.id), message, hint: "correct the path in the manifest (relative to the folder), or add the file." });
    return undefined;
  }
  try {
    return decodeUtf8(bytes, path);
  } catch (error) {
    if (!(error instanceof FramediffError)) throw error;
    problems.push(...error.problems.map((p) => ({ ...p, message: `${p.message.replace(/\.$/, "")} (listed in ${row.listedAt}).` })));
    return undefined;
  }
}

async function* folderItems(dir: string, rows: readonly Row[]): AsyncGenerator<ReadItem> {
  for (const row of rows) {
    const { where } = row.record;
    if (where.row !== undefined && row.record.problems.some((p) => p.field === where.row)) {
      // Not an article object at all: its fields cannot be checked one by one.
      yield { skipped: Object.freeze({ problems: row.record.problems }), where };
      continue;
    }
    const problems = [...row.problems];
    const text = await readText(dir, row, problems);
    const textPath = join(dir, row.rel ?? "");
    const c = toArticle({ ...row.record, problems }, {
      source: { file: textPath },
      consumed: ["file"],
      textFile: { file: textPath, listedAt: row.listedAt, ...(text !== undefined ? { text } : {}) },
    });
    if (c.ok) yield c.outletLabel !== undefined ? { article: c.article, outletLabel: c.outletLabel, where } : { article: c.article, where };
    else yield { skipped: Object.freeze({ ...(c.id !== undefined ? { id: c.id } : {}), problems: c.problems }), where };
  }
}

/** Warnings about the folder's files: text files no row lists, files listed twice. */
async function fileWarnings(dir: string, manifest: Manifest, rows: readonly Row[]): Promise<Warning[]> {
  const warnings: Warning[] = [];
  const listed = new Map<string, Row>();
  for (const row of rows) {
    if (row.rel === undefined) continue;
    const key = resolve(dir, row.rel);
    const first = listed.get(key);
    if (first) {
      warnings.push({
        code: "duplicate-file", ...fieldAt(row.record.where, "file"),
        message: `text file "${row.rel}" is also listed at ${describeLocation(first.record.where)}.`,
        hint: "give each article its own text file.",
      });
    } else listed.set(key, row);
  }
  const mf = basename(manifest.file);
  for (const rel of await listTextFiles(dir)) {
    if (listed.has(resolve(dir, rel))) continue;
    warnings.push({
      code: "unlisted-file", file: join(dir, rel),
      message: `text file is not listed in ${mf}, so it is not loaded.`,
      hint: `add a row for it to ${mf}, or move it out of the folder.`,
    });
  }
  return warnings;
}

/**
 * Opens a folder corpus: reads and checks its manifest, warns about text files
 * it does not list, and streams its articles, reading one text file at a time.
 * Each article's `source.file` is its text file.
 */
export async function openFolder(dir: string): Promise<Source> {
  const manifest = await readManifest(dir);
  const rows = manifest.rows.map((r) => planRow(r, manifest));
  const warnings = await fileWarnings(dir, manifest, rows);
  return {
    format: "folder",
    ...(manifest.name !== undefined ? { name: manifest.name } : {}),
    ...(manifest.description !== undefined ? { description: manifest.description } : {}),
    ...(manifest.outlets ? { outlets: manifest.outlets, outletsFile: manifest.file } : {}),
    warnings,
    items: folderItems(dir, rows),
  };
}
