import { promises as fs } from "fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "path";
import { FramediffError, type Problem, type Warning } from "../errors";
import { decodeText } from "./decodeText";
import { mergeFieldMaps, sourceKey, type FieldMap } from "./field-map";
import { describeLocation, fieldAt, isBlank } from "./fields";
import { scanTextFiles } from "./listTextFiles";
import { readManifest, type Manifest } from "./manifest";
import { normaliseLabel } from "./normaliseText";
import type { ResolvedLoadOptions } from "./options";
import { readFailure } from "./readFailure";
import { readItem, type ReadItem, type Source } from "./source-types";
import { outsideFolder, textFilePath } from "./textFilePath";
import { toArticle, type RawRecord } from "./toArticle";

/** A manifest row with its text file's relative path (when usable) and its own problems. */
interface Row {
  readonly record: RawRecord;
  readonly rel?: string;
  readonly listedAt: string;
  readonly id?: string;
  readonly problems: readonly Problem[];
}

/** The options that apply to a folder's manifest and files. */
type FolderOptions = Pick<ResolvedLoadOptions, "followSymlinks" | "dateFormat" | "fieldMap" | "delimiter" | "groupBy">;

/** The folder as named, its real path (links resolved), and the options that apply to its files. */
interface Folder {
  readonly dir: string;
  readonly root: string;
  readonly options: FolderOptions;
  /** The manifest's `fields` with the options' fieldMap over it. */
  readonly fieldMap?: FieldMap;
}

function planRow(record: RawRecord, manifest: Manifest, dir: string, map: FieldMap | undefined): Row {
  const { fields, where } = record;
  const problems: Problem[] = [...record.problems];
  const rawId = fields[sourceKey(map, "id")];
  const id = typeof rawId === "string" ? normaliseLabel(rawId) || undefined : undefined;
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
    const outside = outsideFolder(dir, file.trim());
    if (outside) problems.push({ ...outside, ...fieldAt(where, "file", id) });
    else rel = file.trim();
  }
  const textKey = sourceKey(map, "text");
  if (fields[textKey] !== undefined) {
    problems.push({ code: "unexpected-field", ...fieldAt(where, textKey, id), message: "a folder manifest gives each text in its own file, not inline.", hint: `move the text into a .txt file and name it in "file".` });
  }
  const outletKey = sourceKey(map, "outlet");
  const rawOutlet = fields[outletKey];
  const outlet = typeof rawOutlet === "string" ? normaliseLabel(rawOutlet) : "";
  if (manifest.outlets && outlet !== "" && !manifest.outlets.some((o) => o.id === outlet)) {
    problems.push({
      code: "unknown-outlet", ...fieldAt(where, outletKey, id),
      message: `outlet "${outlet}" is not in the manifest's outlets list (${manifest.outlets.map((o) => o.id).join(", ")}).`,
      hint: `add {"id": "${outlet}", "label": ...} to "outlets" in ${mf}, or correct the outlet id.`,
    });
  }
  return { record, listedAt, problems, ...(rel !== undefined ? { rel } : {}), ...(id !== undefined ? { id } : {}) };
}

async function readText(folder: Folder, row: Row, problems: Problem[]): Promise<string | undefined> {
  if (row.rel === undefined) return undefined;
  const path = join(folder.dir, row.rel);
  const checked = await textFilePath(folder.root, row.rel, folder.options.followSymlinks);
  if (!("path" in checked)) {
    problems.push({ ...checked, ...fieldAt(row.record.where, "file", row.id) });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(checked.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const message = code === "ENOENT" ? `text file "${row.rel}" not found (looked for ${path}).`
      : code === "EISDIR" ? `"${row.rel}" is a folder, not a text file.` : `cannot read text file "${row.rel}": ${(error as Error).message}.`;
    problems.push({ code: code === "ENOENT" ? "missing-file" : "unreadable-file", ...fieldAt(row.record.where, "file", row.id), message, hint: "correct the path in the manifest (relative to the folder), or add the file." });
    return undefined;
  }
  try {
    return decodeText(bytes, path);
  } catch (error) {
    if (!(error instanceof FramediffError)) throw error;
    for (const p of error.problems) problems.push({ ...p, message: `${p.message.replace(/\.$/, "")} (listed in ${row.listedAt}).` });
    return undefined;
  }
}

async function* folderItems(folder: Folder, rows: readonly Row[]): AsyncGenerator<ReadItem> {
  const { dir, fieldMap } = folder;
  const { dateFormat, groupBy } = folder.options;
  for (const row of rows) {
    const { where } = row.record;
    if (where.row !== undefined && row.record.problems.some((p) => p.field === where.row)) {
      // Not an article object at all: its fields cannot be checked one by one.
      yield { skipped: Object.freeze({ problems: row.record.problems }), where };
      continue;
    }
    const problems = [...row.problems];
    const text = await readText(folder, row, problems);
    const textPath = join(dir, row.rel ?? "");
    const c = toArticle({ ...row.record, problems }, {
      source: { file: textPath },
      consumed: ["file"],
      textFile: { file: textPath, listedAt: row.listedAt, ...(text !== undefined ? { text } : {}) },
      ...(dateFormat ? { dateFormat } : {}), ...(fieldMap ? { fieldMap } : {}), ...(groupBy !== undefined ? { groupBy } : {}),
    });
    yield readItem(c, where);
  }
}

/** Folders on the way to each listed file (`a`, `a/b` for `a/b/c.txt`), to tell which links rows go through. */
function listedFolders(dir: string, rows: readonly Row[]): Set<string> {
  const out = new Set<string>();
  for (const row of rows) {
    if (row.rel === undefined) continue;
    const parts = relative(dir, resolve(dir, row.rel)).split(sep);
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join("/"));
  }
  return out;
}

