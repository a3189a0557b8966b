import { pushAll } from "../../src/util/push-all";

describe("pushAll", () => {
  test("appends in order, returns the target, leaves the items alone", () => {
    const target = [1];
    const items = Object.freeze([2, 3]);
    expect(pushAll(target, items)).toBe(target);
    expect(target).toEqual([1, 2, 3]);
    expect(pushAll(target, new Set([4]))).toEqual([1, 2, 3, 4]);
    expect(pushAll(target, [])).toEqual([1, 2, 3, 4]);
  });
  test("issue 8 finding 2: half a million items do not overflow the call stack", () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const target: number[] = [];
    pushAll(target, items);
    expect(target.length).toBe(500_000);
    expect(target[499_999]).toBe(499_999);
  });
});
