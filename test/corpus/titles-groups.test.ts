import fc from "fast-check";
import { corpusHash } from "../../src/corpus/corpus-hash";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { streamCorpus } from "../../src/corpus/stream-corpus";
import { collect, jsonl, tmpDir, write } from "./tmp";

const t = (id: string, outlet: string, extra: Record<string, unknown> = {}) => ({ id, outlet, text: `Text of ${id}.`, ...extra });

describe("issue 12: events appear as ids (an event_title field is ignored)", () => {
  const dir = tmpDir();

  it("collects event titles from event_title or eventTitle, keeps them out of meta, and streams them too", async () => {
    const file = write(dir, "e.jsonl", jsonl(
      t("a", "x", { event: "e2", event_title: "Second event" }),
      t("b", "y", { event: "e1", eventTitle: "First event" }),
      t("c", "y", { event: "e1" }),
      t("d", "x", { event: "e3" }),
    ));
    const corpus = await loadCorpus(file);
    expect(corpus.eventTitles).toEqual({ e1: "First event", e2: "Second event" });
    expect(Object.keys(corpus.eventTitles!)).toEqual(["e1", "e2"]); // sorted, whatever the input order
    expect(corpus.articles.map((a) => a.meta)).toEqual([{}, {}, {}, {}]);
    expect(corpus.warnings).toEqual([]);
    const stream = await streamCorpus(file);
    await collect(stream.articles);
    expect(stream.finish().eventTitles).toEqual(corpus.eventTitles);
  });

  it("keeps the first title of an event and warns once per other title", async () => {
    const file = write(dir, "conflict.jsonl", jsonl(
      t("a", "x", { event: "e", event_title: "Talks" }),
      t("b", "y", { event: "e", event_title: "The talks" }),
      t("c", "y", { event: "e", event_title: "The talks" }),
      t("d", "y", { event: "e", event_title: "Talks" }),
    ));
    const corpus = await loadCorpus(file);
    expect(corpus.eventTitles).toEqual({ e: "Talks" });
    expect(corpus.warnings).toEqual([expect.objectContaining({
      code: "event-title-conflict", file, line: 2, articleId: "b",
      message: 'event "e" is titled "The talks" here but "Talks" at line 1; keeping "Talks".',
    })]);
  });

  it("warns once about titles on articles without an event, and has no eventTitles then", async () => {
    const file = write(dir, "orphan.jsonl", jsonl(t("a", "x", { event_title: "T" }), t("b", "y", { event_title: "U" })));
    const corpus = await loadCorpus(file);
    expect(corpus.eventTitles).toBeUndefined();
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: "event-title-without-event", message: expect.stringMatching(/^2 articles give an event title but no event \(first at line 1\)/) })]);
  });

  it("takes an event id such as __proto__ as an ordinary key", async () => {
    const file = write(dir, "proto.jsonl", jsonl(t("a", "x", { event: "__proto__", event_title: "P" }), t("b", "y", { event: "constructor" })));
    const corpus = await loadCorpus(file);
    expect(Object.getPrototypeOf(corpus.eventTitles)).toBe(Object.prototype);
    expect(Object.entries(corpus.eventTitles!)).toEqual([["__proto__", "P"]]);
  });

  it("reads a CSV's event_title column and a mapped title column", async () => {
    const file = write(dir, "e.csv", "id;outlet;text;event;headline\na;x;One.;e1;Bridge closes\nb;y;Two.;e1;Bridge closes\n");
    expect((await loadCorpus(file, { fieldMap: { eventTitle: "headline" } })).eventTitles).toEqual({ e1: "Bridge closes" });
  });
});

