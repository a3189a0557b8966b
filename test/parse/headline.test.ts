import { placeHeadline } from "../../src/parse/headline";

describe("placeHeadline", () => {
  it("finds a title printed near the top of the text", () => {
    expect(placeHeadline("Big news", "All news\n\nBig news\nBody").headline).toEqual({ placement: "in-text", start: 10, end: 18, bodyStart: 0 });
  });
  it("prepends a title the text does not show", () => {
    const r = placeHeadline("T", "Body");
    expect(r.analysedText).toBe("T\n\nBody");
    expect(r.headline.bodyStart).toBe(3);
  });
  it("does not take a match deep in the body for the headline", () => {
    const body = "x ".repeat(300) + "Big news";
    expect(placeHeadline("Big news", body).headline.placement).toBe("prepended");
  });
  it("reports an absent title", () => {
    expect(placeHeadline(undefined, "Body").headline.placement).toBe("absent");
    expect(placeHeadline("  ", "Body").headline.placement).toBe("absent");
  });
});
