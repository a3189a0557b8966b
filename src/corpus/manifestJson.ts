import { FramediffError, type Problem } from "../errors";
import { checkFieldMap } from "./field-map";
import { findJsonSyntaxError } from "./jsonSyntax";
import { normaliseLabel } from "./normaliseText";
import { replaceLoneSurrogates } from "./utf16";
import type { Manifest } from "./manifest-types";
import type { RawRecord } from "./toArticle";
import type { Outlet } from "./types";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function invalid(file: string, field: string | undefined, message: string, hint: string): never {
  throw new FramediffError({ code: "invalid-manifest", file, ...(field ? { field } : {}), message, hint });
}

function parse(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    // The scanner and JSON.parse agree on valid JSON; the fallback is only a guard.
    const fallback = /position (\d+)/.exec((error as Error).message);
    const line = found?.line ?? (fallback ? text.slice(0, Number(fallback[1])).split("\n").length : undefined);
    const what = found ? `at line ${found.line}, column ${found.column}: ${found.message}` : replaceLoneSurrogates((error as Error).message);
    throw new FramediffError({
      code: "malformed-json", file, ...(line ? { line } : {}),
      message: `the manifest is not valid JSON ${found ? what : `(${what})`}.`,
      hint: "check the quotes, commas and brackets at that point (a JSON linter shows the exact spot).",
    });
  }
}

function readOutlets(value: unknown, file: string): Outlet[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) invalid(file, "outlets", "expected a list of outlets.", 'write "outlets": [{"id": "tass", "label": "TASS"}, ...].');
  const seen = new Set<string>();
  return value.map((o: unknown, i: number): Outlet => {
    const at = `outlets[${i}]`;
    if (!isObject(o) || typeof o.id !== "string" || o.id.trim() === "") {
      return invalid(file, `${at}.id`, "expected an outlet object with a non-empty string id.", 'write each outlet as {"id": "tass", "label": "TASS"}.');
    }
    const id = normaliseLabel(o.id);
    if (seen.has(id)) invalid(file, `${at}.id`, `outlet "${id}" is listed twice.`, "list each outlet once.");
    seen.add(id);
    if (o.label !== undefined && typeof o.label !== "string") {
      invalid(file, `${at}.label`, "expected the label as a string.", 'write the label as a string, e.g. "TASS".');
    }
    const group = o.group;
    if (group !== undefined && group !== null && typeof group !== "string" && typeof group !== "number") {
      invalid(file, `${at}.group`, "expected the group as a string.", 'write the group as a string, e.g. "centre".');
    }
    const { id: _id, label, group: _group, ...meta } = o;
    const text = typeof label === "string" && label.trim() !== "" ? normaliseLabel(label) : id;
    const g = typeof group === "number" ? String(group) : typeof group === "string" && group.trim() !== "" ? normaliseLabel(group) : undefined;
    return Object.freeze({ id, label: text, ...(g !== undefined ? { group: g } : {}), meta: Object.freeze(meta) });
  });
}

function optionalString(m: Json, key: string, file: string): string | undefined {
  const v = m[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") invalid(file, key, `expected "${key}" to be a string.`, `write "${key}" as a string.`);
  return v;
}

/**
 * Parses the text of a manifest.json (pure): `{name?, description?,
 * fields?: {framediff field: column}, outlets?: [{id, label, group?, ...}],
 * articles: [{id, file, outlet, ...}]}`. Each article row is located as
 * `articles[i]`; `fields` is checked as LoadOptions.fieldMap is.
 */
export function parseManifestJson(text: string, file: string): Manifest {
  const m = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  if (!isObject(m)) invalid(file, undefined, "expected a JSON object.", 'write {"articles": [...]} at the top level.');
  if (!Array.isArray(m.articles)) {
    invalid(file, "articles", 'the manifest has no "articles" list.', 'list the articles as "articles": [{"id": ..., "outlet": ..., "file": ...}, ...].');
  }
  const rows = m.articles.map((a: unknown, i: number): RawRecord => {
    const row = `articles[${i}]`;
    if (isObject(a)) return { fields: a, where: { file, row }, problems: [] };
    const p: Problem = {
      code: "invalid-type", file, field: row,
      message: `expected an article object, found ${Array.isArray(a) ? "an array" : a === null ? "null" : `a ${typeof a}`}.`,
      hint: 'write each article as {"id": ..., "outlet": ..., "file": ...}.',
    };
    return { fields: {}, where: { file, row }, problems: [p] };
  });
  const outlets = readOutlets(m.outlets, file);
  const fields = m.fields === undefined ? undefined : checkFieldMap(m.fields, { name: "fields", file });
  const name = optionalString(m, "name", file);
  const description = optionalString(m, "description", file);
  return {
    file, rows,
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(outlets !== undefined ? { outlets } : {}),
    ...(fields !== undefined && Object.keys(fields).length > 0 ? { fields } : {}),
  };
}
