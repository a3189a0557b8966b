import { pdfString, setPdfInfo } from "../../src/render/pdf-info";
import { pdfInfo } from "./pdf-check";

/** A minimal PDF shaped like Chromium's: Info as object 1, a classic xref table, no /ID. */
function chromiumLikePdf(): Buffer {
  const objs = [
    "<</Title (t)\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n" +
      "/CreationDate (D:20261121234519+00'00')\n/ModDate (D:20261121234519+00'00')>>",
    "<</Type /Catalog /Pages 3 0 R>>",
    "<</Type /Pages /Count 1 /Kids [4 0 R]>>",
    "<</Type /Page /Parent 3 0 R /MediaBox [0 0 10 10]>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objs.map((o, i) => { const at = body.length; body += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<</Size ${objs.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

it("blanks the dates in place and appends an incremental update with the new Info", () => {
  const before = chromiumLikePdf();
  const after = setPdfInfo(before, { Title: "sentiment", Subject: '{"a":"(x)\\\\"}', Keywords: "Çavuşoğlu" });
  const head = after.subarray(0, before.length).toString("latin1");
  expect(head.length).toBe(before.length);
  expect(head).not.toMatch(/CreationDate|ModDate|D:2026/);
  const squeeze = (t: string) => t.replace(/\s+/g, " ");
  expect(squeeze(head)).toBe(squeeze(before.toString("latin1").replace(/\/(CreationDate|ModDate) \([^)]*\)/g, "")));
  const tail = after.subarray(before.length).toString("latin1");
  expect(tail).toMatch(/^\n5 0 obj\n<<\/Producer \(Skia\/PDF m156\)\n\/Title \(sentiment\)/);
  expect(tail).toMatch(/trailer\n<<\/Size 6\n\/Root 2 0 R\n\/Info 5 0 R\n\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
  expect(pdfInfo(after)).toEqual({ Producer: "Skia/PDF m156", Title: "sentiment", Subject: '{"a":"(x)\\\\"}', Keywords: "Çavuşoğlu" });
});

it("points the xref entry and startxref at the right bytes", () => {
  const after = setPdfInfo(chromiumLikePdf(), { Title: "x" }).toString("latin1");
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(after)![1]);
  expect(after.slice(startxref, startxref + 4)).toBe("xref");
  const entry = /xref\n5 1\n(\d{10}) 00000 n \n/.exec(after.slice(startxref))!;
  expect(after.slice(Number(entry[1]), Number(entry[1]) + 8)).toBe("5 0 obj\n");
  const prev = Number(/\/Prev (\d+)/.exec(after)![1]);
  expect(after.slice(prev, prev + 6)).toBe("xref\n0");
});

it("writes PDF text strings as literals when ASCII, else UTF-16BE with a BOM", () => {
  expect(pdfString("a (b) \\c")).toBe("(a \\(b\\) \\\\c)");
  expect(pdfString("Ç")).toBe("<FEFF00C7>");
  expect(pdfString("😀")).toBe("<FEFFD83DDE00>");
});

it("refuses a PDF it does not understand instead of corrupting it", () => {
  expect(() => setPdfInfo(Buffer.from("%PDF-1.5\n...no classic trailer"), { Title: "x" })).toThrow(/unexpected PDF from Chromium/);
});
