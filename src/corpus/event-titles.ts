import type { Warning } from "../errors";
import { compareCodeUnits } from "../util/compare";
import { describeLocation, fieldAt, type RecordLocation } from "./fields";

/** What the event titles of a corpus came to once every article was seen. */
export interface EventTitleFindings {
  /** Title by event id, keys in code-unit order; absent when no article gives one. */
  readonly titles?: Readonly<Record<string, string>>;
  readonly warnings: readonly Warning[];
}

/** The streaming reducer of event titles (see createEventTitles). */
export interface EventTitles {
  /** Notes one valid article's event and title; returns a warning when the title conflicts with the event's first one. */
  add(event: string | undefined, title: string | undefined, where: RecordLocation, articleId: string): Warning[];
  finish(): EventTitleFindings;
}

/**
 * Collects the human titles of events from the articles' `eventTitle`
 * (`event_title`) field: the first title seen for an event wins, and each
 * other title it is given is warned about once (not once per article). A
 * title on an article without an event has nothing to name; those articles
 * are counted into one warning. Holds one entry per event.
 *
 * @example
 * const t = createEventTitles(path);
 * t.add("antalya", "Talks in Antalya", where, "a1");
 * t.finish().titles; // => { antalya: "Talks in Antalya" }
 */
export function createEventTitles(path: string): EventTitles {
  const titles = new Map<string, { title: string; from: RecordLocation }>();
  const warned = new Set<string>();
  let orphans = 0;
  let firstOrphan: RecordLocation | undefined;
  return {
    add(event, title, where, articleId) {
      if (title === undefined) return [];
      if (event === undefined) {
        orphans++;
        firstOrphan ??= where;
        return [];
      }
      const known = titles.get(event);
      if (!known) {
        titles.set(event, { title, from: where });
        return [];
      }
      const key = `${event}\u0000${title}`;
      if (known.title === title || warned.has(key)) return [];
      warned.add(key);
      return [{
        code: "event-title-conflict", ...fieldAt(where, "eventTitle", articleId),
        message: `event "${event}" is titled "${title}" here but "${known.title}" at ${describeLocation(known.from)}; keeping "${known.title}".`,
        hint: "give each event one title (event_title), the same on every article of the event.",
      }];
    },
    finish() {
      const warnings: Warning[] = [];
      if (orphans > 0) {
        warnings.push({
          code: "event-title-without-event", file: firstOrphan?.file ?? path,
          message: `${orphans} article${orphans === 1 ? " gives" : "s give"} an event title but no event (first at ${describeLocation(firstOrphan!)}), so the title${orphans === 1 ? " names" : "s name"} nothing and ${orphans === 1 ? "is" : "are"} not used.`,
          hint: "give those articles their event id (event) as well, or remove the titles.",
        });
      }
      if (titles.size === 0) return { warnings };
      const ids = [...titles.keys()].sort(compareCodeUnits);
      // fromEntries defines own properties, so an event id such as "__proto__" is a key like any other
      const out: Record<string, string> = Object.fromEntries(ids.map((id) => [id, titles.get(id)!.title]));
      return { titles: Object.freeze(out), warnings };
    },
  };
}
