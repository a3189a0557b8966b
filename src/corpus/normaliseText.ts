/**
 * Normalises article text once, at load time: strips a leading byte order mark,
 * turns CRLF and lone CR into LF, and composes Unicode to NFC. Nothing else is
 * altered: whitespace, quotes and page furniture stay as the source has them.
 *
 * @example
 * normaliseText("\uFEFFMevlu\u0308t\r\nÇavuşoğlu\r"); // => "Mevlüt\nÇavuşoğlu\n"
 */
export function normaliseText(s: string): string {
  const noBom = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  return noBom.replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * Normalises a short metadata string (title, id, outlet, ...): NFC and trimmed.
 *
 * @example
 * normaliseLabel("  Mevlu\u0308t "); // => "Mevlüt"
 */
export function normaliseLabel(s: string): string {
  return s.normalize("NFC").trim();
}
