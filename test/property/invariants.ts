/**
 * Invariants every feature result of `compare` must keep, whatever the
 * corpus: counts are whole and ≥ 0, shares and p-values lie in [0, 1], shares
 * of one whole sum to 1, intervals contain their estimate, JSDs lie in [0, 1]
 * (base 2, as the column docs say), every number is finite. Each check returns
 * the violations it finds (empty when none), naming result, row and column, so
 * a failing property says exactly what broke.
 */
import type { Comparison } from "../../src/features/compare";

type Row = Readonly<Record<string, unknown>>;
const EPS = 1e-9;

/** Any result's rows, read column by column. */
const asRows = (rs: readonly unknown[] | undefined): readonly Row[] => (rs ?? []) as readonly Row[];
const num = (v: unknown): v is number => typeof v === "number";
const close = (a: number, b: number) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));

/** Checks of one result's rows. */
interface Spec {
  /** Columns holding whole counts ≥ 0. */
  counts?: readonly string[];
  /** Columns holding a share or probability in [0, 1] (or null). */
  unit?: readonly string[];
  /** Columns holding a sentence score or mean score in [-1, 1] (or null). */
  score?: readonly string[];
  /** Columns holding a number ≥ 0 (or null). */
  nonNegative?: readonly string[];
  /** Columns holding an interval `{estimate, lower, upper}` (or null). */
  intervals?: readonly string[];
  /** Further checks of one row. */
  row?: (r: Row) => string | undefined;
  /** Checks over all rows (sums of shares). */
  rows?: (rows: readonly Row[]) => string[];
}

/** Every number anywhere in a value, with its path. */
function numbers(v: unknown, path: string, out: [string, number][]): void {
  if (num(v)) out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => numbers(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) numbers(x, `${path}.${k}`, out);
}

function checkRows(name: string, rows: readonly Row[], spec: Spec): string[] {
  const bad: string[] = [];
  rows.forEach((r, i) => {
    const at = `${name}[${i}]`;
    const ns: [string, number][] = [];
    numbers(r, at, ns);
    for (const [p, v] of ns) if (!Number.isFinite(v)) bad.push(`${p} = ${v} (not finite)`);
    for (const c of spec.counts ?? []) if (!(num(r[c]) && Number.isInteger(r[c]) && (r[c] as number) >= 0)) bad.push(`${at}.${c} = ${String(r[c])} (not a count)`);
    for (const c of spec.unit ?? []) if (r[c] !== null && !(num(r[c]) && (r[c] as number) >= -EPS && (r[c] as number) <= 1 + EPS)) bad.push(`${at}.${c} = ${String(r[c])} (not in [0, 1])`);
    for (const c of spec.score ?? []) if (r[c] !== null && !(num(r[c]) && (r[c] as number) >= -1 - EPS && (r[c] as number) <= 1 + EPS)) bad.push(`${at}.${c} = ${String(r[c])} (not in [-1, 1])`);
    for (const c of spec.nonNegative ?? []) if (r[c] !== null && !(num(r[c]) && (r[c] as number) >= 0)) bad.push(`${at}.${c} = ${String(r[c])} (negative)`);
    for (const c of spec.intervals ?? []) {
      const iv = r[c] as { estimate: number | null; lower: number | null; upper: number | null } | null;
      if (iv === null) continue;
      if (iv.estimate !== null && iv.lower !== null && iv.upper !== null && !(iv.lower <= iv.estimate + EPS && iv.estimate <= iv.upper + EPS)) {
        bad.push(`${at}.${c} = [${iv.lower}, ${iv.upper}] does not contain its estimate ${iv.estimate}`);
      }
    }
    const extra = spec.row?.(r);
    if (extra) bad.push(`${at}: ${extra}`);
  });
  if (spec.rows) for (const m of spec.rows(rows)) bad.push(`${name}: ${m}`);
  return bad;
}

