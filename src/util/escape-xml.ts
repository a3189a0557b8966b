/**
 * The one XML/HTML escape of framediff. `escapeXml` is for attribute values and
 * HTML; `escapeXmlText` for character data, where quotes need no escape and
 * plotly's label markup (which decodes only `&amp; &lt; &gt;`) would show
 * `&quot;` literally. `unescapeXml` reverses either.
 */
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const CHARS: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Escapes the five XML specials `& < > " '`: safe in text and in quoted attributes.
 * @example
 * escapeXml('a<b & "c"'); // => "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Escapes `& < >` only: for element content and plotly label text.
 * @example
 * escapeXmlText('"a" < b'); // => '"a" &lt; b'
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}

/**
 * Decodes the five predefined entities (not numeric references); an inverse of both escapes.
 * @example
 * unescapeXml("&lt;&amp;lt;"); // => "<&lt;"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => CHARS[e]);
}
