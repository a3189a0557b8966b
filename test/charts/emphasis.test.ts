import { articleLeadEdges, bandX, chartActorSalience, chartFirstMention, chartFrameAttention, SEQUENTIAL } from "../../src/charts/index";
import { frameAttention, LABELS, positions, salience } from "./fixtures";

const o = { outletLabels: LABELS };

describe("chartFrameAttention", () => {
  const spec = chartFrameAttention(frameAttention, o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("draws the sentence share on a sequential scale from 0, printed as a percentage", () => {
    const t = spec.figure.data[0] as { z: number[][]; text: string[][]; zmin: number; colorscale: unknown };
    expect(t.z[0]).toEqual([0.1, 0.2, expect.closeTo(0.3, 12)]);
    expect(t.text[1][2]).toBe("60%");
    expect(t.zmin).toBe(0);
    expect(t.colorscale).toEqual(SEQUENTIAL.map(([p, c]) => [p, c]));
  });
  it("keeps an empty section blank", () => {
    const head = chartFrameAttention(frameAttention, { section: "headline" });
    expect((head.figure.data[0].z as (number | null)[][])[0][2]).toBeNull();
    expect(head.name).toBe("frame-attention-headline");
  });
});

describe("chartFirstMention", () => {
  const spec = chartFirstMention(positions, "Lavrov", o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("puts a headline mention in the headline band and content mentions in lead/body by their own article's lead edge", () => {
    const xs = spec.figure.data.map((t) => (t.x as number[])[0]);
    expect(xs[0]).toBeLessThan(-0.03); // alpha: headline
    expect(xs[1]).toBeGreaterThanOrEqual(0);
    expect(xs[1]).toBeLessThanOrEqual(0.2); // beta: lead
    expect(xs[2]).toBeGreaterThan(0.2); // gamma: body
    expect(articleLeadEdges(positions.rows).get("b1")).toBeCloseTo(0.3, 12); // between lead 0.2 and body 0.4
    expect(bandX(positions.rows[3], 0.3)).toBeCloseTo(0.2 * (0.2 / 0.3), 12);
  });
  it("names the kind when a key is ambiguous, and the target when unknown", () => {
    expect(() => chartFirstMention(positions, "Nobody")).toThrow(/no article mentions "Nobody"/);
  });
});

describe("chartActorSalience", () => {
  const spec = chartActorSalience(salience, o);
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("orders actors by their mean rate and gives each outlet its own lane, zeros included", () => {
    expect((spec.figure.layout.yaxis as { ticktext: string[] }).ticktext).toEqual(["Lavrov", "Kuleba"]);
    const beta = spec.figure.data.find((t) => t.name === "Beta News")!;
    expect(beta.x).toEqual([8, 0]);
    expect(beta.y).toEqual([0, 1]);
    const alpha = spec.figure.data.find((t) => t.name === "Alpha Daily")!;
    expect((alpha.y as number[])[0]).toBeLessThan(0);
  });
});