/** Rows grouped by the values of some columns. */
function groups(rows: readonly Row[], keys: readonly string[]): Row[][] {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = JSON.stringify(keys.map((c) => r[c]));
    let g = m.get(k);
    if (!g) { g = []; m.set(k, g); }
    g.push(r);
  }
  return [...m.values()];
}
const sum = (rows: readonly Row[], c: string) => rows.reduce((s, r) => s + ((r[c] as number | null) ?? 0), 0);

/** The shares in `cols` of one row sum to 1 unless they are null. */
const sharesSumToOne = (cols: readonly string[], estimate = false) => (r: Row): string | undefined => {
  const vs = cols.map((c) => (estimate ? (r[c] as { estimate: number | null } | null)?.estimate ?? null : r[c]) as number | null);
  if (vs.every((v) => v === null)) return undefined;
  if (vs.some((v) => v === null)) return `${cols.join(", ")} are partly null`;
  const s = (vs as number[]).reduce((a, b) => a + b, 0);
  return close(s, 1) ? undefined : `${cols.join(" + ")} = ${s}, not 1`;
};

/** Count columns that add up to a total column. */
const partsAddUp = (parts: readonly string[], whole: string) => (r: Row): string | undefined => {
  const s = parts.reduce((a, c) => a + (r[c] as number), 0);
  return s === r[whole] ? undefined : `${parts.join(" + ")} = ${s}, ${whole} = ${String(r[whole])}`;
};

const all = (...fs: ((r: Row) => string | undefined)[]) => (r: Row) => fs.map((f) => f(r)).filter((x) => x).join("; ") || undefined;

const STANCES = ["neutral", "assertive", "distancing", "noVerb"];

/** Divergence values: JSD (base 2) in [0, 1] for every family but sentiment, a difference of two means in [-2, 2] for sentiment. */
function divergenceRow(r: Row): string | undefined {
  const v = r.value as number | null, lo = r.lower as number | null, hi = r.upper as number | null;
  const [min, max] = r.family === "sentiment" ? [-2, 2] : [0, 1];
  for (const [c, x] of [["value", v], ["lower", lo], ["upper", hi]] as const) if (x !== null && !(x >= min - EPS && x <= max + EPS)) return `${c} = ${x} outside [${min}, ${max}] (${String(r.family)})`;
  if (v !== null && lo !== null && hi !== null && !(lo <= v + EPS && v <= hi + EPS)) return `interval [${lo}, ${hi}] does not contain value ${v} (${String(r.family)}, ${String(r.scope)})`;
  if ((lo === null) !== (hi === null)) return "one interval bound is null, the other not";
  return undefined;
}

