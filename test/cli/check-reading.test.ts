import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadOptionsFromFlags } from "../../src/cli/load-flags";

async function run(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

const EXAMPLE = join(__dirname, "..", "..", "examples", "media-cloud", "stories.csv");
const file = (name: string, body: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "fd-check-reading-")), name);
  writeFileSync(path, body);
  return path;
};

describe("loadOptionsFromFlags", () => {
  it("turns the corpus flags into LoadOptions", () => {
    expect(loadOptionsFromFlags({ map: "text=body", delimiter: "tab", "group-by": "rating", "date-format": "D.M.YYYY" }))
      .toEqual({ followSymlinks: false, fieldMap: { text: "body" }, delimiter: "\t", groupBy: "rating", dateFormat: "D.M.YYYY" });
    expect(loadOptionsFromFlags({ delimiter: ";" })).toEqual({ followSymlinks: false, delimiter: ";" });
    expect(loadOptionsFromFlags({ delimiter: "\t" })).toEqual({ followSymlinks: false, delimiter: "\t" });
  });
});

describe("issue 12: a Media Cloud export is rejected (the command line)", () => {
  it("checks the example export with the README's command and says where each field came from", async () => {
    const r = await run("check", EXAMPLE, "--map", "text=story_text");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Articles: 6   Outlets: 3   Events: 1\nFields: outlet ← media_name, date ← publish_date, text ← story_text (recognised a Media Cloud export)\n");
    expect(r.out).toMatch(/usable: 6 articles from 3 outlets\.\n$/);
  });

  it("without --map, says the export has no text column and how to name one", async () => {
    const r = await run("check", EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.err).toContain('field "text": the header row lacks the required column "text"');
    expect(r.err).toContain("--map text=COLUMN");
  });
});

describe("corpus flags: one usage line naming the flag (exit 2)", () => {
  it.each([
    [["check", "c.csv", "--map", "body"], 'framediff check: invalid --map "body": "body" is not FIELD=COLUMN. Fix: write --map FIELD=COLUMN pairs separated by commas, e.g. --map text=story_text,outlet=media_name.'],
    [["check", "c.csv", "--map", "body=x"], 'framediff check: invalid --map "body=x": unknown field "body".'],
    [["check", "c.csv", "--map", "text=a,text=b"], 'framediff check: invalid --map "text=a,text=b": field "text" is mapped twice.'],
    [["check", "c.csv", "--delimiter", ":"], 'framediff check: invalid --delimiter ":" (use , ; | or tab)'],
    [["check", "c.csv", "--group-by", ""], 'framediff check: invalid --group-by "" (name the field or column'],
    [["analyze", "c.csv", "--map", "body"], 'framediff analyze: invalid --map "body"'],
    [["map", "c.csv", "--store", "s", "--shard", "0/1", "--delimiter", "x"], 'framediff map: invalid --delimiter "x"'],
  ])("%j", async (argv, first) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n")[0].startsWith(first)).toBe(true);
  });
});

describe("check prints event titles and outlet groups", () => {
  it("counts the titles, shows them beside the events, and lists the groups by their field", async () => {
    const path = file("c.csv", [
      "id;outlet;text;event;event_title;rating",
      "a;x;The bridge was closed.;e1;Bridge closes;left",
      "b;y;The bridge closed today.;e1;Bridge closes;right",
      "c;z;A ferry runs now.;e2;Ferry starts;right",
    ].join("\n") + "\n");
    const r = await run("check", path, "--group-by", "rating");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Events: 2\nEvent titles: 2\nGroups (by rating): 2: left (1 outlet), right (2 outlets)\n");
    expect(r.out).toMatch(/event\s+title\s+articles\s+outlets\n[- ]+\ne1\s+Bridge closes\s+2\s+x, y\ne2\s+Ferry starts\s+1\s+z\n/);
    const json = JSON.parse((await run("check", path, "--group-by", "rating", "--json")).out);
    expect(json.reading).toEqual({
      eventTitles: { e1: "Bridge closes", e2: "Ferry starts" }, groupBy: "rating",
      groups: [{ group: "left", outlets: ["x"] }, { group: "right", outlets: ["y", "z"] }],
    });
  });

  it("says nothing more for a corpus without titles, groups or mapped fields", async () => {
    const path = file("plain.jsonl", '{"id":"a","outlet":"x","text":"One."}\n{"id":"b","outlet":"y","text":"Two."}\n');
    const r = await run("check", path, "--json");
    expect(JSON.parse(r.out).reading).toBeUndefined();
  });

  it("reads a tab-separated file with --delimiter tab, and warns about a German one", async () => {
    const german = "Die Minister beider Länder haben sich am Donnerstag in der Stadt getroffen. Es war das erste Treffen seit Monaten. Ein Abkommen wurde nicht geschlossen, sagte ein Sprecher nach dem Gespräch. Man habe über die Brücke gesprochen, aber keine Fortschritte erzielt. Der Bürgermeister erklärte, die Stadt wolle weitere Gespräche führen.";
    const path = file("de.tsv.csv", `id\toutlet\ttext\tlanguage\na\tx\t${german}\tde\nb\ty\t${german}\tde\n`);
    const r = await run("check", path, "--delimiter", "tab");
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 of 2 articles do not read as English (few English function words: "a", "b"); 2 articles give a language other than English (de: 2; "a", "b")');
  });
});
