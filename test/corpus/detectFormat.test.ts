import { detectFormat } from "../../src/corpus/detectFormat";
import { caught, tmpDir, write } from "./tmp";

describe("detectFormat", () => {
  const dir = tmpDir();

  it("tells folders, JSONL and CSV apart", async () => {
    expect(await detectFormat("corpus/antalya-2022-03-10")).toBe("folder");
    const csvFolder = tmpDir();
    write(csvFolder, "manifest.csv", "id,outlet,file\n");
    expect(await detectFormat(csvFolder)).toBe("folder");
    expect(await detectFormat(write(dir, "a.jsonl", ""))).toBe("jsonl");
    expect(await detectFormat(write(dir, "a.NDJSON", ""))).toBe("jsonl");
    expect(await detectFormat(write(dir, "a.csv", ""))).toBe("csv");
  });

  it.each(["a.json", "a.tsv", "README"])("rejects %s, listing the accepted formats", async (name) => {
    const file = write(dir, name, "");
    const e = await caught(() => detectFormat(file));
    expect(e.problems[0]).toMatchObject({ code: "unsupported-format", file });
    expect(e.message).toContain("a folder with manifest.json or manifest.csv, a .jsonl or .ndjson file, or a .csv file");
  });

  it("rejects a folder without a manifest, and a missing path", async () => {
    const empty = tmpDir();
    const e = await caught(() => detectFormat(empty));
    expect(e.problems[0]).toMatchObject({ code: "unsupported-format", file: empty });
    expect(e.message).toContain(".jsonl");
    expect((await caught(() => detectFormat(`${dir}/missing`))).problems[0]).toMatchObject({ code: "not-found", file: `${dir}/missing` });
  });
});
