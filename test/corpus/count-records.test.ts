import fc from "fast-check";
import { countRecords } from "../../src/corpus/count-records";
import { BUNDLED } from "../helpers";
import { tmpDir, write } from "./tmp";

describe("countRecords: the total for the map's progress", () => {
  it("property: counts the non-blank lines of a JSONL file, whatever its line ends and blank lines", async () => {
    const dir = tmpDir();
    const line = fc.oneof(fc.constant(""), fc.constant("  \t"), fc.string({ minLength: 1, maxLength: 20 }).map((s) => JSON.stringify({ id: s, outlet: "x", text: s })));
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), async (lines, eol, finalEol) => {
      const path = write(dir, "c.jsonl", lines.join(eol) + (finalEol ? eol : ""));
      expect(await countRecords(path)).toBe(lines.filter((l) => l.trim() !== "").length);
    }), { numRuns: 100 });
  });

  it("gives no total for a folder corpus or a CSV file", async () => {
    expect(await countRecords(BUNDLED)).toBeUndefined();
    expect(await countRecords(write(tmpDir(), "c.csv", "id,outlet,text\na,x,\"two\nlines\"\n"))).toBeUndefined();
  });
});
