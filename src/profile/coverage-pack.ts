/**
 * Compact encodings for the voice and coverage parts of the map. A profile is
 * held by the main thread for every article, so text is kept as UTF-8 (V8
 * keeps a string with any character past U+00FF, such as a curly quote, at two
 * bytes a character) and whole numbers in the narrowest typed array.
 */

/** Text as UTF-8 bytes, or the string itself when it holds a lone surrogate (UTF-8 cannot carry one, and decoding must give the string back exactly). */
export type PackedText = Uint8Array | string;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `s` as `PackedText`; `unpackText` gives it back unchanged. */
export function packText(s: string): PackedText {
  return LONE_SURROGATE.test(s) ? s : ENCODER.encode(s);
}

/** The string `packText` was given. */
export function unpackText(t: PackedText): string {
  return typeof t === "string" ? t : DECODER.decode(t);
}

/** Whole numbers ≥ 0 in the narrowest of Uint8Array, Uint16Array and Uint32Array that holds them all. Throws on a value outside [0, 2³² − 1] or not whole. */
export function packUints(values: ArrayLike<number>): Uint8Array | Uint16Array | Uint32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`packUints: ${v} at ${i} is not a whole number in [0, 2^32 - 1]`);
    if (v > max) max = v;
  }
  return max <= 0xff ? Uint8Array.from(values) : max <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values);
}

/** Character spans that follow one another (each starts at or after the previous end) as gaps and lengths, both small numbers; `unpackSpans` restores them. */
export function packSpans(start: readonly number[], end: readonly number[]): { readonly gap: Uint8Array | Uint16Array | Uint32Array; readonly length: Uint8Array | Uint16Array | Uint32Array } {
  const gap = new Array<number>(start.length), length = new Array<number>(start.length);
  let last = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] < last || end[i] < start[i]) throw new Error(`packSpans: span ${i} (${start[i]}–${end[i]}) does not follow the previous one (ending at ${last})`);
    gap[i] = start[i] - last;
    length[i] = end[i] - start[i];
    last = end[i];
  }
  return { gap: packUints(gap), length: packUints(length) };
}

/** The starts and ends `packSpans` was given. */
export function unpackSpans(gap: ArrayLike<number>, length: ArrayLike<number>): { readonly start: Uint32Array; readonly end: Uint32Array } {
  const start = new Uint32Array(gap.length), end = new Uint32Array(gap.length);
  let last = 0;
  for (let i = 0; i < gap.length; i++) {
    start[i] = last + gap[i];
    end[i] = last = start[i] + length[i];
  }
  return { start, end };
}
