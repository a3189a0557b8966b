import { chartDirectIndirect, chartVerbStance, chartVoiceBySpeaker } from "../../src/charts/index";
import { LABELS, voiceOutlets, voiceSpeakers } from "./fixtures";

const o = { outletLabels: LABELS, outlets: ["alpha", "beta", "gamma"] };

describe("chartVoiceBySpeaker", () => {
  const spec = chartVoiceBySpeaker(voiceSpeakers, { ...o, top: 1 });
  it("matches its snapshot", () => expect(spec).toMatchSnapshot());
  it("names the top speakers, pools the rest and keeps unresolved quotes apart, last", () => {
    expect(spec.figure.data.map((t) => t.name)).toEqual(["Kuleba", "other speakers", "no speaker identified"]);
    expect(spec.figure.data[0].x).toEqual([0.3, 0.8, null]);
    expect(spec.figure.data[1].x).toEqual([0.6, 0.2, null]);
    expect(JSON.stringify(spec.figure.layout.annotations)).toMatch(/no quotes/); // gamma quotes nobody
  });
});

describe("chartDirectIndirect and chartVerbStance", () => {
  it("match their snapshots", () => {
    expect(chartDirectIndirect(voiceOutlets, o)).toMatchSnapshot();
    expect(chartVerbStance(voiceOutlets, o)).toMatchSnapshot();
  });
  it("stack direct and reported words to 100% of each outlet's quoted words", () => {
    const s = chartDirectIndirect(voiceOutlets, o);
    expect(s.figure.data.map((t) => t.x)).toEqual([[0.7, 0.2, null], [expect.closeTo(0.3, 12), 0.8, null]]);
  });
  it("stacks reporting-verb stances, leaving out a stance nobody uses", () => {
    const s = chartVerbStance(voiceOutlets, o);
    expect(s.figure.data.map((t) => t.name)).toEqual(["neutral (said, told)", "assertive (stressed, insisted)", "distancing (claimed, alleged)", "no reporting verb"]);
    expect(s.figure.data[2].x).toEqual([0.1, 0.5, null]);
  });
});
