/** Unsigned integers in the narrowest typed array that holds them. */
export type UintArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Packs non-negative integers below 2³² into the narrowest typed array that
 * holds the largest of them: most sentence indices, word counts and target
 * indices of an article fit a byte, and the map's output is held for every
 * article. The width depends only on the values, so the same article gives
 * the same array in any worker.
 *
 * @example
 * uintArray([3, 300]); // => Uint16Array [3, 300]
 */
export function uintArray(values: ArrayLike<number>): UintArray {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max < 0x100 ? Uint8Array.from(values) : max < 0x10000 ? Uint16Array.from(values) : Uint32Array.from(values);
}
