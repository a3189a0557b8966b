import { join } from "path";
import { findManifest, readManifest } from "../../src/corpus/manifest";
import { parseManifestJson } from "../../src/corpus/manifestJson";
import { FramediffError } from "../../src/errors";
import { caught, tmpDir, write } from "./tmp";

function parseError(text: string): FramediffError {
  try {
    parseManifestJson(text, "m/manifest.json");
  } catch (e) {
    if (e instanceof FramediffError) return e;
    throw e;
  }
  throw new Error("expected a FramediffError");
}

describe("parseManifestJson", () => {
  it("reads name, description, outlets and rows located as articles[i]", () => {
    const m = parseManifestJson(JSON.stringify({
      name: "n", description: "d", outlets: [{ id: "x", label: " Ex ", country: "RU" }, { id: "y" }],
      articles: [{ id: "a", outlet: "x", file: "a.txt" }],
    }), "m/manifest.json");
    expect(m).toEqual({
      file: "m/manifest.json", name: "n", description: "d",
      outlets: [{ id: "x", label: "Ex", meta: { country: "RU" } }, { id: "y", label: "y", meta: {} }],
      rows: [{ fields: { id: "a", outlet: "x", file: "a.txt" }, where: { file: "m/manifest.json", row: "articles[0]" }, problems: [] }],
    });
  });

  it("accepts a BOM", () => {
    expect(parseManifestJson('\uFEFF{"articles": []}', "m.json").rows).toEqual([]);
  });

  it("reports malformed JSON with the line", () => {
    const e = parseError('{\n  "articles": [\n    {"id": "a",}\n  ]\n}\n');
    expect(e.problems[0]).toMatchObject({ code: "malformed-json", file: "m/manifest.json", line: 3 });
    expect(e.message).toContain("m/manifest.json:3: the manifest is not valid JSON");
  });

  it.each([
    ["[]", undefined, "expected a JSON object"],
    ['{"articles": {}}', "articles", 'no "articles" list'],
    ['{"articles": [], "outlets": {}}', "outlets", "expected a list of outlets"],
    ['{"articles": [], "outlets": [{"label": "x"}]}', "outlets[0].id", "non-empty string id"],
    ['{"articles": [], "outlets": [{"id": "x"}, {"id": "x"}]}', "outlets[1].id", 'outlet "x" is listed twice'],
    ['{"articles": [], "outlets": [{"id": "x", "label": 3}]}', "outlets[0].label", "label as a string"],
    ['{"articles": [], "name": 3}', "name", '"name" to be a string'],
  ])("rejects %s at the corpus level", (text, field, message) => {
    const e = parseError(text);
    expect(e.problems[0]).toMatchObject({ code: "invalid-manifest", file: "m/manifest.json" });
    expect(e.problems[0].field).toBe(field);
    expect(e.message).toContain(message);
  });
});

describe("findManifest / readManifest", () => {
  it("refuses a folder with both manifests, or with none", async () => {
    const both = tmpDir();
    write(both, "manifest.json", "{}");
    write(both, "manifest.csv", "id");
    expect((await caught(() => findManifest(both))).problems[0]).toMatchObject({ code: "ambiguous-manifest", file: both });
    const none = tmpDir();
    expect((await caught(() => findManifest(none))).problems[0]).toMatchObject({ code: "unsupported-format", file: none });
  });

  it("requires id, outlet and file columns in manifest.csv", async () => {
    const dir = tmpDir();
    write(dir, "manifest.csv", "id,outlet,path\na,x,a.txt\n");
    const e = await caught(() => readManifest(dir));
    expect(e.problems[0]).toMatchObject({ code: "missing-column", file: join(dir, "manifest.csv"), line: 1, field: "file" });
  });

  it("reads manifest.csv rows with their lines", async () => {
    const dir = tmpDir();
    write(dir, "manifest.csv", "id,outlet,file,section\na,x,a.txt,World\n\nb,y,b.txt,\n");
    const m = await readManifest(dir);
    const file = join(dir, "manifest.csv");
    expect(m).toEqual({
      file,
      rows: [
        { fields: { id: "a", outlet: "x", file: "a.txt", section: "World" }, where: { file, line: 2 }, problems: [] },
        { fields: { id: "b", outlet: "y", file: "b.txt" }, where: { file, line: 4 }, problems: [] },
      ],
    });
  });
});