/** Every invariant violated by a comparison (empty when none). */
export function violations(c: Comparison): string[] {
  const rows = (x: { rows: readonly unknown[] } | null) => (x ? (x.rows as readonly Row[]) : []);
  return [
    ...checkRows("labelChoice", rows(c.labelChoice), {
      counts: ["count", "total"], unit: ["share"],
      row: (r) => ((r.total === 0) !== (r.share === null) ? `share ${String(r.share)} with total ${String(r.total)}` : undefined),
      rows: (rs) => groups(rs, ["event", "concept", "outlet", "voice"]).flatMap((g) => {
        const bad: string[] = [];
        if (sum(g, "count") !== g[0].total) bad.push(`${JSON.stringify([g[0].event, g[0].concept, g[0].outlet, g[0].voice])}: counts sum to ${sum(g, "count")}, total ${String(g[0].total)}`);
        if ((g[0].total as number) > 0 && !close(sum(g, "share"), 1)) bad.push(`${JSON.stringify([g[0].event, g[0].concept, g[0].outlet, g[0].voice])}: shares sum to ${sum(g, "share")}`);
        return bad;
      }),
    }),
    ...checkRows("labelDivergence", rows(c.labelDivergence), { counts: ["totalA", "totalB"], unit: ["jsd"] }),
    ...checkRows("distinctiveTerms", rows(c.distinctiveTerms), {
      counts: ["countTarget", "countReference", "n"], unit: ["p"], nonNegative: ["sigma"],
      row: (r) => (r.n === 1 || r.n === 2 ? undefined : `n = ${String(r.n)}`),
    }),
    ...checkRows("transliterationVariants", rows(c.transliterationVariants), { counts: ["countA", "countB", "editDistance"], unit: ["similarity", "complementarity", "context", "score"] }),
    ...checkRows("sentiment.articles", rows(c.sentiment.articles), {
      counts: ["sentences"], score: ["mean"], unit: ["negative", "neutral", "positive"], row: sharesSumToOne(["negative", "neutral", "positive"]),
    }),
    ...checkRows("sentiment.outlets", rows(c.sentiment.outlets), {
      counts: ["articles", "sentences"], intervals: ["mean", "negative", "neutral", "positive"],
      row: all(sharesSumToOne(["negative", "neutral", "positive"], true), (r) => {
        const m = (r.mean as { estimate: number; lower: number; upper: number }), bad: string[] = [];
        for (const k of ["estimate", "lower", "upper"] as const) if (!(m[k] >= -1 - EPS && m[k] <= 1 + EPS)) bad.push(`mean.${k} = ${m[k]}`);
        for (const s of ["negative", "neutral", "positive"]) for (const k of ["estimate", "lower", "upper"] as const) {
          const x = (r[s] as Record<string, number>)[k];
          if (!(x >= -EPS && x <= 1 + EPS)) bad.push(`${s}.${k} = ${x}`);
        }
        return bad.join("; ") || undefined;
      }),
    }),
    ...checkRows("sentiment.toward", rows(c.sentiment.toward), { counts: ["sentences", "mentions"], intervals: ["mentionTone", "sentenceTone"] }),
    ...checkRows("sentiment.arc", rows(c.sentiment.arc), { counts: ["sentences", "bin"], unit: ["from", "to"], intervals: ["mean"] }),
    ...checkRows("emphasis.frames", rows(c.emphasis.frames), {
      counts: ["sentences", "sentencesWithFrame"], unit: ["sentenceShare", "tokenShare"], nonNegative: ["cuesPer1000"],
      row: (r) => ((r.sentencesWithFrame as number) <= (r.sentences as number) ? undefined : "more sentences with the frame than sentences"),
    }),
    ...checkRows("emphasis.positions", rows(c.emphasis.positions), { counts: ["mentions"], unit: ["firstPosition", "spread"] }),
    ...checkRows("emphasis.placement", rows(c.emphasis.placement), {
      counts: ["articles", "articlesMentioning"], unit: ["headlineShare", "leadShare", "bodyOnlyShare", "meanFirstPosition"],
      row: (r) => {
        const s = (r.headlineShare as number) + (r.leadShare as number) + (r.bodyOnlyShare as number);
        return s <= 1 + EPS ? undefined : `headline + lead + bodyOnly shares = ${s} > 1`;
      },
    }),
    ...checkRows("emphasis.salience", rows(c.emphasis.salience), {
      counts: ["mentions", "articlesMentioning"], unit: ["sentenceShare"], nonNegative: ["per1000Words"],
      row: (r) => (r.meanFirstRank === null || (r.meanFirstRank as number) >= 1 ? undefined : `meanFirstRank ${String(r.meanFirstRank)} < 1`),
    }),
    ...checkRows("voice.quotes", rows(c.voice.quotes), { counts: ["words", "depth", "quoteIndex", "start", "end"] }),
    ...checkRows("voice.speakers", rows(c.voice.speakers), {
      counts: ["quotes", "directQuotes", "indirectQuotes", "words", "directWords", "indirectWords", ...STANCES],
      unit: ["share", "directShare", "indirectShare", "quoteShare"],
      row: all(partsAddUp(["directQuotes", "indirectQuotes"], "quotes"), partsAddUp(["directWords", "indirectWords"], "words"), partsAddUp(STANCES, "quotes")),
      rows: (rs) => groups(rs, ["event", "outlet"]).flatMap((g) => {
        const bad: string[] = [], at = JSON.stringify([g[0].event, g[0].outlet]);
        if (sum(g, "words") > 0 && !close(sum(g, "share"), 1)) bad.push(`${at}: word shares sum to ${sum(g, "share")}`);
        if (sum(g, "quotes") > 0 && !close(sum(g, "quoteShare"), 1)) bad.push(`${at}: quote shares sum to ${sum(g, "quoteShare")}`);
        if (sum(g, "directWords") > 0 && !close(sum(g, "directShare"), 1)) bad.push(`${at}: direct shares sum to ${sum(g, "directShare")}`);
        if (sum(g, "indirectWords") > 0 && !close(sum(g, "indirectShare"), 1)) bad.push(`${at}: indirect shares sum to ${sum(g, "indirectShare")}`);
        return bad;
      }),
    }),
    ...checkRows("voice.outlets", rows(c.voice.outlets), {
      counts: ["articles", "quotes", "directQuotes", "indirectQuotes", "words", "directWords", "indirectWords", "speakers", "scareQuotes", "scareWords", "unclosedQuotes", ...STANCES],
      unit: ["directShare", "unresolvedShare", ...STANCES.map((s) => `${s}Share`)],
      row: all(partsAddUp(["directQuotes", "indirectQuotes"], "quotes"), partsAddUp(["directWords", "indirectWords"], "words"), partsAddUp(STANCES, "quotes"), sharesSumToOne(STANCES.map((s) => `${s}Share`))),
    }),
    ...checkRows("coverage.claims", rows(c.coverage.claims), {
      counts: ["nOutlets", "eventOutlets", "wordings"], unit: ["share", "cohesion"],
      row: (r) => ((r.nOutlets as number) <= (r.eventOutlets as number) && close(r.share as number, (r.nOutlets as number) / (r.eventOutlets as number)) ? undefined : `share ${String(r.share)} ≠ ${String(r.nOutlets)}/${String(r.eventOutlets)}`),
    }),
    ...checkRows("coverage.omissions", rows(c.coverage.omissions), { counts: ["rank", "carriers", "otherOutlets"], unit: ["share"] }),
    ...checkRows("coverage.sharedWording", rows(c.coverage.sharedWording), {
      counts: ["sharedTokensA", "sharedTokensB", "tokensA", "tokensB"], unit: ["shareA", "shareB"],
    }),
    ...checkRows("divergence", rows(c.divergence), { unit: ["p"], row: divergenceRow }),
  ];
}

