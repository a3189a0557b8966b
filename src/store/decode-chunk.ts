import type { DuckDBDataChunk, DuckDBListVector, DuckDBStructVector, DuckDBVector } from "@duckdb/node-api";
import type { StringTable } from "../profile/intern";
import { uintArray } from "../profile/uint-array";
import type { Shape, TypedClass } from "./shape";

const CLASSES: Record<TypedClass, new (n: number) => { [i: number]: number }> = { Float64Array, Uint8Array, Uint16Array, Uint32Array, Int32Array };

/** A list vector's row validity: the public API has none for lists, so read the vector's own (pinned @duckdb/node-api version). */
function listValid(vec: DuckDBListVector, i: number): boolean {
  return (vec as unknown as { validity: { itemValid(i: number): boolean } }).validity.itemValid(i);
}

/**
 * Row `i` of a DuckDB vector decoded straight to the profile value `shape`
 * describes: list items are copied from the list's flat child vector into a
 * typed array, with no intermediate DuckDBValue per list or per item (the
 * generic row conversion made ~10× the profiles' size in garbage: 1.3 GB of
 * RSS to read 3,000 articles).
 */
function decode(vec: DuckDBVector, s: Shape, i: number, table: StringTable): unknown {
  const absent = s.absent === "null" ? null : undefined;
  switch (s.t) {
    case "struct": {
      const v = vec as DuckDBStructVector;
      if (!v.isItemValid(i)) return absent;
      const out: Record<string, unknown> = {};
      let j = 0;
      for (const [k, x] of Object.entries(s.fields)) {
        const r = decode(v.entryVectorAt(j++), x, i, table);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    case "typed": case "narrow": case "numbers": case "strings": case "empty": {
      const v = vec as DuckDBListVector;
      if (!listValid(v, i)) return absent;
      const off = v.getEntryOffset(i), len = v.getEntryLength(i), child = v.childVector;
      if (s.t === "strings" || s.t === "empty") {
        const out: unknown[] = new Array(len);
        for (let k = 0; k < len; k++) { const x = child.getItem(off + k); out[k] = typeof x === "string" ? table.intern(x) : x; }
        return out;
      }
      if (s.t === "numbers") {
        const out: number[] = new Array(len);
        for (let k = 0; k < len; k++) out[k] = child.getItem(off + k) as number;
        return out;
      }
      const out = s.t === "typed" ? new CLASSES[s.cls](len) : new Uint32Array(len);
      for (let k = 0; k < len; k++) out[k] = child.getItem(off + k) as number;
      return s.t === "narrow" ? uintArray(out as Uint32Array) : out;
    }
    default: {
      const x = vec.getItem(i);
      return x === null ? absent : typeof x === "string" ? table.intern(x) : x;
    }
  }
}

/**
 * Every row of a chunk of a shard (columns in the shape's order) as a profile
 * object, its strings shared through `table` (as the map's collector shares
 * them: terms, names and option texts repeat from article to article).
 */
export function decodeChunk(chunk: DuckDBDataChunk, shape: Shape, table: StringTable): unknown[] {
  if (shape.t !== "struct") throw new Error("decodeChunk: a profile shape is a struct");
  const columns = Object.entries(shape.fields).map(([name, s], j) => ({ name, s, vec: chunk.getColumnVector(j) }));
  const rows: unknown[] = [];
  for (let i = 0; i < chunk.rowCount; i++) {
    const out: Record<string, unknown> = {};
    for (const c of columns) {
      const r = decode(c.vec, c.s, i, table);
      if (r !== undefined) out[c.name] = r;
    }
    rows.push(out);
  }
  return rows;
}
