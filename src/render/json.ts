// One canonical JSON for the whole package (corpus hashes use it too).
export { canonicalJson } from "../util/canonical-json";

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
