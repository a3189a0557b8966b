import { parseArticle } from "../../src/parse";
import { byEvent, byOutlet, eventsOrAll, NO_EVENT, subSeed } from "../../src/features/groups";
import { article } from "../helpers";

const ps = [
  parseArticle(article({ id: "1", outlet: "yahoo", event: "e2", text: "A." })),
  parseArticle(article({ id: "2", outlet: "tass", event: "e1", text: "B." })),
  parseArticle(article({ id: "3", outlet: "yahoo", text: "C." })),
];

it("groups by outlet and event in sorted order, keeping article order", () => {
  expect([...byOutlet(ps)].map(([k, v]) => [k, v.map((p) => p.id)])).toEqual([["tass", ["2"]], ["yahoo", ["1", "3"]]]);
  expect([...byEvent(ps).keys()]).toEqual([NO_EVENT, "e1", "e2"].sort());
});

it("derives stable, label-specific seeds", () => {
  expect(subSeed(1, "tass")).toBe(subSeed(1, "tass"));
  expect(subSeed(1, "tass")).not.toBe(subSeed(1, "yahoo"));
  expect(subSeed(1, "tass")).not.toBe(subSeed(2, "tass"));
});

it("gives every article as one event unless asked per event", () => {
  expect([...eventsOrAll(ps, false)].map(([k, v]) => [k, v.length])).toEqual([[NO_EVENT, 3]]);
  expect([...eventsOrAll(ps, true).keys()]).toEqual([...byEvent(ps).keys()]);
});
