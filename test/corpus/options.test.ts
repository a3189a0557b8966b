import { resolveOptions } from "../../src/corpus/options";
import { FramediffError } from "../../src/errors";

describe("resolveOptions", () => {
  it("defaults onInvalid to error", () => {
    expect(resolveOptions()).toEqual({ onInvalid: "error", followSymlinks: false });
    expect(resolveOptions({})).toEqual({ onInvalid: "error", followSymlinks: false });
    expect(resolveOptions(Object.freeze({ onInvalid: "skip" as const }))).toEqual({ onInvalid: "skip", followSymlinks: false });
  });

  it("checks values at run time", () => {
    expect(() => resolveOptions({ onInvalid: "drop" as never })).toThrow(FramediffError);
    expect(() => resolveOptions({ onInvalid: "drop" as never })).toThrow('invalid onInvalid: "drop". Fix: use one of "error", "skip".');
    expect(() => resolveOptions(null as never)).toThrow(FramediffError);
  });
});
