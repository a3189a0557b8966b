import { sentimentArc, sentimentByOutlet } from "../../../src/features/sentiment";
import { AUTO_MIN_CLUSTERS, bootstrapInterval, mean } from "../../../src/stats";
import { subSeed } from "../../../src/features/groups";
import { fakeParsed, profilesOf } from "../../helpers";

// Articles of one outlet with four sentences each; scores vary within and between articles.
const outlet = (name: string, k: number) =>
  Array.from({ length: k }, (_, j) => fakeParsed({ id: `${name}${String(j).padStart(3, "0")}`, outlet: name, scores: [0.1 * Math.sin(j), 0.3 * Math.cos(j), -0.2, ((j * 13) % 7) / 10 - 0.3] }));

describe('sentiment intervals resample "auto" (issue 9: the cluster bootstrap where there are enough articles)', () => {
  const profiles = profilesOf([...outlet("many", AUTO_MIN_CLUSTERS + 10), ...outlet("few", 5)]);

  test("an outlet with ≥ 30 articles resamples articles alone; one with 5, articles then sentences; each row says which", () => {
    const rows = sentimentByOutlet(profiles).rows;
    expect(rows.map((r) => [r.outlet, r.resample])).toEqual([["few", "clusters-then-items"], ["many", "clusters"]]);
    expect(sentimentArc(profiles, { bins: 2 }).rows.map((r) => r.resample)).toEqual(["clusters-then-items", "clusters-then-items", "clusters", "clusters"]);
  });

  test("the interval is the stats bootstrap of the article score arrays under the scheme the row names (independent call)", () => {
    const many = sentimentByOutlet(profiles).rows.find((r) => r.outlet === "many")!;
    const clusters = outlet("many", AUTO_MIN_CLUSTERS + 10).map((a) => a.sentences.sentiment as number[]);
    const seeded = sentimentByOutlet(profiles, { resample: "clusters" }).rows.find((r) => r.outlet === "many")!;
    expect(many).toEqual(seeded);
    // Estimate: the plain mean of every sentence, computed by hand here.
    const flat = clusters.flat();
    expect(many.mean.estimate).toBeCloseTo(flat.reduce((a, b) => a + b, 0) / flat.length, 14);
    const r = bootstrapInterval(clusters, mean, { seed: subSeed(1, "many/mean"), iterations: 2000, resample: "clusters" });
    expect(r.upper - r.lower).toBeGreaterThan(0);
    expect(many.mean).toEqual({ estimate: r.estimate, lower: r.lower, upper: r.upper });
  });

  test('"clusters-then-items" asked for explicitly keeps the two-stage scheme at any size', () => {
    expect(sentimentByOutlet(profiles, { resample: "clusters-then-items" }).rows.map((r) => r.resample)).toEqual(["clusters-then-items", "clusters-then-items"]);
  });

  test("an unknown scheme is refused with the choices", () => {
    expect(() => sentimentByOutlet(profiles, { resample: "sentences" as never })).toThrow('invalid resample: sentences (use one of "clusters-then-items", "clusters", "items", "auto")');
  });
});
