const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG's pixel size, read from its IHDR chunk (which the PNG spec puts first).
 * Throws if the bytes are not a PNG.
 * @example
 * pngSize(bytes); // => { width: 800, height: 600 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || !b.subarray(0, 8).equals(SIGNATURE) || b.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("not a PNG: the signature or the IHDR chunk is missing");
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
