import type { DraftFrame } from "./types";

const SOURCE = "Semetko & Valkenburg (2000), Framing European politics: a content analysis of press and television news, Journal of Communication 50(2), 93-109, doi:10.1111/j.1460-2466.2000.tb02843.x";

/**
 * The five generic news frames of Semetko & Valkenburg (2000): conflict,
 * human interest, economic consequences, morality and attribution of
 * responsibility, found across topics in Dutch press and television news and
 * widely reused since. Their codebook asks yes/no questions of a whole story;
 * the cue words here are seeds derived from those questions for a
 * dictionary, not the authors' instrument, so each frame is marked for
 * review. Descriptions paraphrase the paper's definitions. No cue is in two
 * frames (a lexicon pattern belongs to one frame), and each wildcard is
 * chosen not to reach a common unrelated word (investment*, not invest*,
 * which would catch "investigation").
 */
export const GENERIC_FRAMES: readonly DraftFrame[] = Object.freeze([
  {
    id: "conflict", source: SOURCE,
    description: "Conflict between individuals, groups, institutions or countries: disagreement, reproach, two sides (Semetko & Valkenburg 2000).",
    cues: ["conflict*", "disagree*", "dispute*", "clash*", "tension*", "accus*", "criticis*", "criticiz*", "oppos*", "rival*", "confront*", "feud*"],
  },
  {
    id: "human_interest", source: SOURCE,
    description: "A human face or an emotional angle on the event: individuals, families, feelings, suffering (Semetko & Valkenburg 2000).",
    cues: ["victim*", "family", "families", "mother*", "father*", "child", "children", "personal", "personally", "emotional*", "tragic", "tragedy", "suffer*", "grief", "heartbreak*", "tears"],
  },
  {
    id: "economic_consequences", source: SOURCE,
    description: "The event in terms of its economic consequences for people, groups, institutions, regions or countries: costs, losses, gains (Semetko & Valkenburg 2000).",
    cues: ["economic*", "economy", "economies", "cost", "costs", "costly", "price", "prices", "money", "budget*", "financ*", "billion*", "million*", "taxes", "trade", "market*", "jobs", "unemploy*", "investment*", "investor*"],
  },
  {
    id: "morality", source: SOURCE,
    description: "The event in the context of moral prescriptions or religious tenets: right and wrong, how one should behave (Semetko & Valkenburg 2000).",
    cues: ["moral*", "immoral*", "ethic*", "unethical", "God", "religio*", "church*", "faith", "sin", "sins", "sinful", "conscience", "righteous*", "shame*", "values"],
  },
  {
    id: "responsibility", source: SOURCE,
    description: "Attribution of responsibility for a problem's cause or its solution to a government, an individual or a group (Semetko & Valkenburg 2000).",
    cues: ["responsib*", "irresponsib*", "blame*", "accountab*", "fault", "culprit*", "liable", "liability", "solution*", "solve*", "remed*", "urgent*"],
  },
].map((f) => Object.freeze({ ...f, cues: Object.freeze(f.cues) })));
