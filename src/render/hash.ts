import { createHash } from "node:crypto";

/**
 * sha256 of text (as UTF-8) or bytes, lowercase hex.
 * @example
 * sha256Hex("abc"); // => "ba7816bf…15ad"
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units: a small stable seed, not a
 * checksum. Used to seed plotly's random ids per figure name.
 * @example
 * fnv1a32(""); // => 2166136261
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
