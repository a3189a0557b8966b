import type { DraftActor, DraftLabelSet, LexiconDraft, OutletCount } from "./types";
import { commentText, yamlString } from "./yaml-text";

/** The mark every proposed entry carries until someone has checked it. */
export const REVIEW = "# REVIEW";

/**
 * The draft as lexicon YAML that `parseLexicon` (and so `framediff check
 * --lexicon`) accepts: a header saying how it was made and how to review it,
 * then actors, concepts and frames, every entry preceded by a `# REVIEW`
 * comment with its evidence. The same draft gives the same bytes: entries
 * keep the draft's order, numbers have fixed decimals, and comments are
 * one line whatever the outlet ids hold.
 */
export function draftYaml(d: LexiconDraft): string {
  const o = d.options;
  const lines: string[] = [
    `# Lexicon draft for ${commentText(d.name)}: ${d.articles} articles, ${d.outlets} outlets, ${d.events} events.`,
    "# Written by `framediff lexicon draft`. NOTHING HERE IS CHECKED: every entry is a",
    `# suggestion marked "${REVIEW}" with the evidence it was proposed on. Keep, rename,`,
    "# merge or delete each entry, then delete its mark; `grep -n REVIEW` lists what is left.",
    "# Matching is case- and diacritic-insensitive on token boundaries; a trailing * is a",
    "# prefix wildcard (see src/lexicon/types.ts). Run `framediff check <corpus> --lexicon FILE`",
    "# to see the hits per outlet.",
    "#",
    `# actors: capitalised words used at least ${o.minCount} times (all spellings together), spellings`,
    "#   that the spelling-variant analysis pairs listed together. One word each: join first",
    "#   and last names into one entry where they name one person.",
    `# concepts: candidate label sets, terms among each outlet's top ${o.topTerms} paired (within-event)`,
    `#   distinctive terms (z >= ${o.minZ}) that lean to different outlets in the same events and`,
    `#   share at least ${o.minSharedContext} context words there. Terms are lemmas: add the inflected forms`,
    "#   you want matched (war, wars).",
    "# frames: the five generic news frames of Semetko & Valkenburg (2000) with seed cues.",
    "",
    `name: ${yamlString(d.name)}`,
    "version: 1",
    "",
  ];
  lines.push(d.actors.length ? "actors:" : "actors: {}");
  if (d.actorsLeftOut > 0) lines.push(`  # ${d.actorsLeftOut} more names passed the filters; only the ${d.actors.length} most used are listed.`);
  for (const a of d.actors) actorLines(a, lines);
  lines.push("", d.labelSets.length ? "concepts:" : "concepts: {}");
  if (d.labelSets.length === 0) lines.push("  # No candidate label sets: no two outlets' leaning terms share context words in a shared event.");
  if (d.labelSetsLeftOut > 0) lines.push(`  # ${d.labelSetsLeftOut} more candidate sets were found; only the ${d.labelSets.length} strongest are listed.`);
  for (const s of d.labelSets) labelSetLines(s, lines);
  lines.push("", d.frames.length ? "frames:" : "frames: {}");
  for (const f of d.frames) {
    lines.push(`  ${REVIEW}: generic frame; source: ${commentText(f.source)}`);
    lines.push(`  ${yamlString(f.id)}:`, `    description: ${yamlString(f.description)}`, `    cues: [${f.cues.map(yamlString).join(", ")}]`);
  }
  return lines.join("\n") + "\n";
}

function actorLines(a: DraftActor, lines: string[]): void {
  lines.push(`  ${REVIEW}: ${a.count} uses in ${a.outlets.length} outlet${a.outlets.length === 1 ? "" : "s"} (${outletList(a.outlets)})`);
  if (a.alsoWritten.length) lines.push(`  #   also written ${commentText(a.alsoWritten.join(", "))} (matched alike)`);
  for (const p of a.pairs) {
    lines.push(`  #   ${commentText(`${p.formA} / ${p.formB}`)}: spelling similarity ${p.similarity.toFixed(2)}, outlets keep to one (complementarity ${p.complementarity.toFixed(2)}), shared context: ${commentText(p.sharedContext.join(", "))}`);
    lines.push(`  #   ${commentText(`${p.formA}: ${outletList(p.outletsA)}; ${p.formB}: ${outletList(p.outletsB)}`)}. If the spelling itself is a framing choice (Kyiv/Kiev), make it a concept with one label per spelling.`);
  }
  if (a.derived.length) lines.push(`  #   left out as forms of this name: ${commentText(a.derived.map((x) => `${x.form} (${x.count})`).join(", "))}`);
  lines.push(`  ${yamlString(a.name)}: [${a.variants.map(yamlString).join(", ")}]`);
}

function labelSetLines(s: DraftLabelSet, lines: string[]): void {
  const more = s.sharedContextCount > s.sharedContext.length ? ` (+${s.sharedContextCount - s.sharedContext.length} more)` : "";
  lines.push(`  ${REVIEW}: candidate label set; terms lean to different outlets in the same events; context similarity ${s.similarity.toFixed(2)}, shared context: ${commentText(s.sharedContext.join(", "))}${more}`);
  lines.push(`  ${yamlString(s.id)}:`);
  lines.push(`    description: ${yamlString(`Candidate: ${s.labels.map((l) => l.term).join(" / ")} (drafted from within-event lean; say what the labels name).`)}`);
  lines.push("    labels:");
  for (const l of s.labels) {
    lines.push(`      ${yamlString(l.term)}: [${yamlString(l.term)}]  # leans to ${commentText(l.outlet)}: z = ${l.z.toFixed(2)}, ${l.countTarget} uses vs ${l.countReference} by the others, ${l.events} event${l.events === 1 ? "" : "s"}`);
  }
}

function outletList(xs: readonly OutletCount[]): string {
  return commentText(xs.map((x) => `${x.outlet}: ${x.count}`).join(", "));
}
