import { optionalPeer } from "../util/optional-peer";

/** The one part of tslab's `Display` that rendering uses. */
export interface HtmlDisplay {
  html(s: string): void;
}

/**
 * tslab's display, loaded only when a notebook needs it, so src/render can be
 * imported (and tested) in plain Node where tslab's kernel is not running.
 */
export function tslabDisplay(): HtmlDisplay {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tslab = optionalPeer("tslab", "show and showTable") as { display: HtmlDisplay };
  return tslab.display;
}
