import { COLUMN_DOCS, type ColumnDocs } from "../tables/column-docs";

/**
 * The column docs of a kind; throws when the kind has none, so a catalogue
 * entry cannot name a table nobody documented.
 *
 * @example
 * Object.keys(columnsOf("sentiment-arc"))[1]; // => "bin"
 */
export function columnsOf(kind: string): ColumnDocs {
  if (!Object.prototype.hasOwnProperty.call(COLUMN_DOCS, kind)) throw new Error(`no column docs for result kind "${kind}" (add them to its family's column docs)`);
  return COLUMN_DOCS[kind];
}
