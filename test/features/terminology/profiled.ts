import type { Article } from "../../../src/corpus/types";
import type { Lexicon } from "../../../src/lexicon/types";
import type { ProfileOptions } from "../../../src/profile/options";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { parseQuoted } from "../../helpers";

/** One article through parse, quotes and the map, as compare runs them. */
export function profiled(a: Article, lexicon?: Lexicon, options?: ProfileOptions): ArticleProfile {
  return profileArticle(parseQuoted(a, lexicon), lexicon, options);
}
