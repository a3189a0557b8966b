/**
 * JSON with object keys sorted at every level, so the same value always gives the
 * same text whatever order its keys were set in. `undefined` members are dropped and
 * non-finite numbers become `null`, as `JSON.stringify` does.
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // => '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === "function") return sortKeys(toJSON.call(value));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * JSON that is safe to put inside an HTML `<script>` element: every `<` is written
 * as `\u003c`, so the text can never close the script or open a comment.
 * @example
 * scriptJson({ t: "</script>" }); // => '{"t":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Escapes text for HTML or XML character data and attribute values (`& < > " '`).
 * @example
 * escapeXml('a<b & "c"'); // => "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
