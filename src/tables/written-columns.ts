import { COLUMN_DOCS } from "./column-docs";
import { COLUMN_SCHEMA, columnKind, type ColumnKind } from "./column-schema";
import { LINK_COLUMNS, ROW_COLUMN } from "./export-table";
import { ARTICLE_LIST_DOC_END } from "../features/column-docs-types";

/** One column of a written table, as the codebook describes it. */
export interface WrittenColumn {
  readonly name: string;
  /** The column's kind; undefined when neither declared nor implied by its name or doc. */
  readonly kind: ColumnKind | undefined;
  readonly meaning: string;
}

/** The columns of a kind's written tables (see `exportTable`) with their meaning: the main table and the link table (empty when there is none). */
export interface WrittenColumns {
  readonly table: readonly WrittenColumn[];
  readonly links: readonly WrittenColumn[];
}

/**
 * The columns `exportTable` writes for a result kind, in order, from its
 * column docs: `row` first when it has article lists, each list column moved
 * to the link table, a `<column>Label` after each outlet column. Undefined for
 * a kind with no column docs.
 *
 * @example
 * writtenColumns("sentiment-outlets")?.table.slice(0, 3).map((c) => c.name); // => ["row", "outlet", "outletLabel"]
 */
export function writtenColumns(kind: string): WrittenColumns | undefined {
  if (!Object.prototype.hasOwnProperty.call(COLUMN_DOCS, kind)) return undefined;
  const docs = COLUMN_DOCS[kind];
  const table: WrittenColumn[] = [];
  const lists: [string, string][] = [];
  for (const [name, meaning] of Object.entries(docs)) {
    const k = columnKind(kind, name);
    if (k === "articles") { lists.push([name, meaning.endsWith(ARTICLE_LIST_DOC_END) ? meaning.slice(0, -ARTICLE_LIST_DOC_END.length) : meaning]); continue; }
    table.push({ name, kind: k, meaning });
    if (k === "outlet") table.push({ name: `${name}Label`, kind: "text", meaning: `label of the outlet in ${name} (the corpus's outlet label; the value of ${name} itself when it is not an outlet id)` });
  }
  if (lists.length === 0) return { table, links: [] };
  table.unshift({ name: ROW_COLUMN, kind: "integer", meaning: "row number, 1, 2, …; the link table's rows name it" });
  const [row, column, id] = LINK_COLUMNS;
  const links: WrittenColumn[] = [
    { name: row, kind: "integer", meaning: "row of the main table the id belongs to" },
    { name: column, kind: "text", meaning: `the list the id belongs to: ${lists.map(([n, m]) => `"${n}" (${m})`).join("; ")}` },
    { name: id, kind: "text", meaning: "article id, as in the corpus; one line per id of each list, in the list's order" },
  ];
  return { table, links };
}

/** What a row of a kind's main table is; undefined when the kind's schema is not declared. */
export function rowMeaning(kind: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(COLUMN_SCHEMA, kind) ? COLUMN_SCHEMA[kind].row : undefined;
}
