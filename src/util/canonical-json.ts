import { compareCodeUnits } from "./compare";

/**
 * JSON with object keys sorted by code unit at every level, so equal values always
 * give the same text whatever order their keys were set in: what provenance hashes
 * and export sidecars rely on. Otherwise it follows `JSON.stringify`: `toJSON` is
 * called (a Date becomes its ISO string), `undefined`, function and symbol members
 * are dropped (written `null` inside arrays), non-finite numbers become `null`, and
 * `indent` spaces lay it out as `JSON.stringify(value, null, indent)` would.
 * Unlike sorting keys into a new object, integer-like keys keep the sorted order
 * (`{"10":…,"9":…}`), because the text is built here rather than by the engine.
 * A top-level value that JSON cannot hold (`undefined`, a function) gives `"null"`.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // => '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return write(value, indent > 0 ? " ".repeat(Math.min(10, Math.floor(indent))) : "", "") ?? "null";
}

/** The JSON text of `value`, or undefined where JSON.stringify would leave it out. */
function write(value: unknown, step: string, margin: string): string | undefined {
  let v = value;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    v = (v as { toJSON: () => unknown }).toJSON();
  }
  // Boxed primitives serialise as their value, as in JSON.stringify.
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const inner = margin + step;
  const open = step ? `\n${inner}` : "";
  const sep = step ? `,\n${inner}` : ",";
  const close = step ? `\n${margin}` : "";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const parts: string[] = [];
    for (const item of v) parts.push(write(item, step, inner) ?? "null");
    return `[${open}${parts.join(sep)}${close}]`;
  }
  const o = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(o).sort(compareCodeUnits)) {
    const text = write(o[key], step, inner);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${step ? " " : ""}${text}`);
  }
  return parts.length ? `{${open}${parts.join(sep)}${close}}` : "{}";
}
