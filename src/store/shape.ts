
/** Typed-array classes a profile holds. */
export type TypedClass = "Float64Array" | "Uint8Array" | "Uint16Array" | "Uint32Array" | "Int32Array";

/**
 * How one value of a profile is stored, found from the profiles themselves
 * (`inferShape`) and written into each shard, so a shard describes itself and
 * reads back exactly. "narrow" is a list of unsigned integers whose typed
 * array the map chose by its largest value (`uintArray`): different widths
 * were seen at that place, so it is stored as UINTEGER[] and read back to
 * the narrowest array again.
 */
export type Shape =
  | { readonly t: "struct"; readonly fields: Readonly<Record<string, Shape>>; readonly absent?: Absent }
  | { readonly t: "string" | "number" | "boolean" | "strings" | "numbers" | "narrow" | "empty"; readonly absent?: Absent }
  | { readonly t: "typed"; readonly cls: TypedClass; readonly absent?: Absent };

/** What a stored NULL stands for: a property left out, or a null value. */
export type Absent = "undefined" | "null";

type Mutable = { t: Shape["t"]; cls?: TypedClass; fields?: Record<string, Mutable>; absent?: Absent };

const SQL: Record<TypedClass, string> = { Float64Array: "DOUBLE[]", Uint8Array: "UTINYINT[]", Uint16Array: "USMALLINT[]", Uint32Array: "UINTEGER[]", Int32Array: "INTEGER[]" };
const UNSIGNED = new Set<string>(["Uint8Array", "Uint16Array", "Uint32Array"]);

/** Thrown for a value no shard can hold: a bug in a profile part, not bad input. */
function unstorable(path: string, what: string): Error {
  return new Error(`profile value at ${path || "(root)"} cannot be stored: ${what}`);
}

/** A plain object of any realm (profiles from worker threads, or from jest's vm, have another realm's Object.prototype). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** One value's own shape (before merging with other profiles'). */
function shapeOf(v: unknown, path: string): Mutable {
  if (v === null) return { t: "empty", absent: "null" };
  if (v === undefined) return { t: "empty", absent: "undefined" };
  if (typeof v === "string") return { t: "string" };
  if (typeof v === "number") return { t: "number" };
  if (typeof v === "boolean") return { t: "boolean" };
  if (ArrayBuffer.isView(v)) {
    const cls = v.constructor.name;
    if (!(cls in SQL)) throw unstorable(path, `a ${cls}`);
    return { t: "typed", cls: cls as TypedClass };
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return { t: "empty" };
    if (v.every((x) => typeof x === "string")) return { t: "strings" };
    if (v.every((x) => typeof x === "number")) return { t: "numbers" };
    throw unstorable(path, "a list of mixed or nested values");
  }
  if (typeof v === "object" && isPlainObject(v)) {
    const fields: Record<string, Mutable> = {};
    for (const [k, x] of Object.entries(v)) fields[k] = shapeOf(x, `${path}.${k}`);
    return { t: "struct", fields };
  }
  throw unstorable(path, `a ${Object.prototype.toString.call(v)}`);
}

function absentOf(a: Absent | undefined, b: Absent | undefined, path: string): Absent | undefined {
  if (a && b && a !== b) throw unstorable(path, "both null and left out in different profiles");
  return a ?? b;
}

/**
 * The shape that holds values of shapes a and b (may mutate a). "empty" (a
 * null, a left-out value or []) fits any shape; unsigned typed arrays of
 * different widths make "narrow"; anything else must agree.
 */
function merge(a: Mutable, b: Mutable, path: string): Mutable {
  const absent = absentOf(a.absent, b.absent, path);
  let out: Mutable;
  if (b.t === "empty") out = a;
  else if (a.t === "empty") out = { ...b };
  else if (a.t === "struct" && b.t === "struct") {
    for (const [k, x] of Object.entries(b.fields!)) a.fields![k] = a.fields![k] ? merge(a.fields![k], x, `${path}.${k}`) : markMissing(x, `${path}.${k}`);
    for (const k of Object.keys(a.fields!)) if (!(k in b.fields!)) a.fields![k] = markMissing(a.fields![k], `${path}.${k}`);
    out = a;
  } else if (a.t === "typed" && b.t === "typed" && a.cls === b.cls) out = a;
  else if ((a.t === "typed" || a.t === "narrow") && (a.t === "narrow" || UNSIGNED.has(a.cls!)) && b.t === "typed" && UNSIGNED.has(b.cls!)) out = { t: "narrow" };
  else if (a.t === b.t && a.t !== "typed") out = a;
  else throw unstorable(path, `${a.cls ?? a.t} in one profile, ${b.cls ?? b.t} in another`);
  if (absent) out.absent = absent; else delete out.absent;
  return out;
}

