import { FramediffError } from "../../src/errors";
import { optionalPeer } from "../../src/util/optional-peer";

describe("optionalPeer (danfojs-node and tslab are optional peer dependencies)", () => {
  it("returns an installed package", () => {
    expect(optionalPeer("yaml", "test")).toBe(require("yaml"));
  });
  it("says in one line which feature needs a missing package and how to install it", () => {
    let caught: unknown;
    try { optionalPeer("framediff-no-such-package", "toDataFrame"); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(FramediffError);
    const message = (caught as Error).message;
    expect(message).toContain("toDataFrame needs framediff-no-such-package");
    expect(message).toContain("npm install framediff-no-such-package");
    expect(message).not.toContain("\n");
  });
});