/** Warnings about the folder's files: text files no row lists, files listed twice, links not followed. */
async function fileWarnings(folder: Folder, manifest: Manifest, rows: readonly Row[]): Promise<Warning[]> {
  const { dir } = folder;
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
  let listing;
  try {
    listing = await scanTextFiles(dir, folder.options.followSymlinks);
  } catch (error) {
    throw readFailure(error, dir);
  }
  for (const rel of listing.files) {
    if (listed.has(resolve(dir, rel))) continue;
    warnings.push({
      code: "unlisted-file", file: join(dir, rel),
      message: `text file is not listed in ${mf}, so it is not loaded.`,
      hint: `add a row for it to ${mf}, or move it out of the folder.`,
    });
  }
  const onTheWay = listedFolders(dir, rows);
  for (const rel of listing.links) {
    // A listed link, or one a listed path goes through, is already an invalid article.
    if (listed.has(resolve(dir, rel)) || onTheWay.has(rel)) continue;
    warnings.push({
      code: "unlisted-symlink", file: join(dir, rel),
      message: folder.options.followSymlinks ? "symbolic link is broken or loops, so nothing is read through it." : "symbolic link is not followed, so nothing is read through it.",
      hint: folder.options.followSymlinks ? "fix or remove the link." : "put the files themselves in the folder, or pass --follow-symlinks (library: { followSymlinks: true }).",
    });
  }
  return warnings;
}

/**
 * Opens a folder corpus: reads and checks its manifest, warns about text files
 * it does not list, and streams its articles, reading one text file at a time.
 * Each article's `source.file` is its text file. A manifest entry must name a
 * file inside the folder (after resolving `..`); symbolic links — the file or
 * any folder on the way, and the manifest itself — are refused unless
 * `options.followSymlinks`, and then followed wherever they point (see
 * LoadOptions.followSymlinks). Unlisted links in the folder are warned about.
 * The manifest's `fields` map its rows' keys to framediff fields, with
 * `options.fieldMap` over it.
 */
export async function openFolder(dir: string, options?: FolderOptions): Promise<Source> {
  let root: string;
  try {
    root = await fs.realpath(dir);
  } catch (error) {
    throw readFailure(error, dir);
  }
  const opts: FolderOptions = options ?? { followSymlinks: false };
  const manifest = await readManifest(dir, opts.followSymlinks, { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), ...(opts.fieldMap ? { fieldMap: opts.fieldMap } : {}) });
  const fieldMap = mergeFieldMaps(manifest.fields, opts.fieldMap);
  const folder: Folder = { dir, root, options: opts, ...(fieldMap ? { fieldMap } : {}) };
  const rows = manifest.rows.map((r) => planRow(r, manifest, dir, fieldMap));
  const warnings = await fileWarnings(folder, manifest, rows);
  return {
    format: "folder",
    ...(manifest.name !== undefined ? { name: manifest.name } : {}),
    ...(manifest.description !== undefined ? { description: manifest.description } : {}),
    ...(manifest.outlets ? { outlets: manifest.outlets, outletsFile: manifest.file } : {}),
    ...(fieldMap ? { fieldMap } : {}),
    ...(opts.groupBy !== undefined ? { groupBy: opts.groupBy } : {}),
    warnings,
    items: folderItems(folder, rows),
  };
}
