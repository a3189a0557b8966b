import { chartDirectIndirect, chartVerbStance, chartVoiceBySpeaker } from "../charts/voice";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

const NO_QUOTES = (r: { readonly rows: readonly { readonly quotes: number }[] }) => (r.rows.some((x) => x.quotes > 0) ? null : "no quotes");

/** The quotes, quoted words by speaker, and quoting per outlet. */
export const VOICE_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "quote-table", table: "quote-table", columns: columnsOf("quote-table"), section: "voice",
    get: (c) => c.voice.quotes,
    charts: [],
    skip: { noun: "quote" },
  }),
  entry({
    kind: "voice-speakers", table: "voice-speakers", columns: columnsOf("voice-speakers"), section: "voice",
    get: (c) => c.voice.speakers,
    charts: [{ name: "voice-speakers", draw: (r, { options }) => chartVoiceBySpeaker(r, options) }],
    reportTable: (r) => ({ caption: "Quoted words by speaker", rows: r.rows, columns: [
      ["outlet", (x) => x.outlet], ["speaker", (x) => x.speaker], ["quotes", (x) => x.quotes], ["words", (x) => x.words], ["share", (x) => x.share],
    ] }),
    skip: { noun: "quote" },
  }),
  entry({
    kind: "voice-outlets", table: "voice-outlets", columns: columnsOf("voice-outlets"), section: "voice",
    get: (c) => c.voice.outlets,
    charts: [
      { name: "voice-direct-indirect", skip: (r) => NO_QUOTES(r), draw: (r, { options }) => chartDirectIndirect(r, options) },
      { name: "voice-verb-stance", skip: (r) => NO_QUOTES(r), draw: (r, { options }) => chartVerbStance(r, options) },
    ],
    skip: { noun: "voice" },
  }),
];
