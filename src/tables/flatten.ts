import { documentedColumns } from "./column-docs";
import { flatTable, ITEM_FIELD_SEPARATOR, LIST_SEPARATOR, type Cell, type FlatTable } from "./flat-table";
import { pushAll } from "../util/push-all";

/** What {@link flattenRows} reads: a feature result, or anything with `rows` (and optionally `kind`). */
export interface RowSource {
  readonly kind?: string;
  readonly rows: readonly unknown[];
}

/**
 * Flattens a feature result's rows into a {@link FlatTable}, the one shape
 * CSV, LaTeX and DataFrame exports start from.
 *
 * - A nested object becomes dotted columns: `mean: {estimate, lower, upper}`
 *   gives `mean.estimate`, `mean.lower`, `mean.upper`. A row where it is null
 *   has null in each of them.
 * - A list becomes one string, items joined by `;` (article ids:
 *   `a1;a2`; an empty list is `""`, not null). Items are not escaped: an id
 *   that itself holds `;` cannot be told apart once joined.
 * - A list of objects joins each item's values with `:`
 *   (`[{outlet: "tass", count: 3}]` → `tass:3`) when, in every row of the
 *   column, every item is flat and no text in it holds `:` or `;`;
 *   otherwise the whole column writes each list as JSON (lossless; e.g.
 *   sentences with their text).
 * - Columns come in order of first appearance in a walk of every row, keys
 *   in each object's own order; a key missing from a row is null there.
 * - A Date becomes its ISO string, a bigint its decimal string; a Map, Set,
 *   function or symbol throws, naming the column and row.
 *
 * Numbers pass through untouched (formatting is the writer's job). With no
 * rows, the columns are those documented for the result's kind in
 * `COLUMN_DOCS` (so an empty table still has its header), else none.
 * Deterministic; the input is not changed.
 *
 * @example
 * flattenRows({ rows: [{ outlet: "tass", articleIds: ["a1", "a2"], mean: { estimate: 0.1, lower: 0, upper: 0.2 } }] });
 * // => {columns: ["outlet", "articleIds", "mean.estimate", "mean.lower", "mean.upper"],
 * //     rows: [["tass", "a1;a2", 0.1, 0, 0.2]]}
 */
export function flattenRows(result: RowSource): FlatTable {
  const rows = result.rows;
  if (rows.length === 0) return flatTable(result.kind === undefined ? [] : documentedColumns(result.kind) ?? [], []);
  const root: Schema = new Map();
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) throw new Error(`flattenRows: row ${i} is ${describe(row)}, not an object; a result's rows must be objects`);
    learn(root, row);
  });
  const paths = columnsOf(root, []);
  const columns = paths.map((p) => p.join("."));
  const json = paths.map((p) => rows.some((row) => needsJson(at(row, p))));
  const table = rows.map((row, i) => paths.map((p, c) => cell(at(row, p), columns[c], i, json[c])));
  return flatTable(columns, table);
}

/** Per key (in first-seen order): whether it ever holds a scalar, and its sub-keys when it ever holds an object. */
type Schema = Map<string, { leaf: boolean; children: Schema | null }>;

function learn(schema: Schema, obj: object): void {
  for (const [key, value] of Object.entries(obj)) {
    let node = schema.get(key);
    if (!node) schema.set(key, (node = { leaf: false, children: null }));
    if (isPlainObject(value)) learn((node.children ??= new Map()), value);
    else if (value !== null && value !== undefined) node.leaf = true;
  }
}

function columnsOf(schema: Schema, prefix: string[]): string[][] {
  const out: string[][] = [];
  for (const [key, node] of schema) {
    const path = [...prefix, key];
    if (node.leaf || node.children === null) out.push(path);
    if (node.children) pushAll(out, columnsOf(node.children, path));
  }
  return out;
}

/** The value at a path; undefined when a step is missing or not an object. */
function at(row: unknown, path: readonly string[]): unknown {
  let v: unknown = row;
  for (const k of path) {
    if (!isPlainObject(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function cell(v: unknown, column: string, row: number, json: boolean): Cell {
  if (v === null || v === undefined || isPlainObject(v)) return null; // an object here belongs to the sub-columns
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return json ? JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x)) : Array.from(v as ArrayLike<unknown>, item).join(LIST_SEPARATOR);
  throw new Error(`flattenRows: column "${column}" of row ${row} holds ${describe(v)}, which a table cell cannot hold; give the feature's rows plain values`);
}

/** A list holding an item that cannot be written as `a:b` without ambiguity (a nested value, or text with `:` or `;`). */
function needsJson(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  return v.some((x) => (typeof x === "object" && x !== null) && !(isPlainObject(x) && Object.values(x).every(flatField)));
}

function flatField(x: unknown): boolean {
  return x === null || typeof x === "number" || typeof x === "boolean" || (typeof x === "string" && !x.includes(ITEM_FIELD_SEPARATOR) && !x.includes(LIST_SEPARATOR));
}

function item(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Object.is(v, -0) ? "0" : String(v);
  if (isPlainObject(v)) return Object.values(v).map(item).join(ITEM_FIELD_SEPARATOR);
  return String(v);
}

function isPlainObject(v: unknown): v is object {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v !== "object") return `a ${typeof v}`;
  return `a ${Object.prototype.toString.call(v).slice(8, -1)}`;
}