describe("issue 12: no way to compare groups of outlets", () => {
  const dir = tmpDir();

  it("gives each outlet the group its articles give, keeping `group` out of meta", async () => {
    const file = write(dir, "g.jsonl", jsonl(t("a", "x", { group: "left" }), t("b", "y", { group: "right" }), t("c", "y", { group: "right" })));
    const corpus = await loadCorpus(file);
    expect(corpus.outlets).toEqual([{ id: "x", label: "x", group: "left", meta: {} }, { id: "y", label: "y", group: "right", meta: {} }]);
    expect(corpus.articles.map((a) => a.meta)).toEqual([{}, {}, {}]);
    expect(corpus.warnings).toEqual([]);
  });

  it("keeps the first group and warns once per other group; names outlets without one", async () => {
    const file = write(dir, "gc.jsonl", jsonl(
      t("a", "x", { group: "left" }), t("b", "x", { group: "centre" }), t("c", "x", { group: "centre" }), t("d", "y"), t("e", "z", { group: 3 }),
    ));
    const corpus = await loadCorpus(file);
    expect(corpus.outlets.map((o) => [o.id, o.group])).toEqual([["x", "left"], ["y", undefined], ["z", "3"]]);
    expect(corpus.warnings.map((w) => [w.code, w.message])).toEqual([
      ["outlet-group-conflict", 'outlet "x" is in group "centre" here but "left" at line 1; keeping "left".'],
      ["outlet-without-group", '1 of 3 outlets have no group ("y"); comparisons of groups leave them out.'],
    ]);
  });

  it("reads groups from --group-by's field (kept in meta) and from a manifest's outlets list", async () => {
    const csv = write(dir, "rating.csv", "id,outlet,text,rating,group\na,x,One.,left,ignored\nb,y,Two.,right,\n");
    const byRating = await loadCorpus(csv, { groupBy: "rating" });
    expect(byRating.outlets.map((o) => [o.id, o.group])).toEqual([["x", "left"], ["y", "right"]]);
    expect(byRating.articles.map((a) => a.meta)).toEqual([{ rating: "left", group: "ignored" }, { rating: "right" }]);
    expect(byRating.groupBy).toBe("rating");

    const folder = tmpDir();
    write(folder, "a.txt", "One.");
    write(folder, "b.txt", "Two.");
    write(folder, "manifest.json", JSON.stringify({
      outlets: [{ id: "x", label: "X", group: "state", rating: "r1" }, { id: "y", label: "Y", rating: "r2" }],
      articles: [{ id: "a", outlet: "x", file: "a.txt", group: "private" }, { id: "b", outlet: "y", file: "b.txt", group: "private" }],
    }));
    const declared = await loadCorpus(folder);
    expect(declared.outlets).toEqual([
      { id: "x", label: "X", group: "state", meta: { rating: "r1" } },
      { id: "y", label: "Y", group: "private", meta: { rating: "r2" } },
    ]);
    expect(declared.warnings.map((w) => w.code)).toEqual(["outlet-group-conflict"]);
    const byManifestKey = await loadCorpus(folder, { groupBy: "rating" });
    expect(byManifestKey.outlets.map((o) => [o.id, o.group])).toEqual([["x", "r1"], ["y", "r2"]]);
    expect(byManifestKey.articles.map((a) => a.meta)).toEqual([{ group: "private" }, { group: "private" }]);
  });

  it("warns when no article gives the --group-by field, and requires a CSV column it names", async () => {
    const file = write(dir, "none.jsonl", jsonl(t("a", "x"), t("b", "y")));
    expect((await loadCorpus(file, { groupBy: "rating" })).warnings).toEqual([expect.objectContaining({ code: "group-by-unused", field: "rating" })]);
    const csv = write(dir, "none.csv", "id,outlet,text\na,x,One.\n");
    await expect(loadCorpus(csv, { groupBy: "rating" })).rejects.toThrow(/lacks the required column "rating"/);
    await expect(loadCorpus(file, { groupBy: " " })).rejects.toThrow(/field "groupBy": invalid groupBy/);
  });
});

describe("corpora without the new fields", () => {
  it("load, stream and hash as before: no eventTitles, no groups, the same meta (property)", async () => {
    const dir = tmpDir();
    let n = 0;
    const row = fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }).filter((s) => s.trim() !== ""), outlet: fc.constantFrom("x", "y"), text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""), section: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }) });
    await fc.assert(fc.asyncProperty(fc.uniqueArray(row, { selector: (r) => r.id, minLength: 1, maxLength: 6 }), async (rows) => {
      const file = write(dir, `p${n++}.jsonl`, jsonl(...rows.map((r) => (r.section === undefined ? { id: r.id, outlet: r.outlet, text: r.text } : r))));
      const corpus = await loadCorpus(file, { onInvalid: "skip" });
      expect(corpus.eventTitles).toBeUndefined();
      expect(corpus.fieldMap).toBeUndefined();
      expect(corpus.outlets.every((o) => !("group" in o))).toBe(true);
      for (const a of corpus.articles) {
        const r = rows.find((x) => x.id.normalize("NFC").trim() === a.id)!;
        expect(a.meta).toEqual(r.section === undefined ? {} : { section: r.section });
      }
      const stream = await streamCorpus(file);
      await collect(stream.articles);
      expect(stream.finish().hash).toBe(corpusHash(corpus));
    }), { numRuns: 40 });
  });
});