/** The point values of the order-sensitive-looking results, in a canonical order: what must not change when articles are shuffled. */
export function pointValues(c: Comparison): Record<string, string[]> {
  const key = (r: Row, cols: readonly string[]) => JSON.stringify(cols.map((k) => (num(r[k]) ? Number((r[k] as number).toPrecision(12)) : r[k])));
  const project = (rs: readonly Row[], cols: readonly string[]) => rs.map((r) => key(r, cols)).sort();
  return {
    distinctiveTerms: project(asRows(c.distinctiveTerms.rows), ["target", "reference", "term", "n", "countTarget", "countReference", "delta", "sigma", "z", "G2", "p"]),
    labelChoice: project(asRows(c.labelChoice?.rows), ["event", "concept", "outlet", "voice", "label", "count", "total", "share"]),
    labelDivergence: project(asRows(c.labelDivergence?.rows), ["event", "concept", "voice", "outletA", "outletB", "jsd", "totalA", "totalB"]),
    divergence: project(asRows(c.divergence.rows), ["family", "scope", "event", "outletA", "outletB", "value", "events"]),
  };
}

/** The resampled values (intervals and p-values): order-invariant only once resampling sorts its input. */
export function resampledValues(c: Comparison): string[] {
  return asRows(c.divergence.rows).map((r) => JSON.stringify([r.family, r.scope, r.event, r.outletA, r.outletB, r.lower, r.upper, r.p])).sort();
}
