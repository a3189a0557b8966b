/**
 * Colour-blind-safe colours. Outlets get Okabe & Ito's (2008) eight colours
 * ("Color Universal Design"), yellow last because it is faint on white; each
 * outlet also gets its own marker symbol and dash pattern, so a greyscale
 * print keeps outlets apart where grey levels coincide. Categories that are
 * not outlets (labels, speakers, stances) get Paul Tol's *muted* scheme
 * (Tol 2021, "Colour schemes", SRON/EPS/TN/09-002), so they never look like an
 * outlet, plus a fill pattern each for greyscale.
 */
export const OKABE_ITO: readonly string[] = Object.freeze([
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#E69F00", // orange
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#000000", // black
  "#F0E442", // yellow
]);

/**
 * Marker symbols per outlet (plotly names): the first eight go with the
 * colours in order; past eight outlets each round of colours shifts one
 * symbol further (see {@link outletIdentity}). Open symbols end in "-open"
 * (charts draw their outline in the outlet's colour).
 */
export const OUTLET_SYMBOLS: readonly string[] = Object.freeze([
  "circle", "square", "diamond", "triangle-up", "circle-open", "square-open", "diamond-open", "triangle-down",
  "cross", "x", "star", "pentagon", "hexagon", "triangle-up-open", "star-open", "hourglass",
]);

/** Dash patterns per outlet (plotly `line.dash`). */
export const OUTLET_DASHES: readonly string[] = Object.freeze([
  "solid", "dash", "dot", "dashdot", "longdash", "longdashdot", "5px,2px,1px,2px", "1px,3px",
]);

/** How many outlets {@link outletIdentity} gives distinct colour-and-symbol pairs: 8 colours × 16 symbols. */
export const DISTINCT_OUTLET_IDENTITIES = OKABE_ITO.length * OUTLET_SYMBOLS.length;

/**
 * The colour, marker symbol and dash of the outlet at `rank` (0-based) in a
 * study. Colour cycles through the eight Okabe–Ito colours; round r =
 * ⌊rank / 8⌋ takes symbol (rank mod 8 + r) mod 16, so two outlets of one
 * colour differ in symbol until rank {@link DISTINCT_OUTLET_IDENTITIES} (128):
 * 49 outlets get 49 different pairs, not eight cycling colours. Past 128 the
 * pairs repeat (charts show 30 outlets by default). The first eight are the
 * plain palette: rank i has colour i and symbol i.
 *
 * @example
 * outletIdentity(9); // => { color: "#D55E00", symbol: "diamond", dash: "dot" }
 */
export function outletIdentity(rank: number): { color: string; symbol: string; dash: string } {
  const c = rank % OKABE_ITO.length, round = Math.floor(rank / OKABE_ITO.length);
  return { color: OKABE_ITO[c], symbol: OUTLET_SYMBOLS[(c + round) % OUTLET_SYMBOLS.length], dash: OUTLET_DASHES[(c + round) % OUTLET_DASHES.length] };
}

/** Paul Tol's *muted* qualitative scheme, nine colours. */
export const TOL_MUTED: readonly string[] = Object.freeze([
  "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
]);

/**
 * Fill patterns (plotly `marker.pattern.shape`) that go with {@link TOL_MUTED}:
 * colours of about the same grey level get different patterns (dark: solid,
 * "\\", "|"; middle: solid, ".", "x", "-"; light: "/", solid).
 */
export const CATEGORY_PATTERNS: readonly string[] = Object.freeze(["", "/", "", "\\", ".", "", "x", "|", "-"]);

/** A plotly colour scale: [position in [0, 1], colour] stops. */
export type ColorScale = readonly (readonly [number, string])[];

function stops(colors: readonly string[]): ColorScale {
  return Object.freeze(colors.map((c, i) => Object.freeze([i / (colors.length - 1), c] as const)));
}

/**
 * Diverging red–white–blue (ColorBrewer RdBu, 9 classes; Brewer 2003),
 * negative red, positive blue. Centre it at 0 with `zmid: 0`. Its two ends
 * share a grey level, so charts that use it also print the value in the cell.
 */
export const DIVERGING: ColorScale = stops(["#B2182B", "#D6604D", "#F4A582", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#92C5DE", "#4393C3", "#2166AC"]);

/** Sequential white-to-blue (ColorBrewer Blues, 9 classes): light = low, monotone in grey level. */
export const SEQUENTIAL: ColorScale = stops(["#F7FBFF", "#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C", "#08306B"]);

/** Viridis (van der Walt & Smith 2015), perceptually uniform, 9 stops, reversed so that light = low. */
export const VIRIDIS: ColorScale = stops(["#FDE725", "#AADC32", "#5DC863", "#27AD81", "#21908C", "#2C728E", "#3B528B", "#472D7B", "#440154"]);

/** Cividis (Nuñez et al. 2018), optimised for colour-vision deficiency, 9 stops, reversed so that light = low. */
export const CIVIDIS: ColorScale = stops(["#FFEA46", "#E1CC55", "#C3B369", "#A59C74", "#8A8779", "#6F6F6E", "#575D6D", "#3B496C", "#00224E"]);

/** Colour of "no difference" / non-significant marks. */
export const NEUTRAL_GREY = "#9A9A9A";
export const LIGHT_GREY = "#D9D9D9";

/** `#RRGGBB` with an alpha, as `rgba(r, g, b, a)` (integers, as plotly 4 wants). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = parseInt(m[1], 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Relative luminance (WCAG 2.1) of `#RRGGBB`, for choosing black or white text on a fill. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return 1;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}
