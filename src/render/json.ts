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

export { escapeXml } from "../util/escape-xml";
