import { inflateSync } from "node:zlib";

/** Every stream of a PDF, inflated when FlateDecode, with its dictionary text. */
export function pdfStreams(pdf: Buffer): { dict: string; data: Buffer }[] {
  const text = pdf.toString("latin1");
  const out: { dict: string; data: Buffer }[] = [];
  const re = /<<((?:[^<>]|<<[^<>]*>>|<[0-9A-Fa-f]*>)*)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const length = Number(/\/Length (\d+)/.exec(m[1])?.[1]);
    const raw = pdf.subarray(start, start + length);
    out.push({ dict: m[1], data: /\/FlateDecode/.test(m[1]) ? inflateSync(raw) : raw });
    re.lastIndex = start + length;
  }
  return out;
}

/** The document information a reader sees: the Info object named by the last trailer, strings decoded. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const text = pdf.toString("latin1");
  const trailer = text.slice(text.lastIndexOf("trailer"));
  const ref = /\/Info (\d+) (\d+) R/.exec(trailer);
  if (!ref) return {};
  const objects = [...text.matchAll(new RegExp(`(?:^|\\n)${ref[1]} ${ref[2]} obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, "g"))];
  const body = objects[objects.length - 1][1];
  const info: Record<string, string> = {};
  for (const m of body.matchAll(/\/(\w+)\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)/g)) info[m[1]] = decodeString(m[2]);
  return info;
}

function decodeString(s: string): string {
  if (s.startsWith("(")) return s.slice(1, -1).replace(/\\(.)/g, "$1");
  const bytes = Buffer.from(s.slice(1, -1), "hex");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return bytes.toString("latin1");
}
