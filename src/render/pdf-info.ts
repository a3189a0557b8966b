/**
 * Sets a PDF's document information (Title, Subject, …) and removes its dates.
 *
 * Chromium's `page.pdf` (Skia/PDF) writes a classic xref table and one Info
 * dictionary: Title (from `document.title`), Creator (the browser's user agent),
 * Producer (`Skia/PDF m<version>`), CreationDate and ModDate (the current time), and no
 * `/ID` in the trailer. The dates are the only bytes that change between runs. So:
 * 1. the dates are overwritten with spaces of the same length (offsets stay valid);
 * 2. an incremental update (PDF 32000-1 §7.5.6) is appended: a new Info object, an
 *    xref section for it, and a trailer with `/Prev` and `/Info`. Readers use the
 *    newest trailer; the original bytes are untouched apart from step 1.
 * Strings are literal `( … )` when printable ASCII, else UTF-16BE hex with a BOM.
 * Producer is kept from the original unless `info` gives one.
 */
export function setPdfInfo(pdf: Uint8Array, info: Record<string, string>): Buffer {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString("latin1");
  const trailer = lastTrailer(text);
  const size = Number(required(/\/Size\s+(\d+)/.exec(trailer[1]), "/Size")[1]);
  const root = required(/\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1]), "/Root")[1];
  const infoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1]);
  const entries: Record<string, string> = {};
  if (infoRef) {
    const obj = new RegExp(`(?:^|[\\r\\n])${infoRef[1]}\\s+${infoRef[2]}\\s+obj\\b([\\s\\S]*?)endobj`).exec(text);
    if (obj) {
      const start = obj.index + obj[0].indexOf("obj") + 3;
      const body = obj[1];
      for (const d of body.matchAll(/\/(?:CreationDate|ModDate)\s*\((?:[^()\\]|\\.)*\)/g)) {
        bytes.fill(0x20, start + d.index!, start + d.index! + d[0].length);
      }
      const producer = /\/Producer\s*\(((?:[^()\\]|\\.)*)\)/.exec(body);
      if (producer) entries.Producer = producer[1].replace(/\\(.)/g, "$1");
    }
  }
  Object.assign(entries, info);
  const dict = Object.entries(entries).map(([k, v]) => `/${k} ${pdfString(v)}`).join("\n");
  const n = size;
  const objAt = bytes.length + 1;
  const obj = `\n${n} 0 obj\n<<${dict}>>\nendobj\n`;
  const xrefAt = bytes.length + Buffer.byteLength(obj, "latin1");
  const tail = `xref\n${n} 1\n${String(objAt).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${n + 1}\n/Root ${root}\n/Info ${n} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(obj + tail, "latin1")]);
}

/** A PDF text string: `(literal)` for printable ASCII, else `<FEFF…>` UTF-16BE hex. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, "\\$&")})`;
  const utf16be = Buffer.from(value, "utf16le").swap16();
  return `<FEFF${utf16be.toString("hex").toUpperCase()}>`;
}

/** The last `trailer << … >> startxref N %%EOF`: [whole, dictionary body, N]. */
function lastTrailer(text: string): RegExpExecArray {
  const at = text.lastIndexOf("trailer");
  const m = at < 0 ? null : /^trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(at));
  return required(m, "classic trailer (trailer << … >> startxref … %%EOF) at the end");
}

function required<T>(m: T | null, what: string): T {
  if (m === null) throw new Error(`unexpected PDF from Chromium: no ${what} found; framediff cannot set its info`);
  return m;
}
