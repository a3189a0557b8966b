import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { kwic } from "../../src/kwic/kwic";

async function run(...argv: string[]) {
  let out = "", err = "";
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

function corpus(): string {
  const file = join(mkdtempSync(join(tmpdir(), "fd-kwic-")), "c.jsonl");
  writeFileSync(file, [
    { id: "b1", outlet: "yahoo", event: "e1", title: "Talks fail", text: "The talks in Kyiv failed. Lavrov left." },
    { id: "a1", outlet: "tass", event: "e1", title: "Kiev\u001b[2J refuses", text: "Officials in Kiev refused. Then Kyiv\u202e answered." },
    { id: "a2", outlet: "tass", event: "e2", text: "Nothing here." },
  ].map((x) => JSON.stringify(x)).join("\n") + "\n");
  return file;
}

describe("framediff kwic", () => {
  const file = corpus();

  it("prints an aligned concordance: left right-aligned | match | right, then outlet · article id · title", async () => {
    const r = await run("kwic", file, "/Ky?iev|Kyiv/", "--window", "2");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    // outlets in id order (tass before yahoo), lines by article then position; the bars line up
    expect(lines.map((l) => l.indexOf("|"))).toEqual([lines[0].indexOf("|"), lines[0].indexOf("|"), lines[0].indexOf("|")]);
    expect(lines[0]).toMatch(/^ *Officials in \| Kiev \| refused. +tass · a1 · Kiev\\x1b\[2J refuses$/);
    // a bidi override from the corpus is shown escaped, never sent to the terminal
    expect(lines[1]).toMatch(/^ *Then \| Kyiv \| \\u202e answered\. +tass · a1/);
    expect(lines[2]).toMatch(/^ *talks in \| Kyiv \| failed\. +yahoo · b1 · Talks fail$/);
    expect(r.err).toBe("3 occurrences in 2 outlets.\n");
  });

  it("filters by --outlet and --event, and says when nothing matched", async () => {
    expect((await run("kwic", file, "kyiv", "--outlet", "yahoo", "-q")).out.split("\n").filter(Boolean)).toHaveLength(1);
    expect((await run("kwic", file, "kyiv", "--event", "e2")).err).toMatch(/no occurrence of kyiv in the outlets and events asked for/);
  });

  it("--csv and --json give what kwic() gives", async () => {
    const api = await kwic(file, "kyiv", { window: 3 });
    const j = await run("kwic", file, "kyiv", "--window", "3", "--json");
    expect(JSON.parse(j.out)).toEqual(JSON.parse(JSON.stringify(api)));
    const c = await run("kwic", file, "kyiv", "--window", "3", "--csv");
    const rows = c.out.trim().split("\n");
    expect(rows[0]).toBe("outlet,event,articleId,title,url,date,left,match,right");
    expect(rows.slice(1).map((r) => r.split(",").slice(0, 3).join(","))).toEqual(["tass,e1,a1", "yahoo,e1,b1"]);
  });

  it("reads a corpus the way analyze does: --map and --delimiter (a semicolon CSV with other column names)", async () => {
    const csv = join(mkdtempSync(join(tmpdir(), "fd-kwic-map-")), "export.csv");
    writeFileSync(csv, "stories_id;media_name;story_text\n1;Post;Crowds in Kyiv cheered.\n2;Ledger;Quiet in Kyiv today.\n");
    const mapped = await run("kwic", csv, "kyiv", "--map", "id=stories_id,outlet=media_name,text=story_text", "--delimiter", ";", "--csv");
    expect(mapped.code).toBe(0);
    expect(mapped.out.trim().split("\n").slice(1).map((r) => r.split(",").slice(0, 3).join(","))).toEqual(["Ledger,,2", "Post,,1"]);
    const bad = await run("kwic", csv, "kyiv", "--map", "text");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid --map "text"/);
  });

  it("usage errors are one line with exit 2; an unreadable corpus names the file, exit 1", async () => {
    for (const argv of [["kwic", file], ["kwic", file, "kyiv", "--window", "-1"], ["kwic", file, "kyiv", "--limit", "x"], ["kwic", file, "kyiv", "--csv", "--json"], ["kwic", file, "/(/"], ["kwic", file, "--"], ["kwic", file, "kyiv", "--windw", "3"]]) {
      const r = await run(...argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err.split("\n").filter(Boolean)).toHaveLength(2); // the error, then where the help is
    }
    expect((await run("kwic", file, "kyiv", "--windw", "3")).err).toMatch(/did you mean --window/);
    const missing = await run("kwic", join(tmpdir(), "no-such-corpus.jsonl"), "kyiv");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no-such-corpus\.jsonl/);
    expect((await run("kwic", "--help")).out).toMatch(/--window N/);
    expect((await run("--help")).out).toMatch(/kwic <corpus> <pattern>/);
  });
});