/** A field some profile leaves out: stored NULL, read back as left out. */
function markMissing(s: Mutable, path: string): Mutable {
  s.absent = absentOf(s.absent, "undefined", path);
  return s;
}

/** The shape that stores every one of `values` (profiles, in a fixed order, so the same profiles give the same shape). */
export function inferShape(values: Iterable<unknown>): Shape {
  let shape: Mutable | undefined;
  for (const v of values) shape = shape ? merge(shape, shapeOf(v, ""), "") : shapeOf(v, "");
  if (!shape || shape.t !== "struct") throw new Error("inferShape: no profiles, or a profile that is not an object");
  return freeze(shape);
}

function freeze(s: Mutable): Shape {
  if (s.t === "struct") return Object.freeze({ t: "struct", fields: Object.freeze(Object.fromEntries(Object.entries(s.fields!).map(([k, x]) => [k, freeze(x)]))), ...(s.absent ? { absent: s.absent } : {}) }) as Shape;
  if (s.t === "typed") return Object.freeze({ t: "typed", cls: s.cls!, ...(s.absent ? { absent: s.absent } : {}) }) as Shape;
  return Object.freeze({ t: s.t, ...(s.absent ? { absent: s.absent } : {}) }) as Shape;
}

const quoteName = (k: string) => `"${k.replace(/"/g, '""')}"`;

/** The DuckDB type of a shape ("empty": a list never seen with items, VARCHAR[]). */
export function sqlType(s: Shape): string {
  switch (s.t) {
    case "struct": return `STRUCT(${Object.entries(s.fields).map(([k, x]) => `${quoteName(k)} ${sqlType(x)}`).join(", ")})`;
    case "string": return "VARCHAR";
    case "number": return "DOUBLE";
    case "boolean": return "BOOLEAN";
    case "strings": case "empty": return "VARCHAR[]";
    case "numbers": return "DOUBLE[]";
    case "narrow": return "UINTEGER[]";
    case "typed": return SQL[s.cls];
  }
}

/** The top-level columns of a profile shape with their DuckDB types, in order. */
export function columnTypes(s: Shape): [name: string, type: string][] {
  if (s.t !== "struct") throw new Error("columnTypes: a profile shape is a struct");
  return Object.entries(s.fields).map(([k, x]) => [k, sqlType(x)]);
}

/** A number as JSON that DuckDB reads back to the same double (−0 kept; JSON.stringify writes 0). */
function numberJson(x: number, path: string): string {
  if (!Number.isFinite(x)) throw unstorable(path, `the number ${x}`);
  return Object.is(x, -0) ? "-0.0" : String(x);
}

/** Whether a Float64Array holds −0 or a value JSON cannot write (NaN, ±Infinity). */
function hasOddDouble(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if ((x === 0 && 1 / x < 0) || !Number.isFinite(x)) return true;
  }
  return false;
}

/** One profile as a JSON line for DuckDB's JSON reader, typed arrays as lists. */
export function toJsonLine(v: unknown, path = ""): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return numberJson(v, path);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    // integers print exactly through the native join; doubles too, unless one is −0 (joined as 0) or not finite
    if (!(v instanceof Float64Array) || a.length === 0 || !hasOddDouble(v)) return "[" + Array.prototype.join.call(a, ",") + "]";
    let out = "[";
    for (let i = 0; i < a.length; i++) out += (i ? "," : "") + numberJson(a[i], path);
    return out + "]";
  }
  if (Array.isArray(v)) return "[" + v.map((x, i) => toJsonLine(x, `${path}[${i}]`)).join(",") + "]";
  return "{" + Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => `${JSON.stringify(k)}:${toJsonLine(x, `${path}.${k}`)}`).join(",") + "}";
}
