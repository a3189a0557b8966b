/** The help texts of the framediff command and its subcommands (README quotes their synopses). */

export const USAGE = `Usage: framediff <command> [options]

Commands:
  check <corpus>     Validate a corpus (folder with manifest, .jsonl or .csv) and summarise it
  analyze <corpus>   Measure every framing feature; write tables, figures, report.html and run.json
  map <corpus>       Profile one shard of a corpus into a Parquet store (an array-job task)
  reduce <store>     Measure the profiles of every shard of a store; write what analyze writes
  kwic <corpus> <pattern>  Words in context: every sentence where a word, phrase or /regex/ occurs
  lexicon draft <corpus>   Propose a lexicon to review: actors, candidate label sets, generic frames

Options:
  -h, --help       Show help (also: framediff <command> --help)
  -V, --version    Show the version
  -q, --quiet      Print only errors (every command)

Colour: errors are coloured on a terminal only; set NO_COLOR=1 to turn it off.
A usage error names the flag and exits 2; --help shows the options.
`;

export const CHECK_USAGE = `Usage: framediff check <corpus> [--lexicon FILE] [--json] [--strict]
                       [--date-format FORMAT] [--follow-symlinks]
                       [--map FIELD=COLUMN,...] [--delimiter D] [--group-by FIELD]

Validate a corpus and print a summary: articles, outlets, events, sentences and
tokens per outlet, lexicon hits per outlet, and every warning and problem.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --lexicon FILE    Lexicon YAML (default: lexicon.yaml inside a folder corpus, if present)
  --json            Print the report as JSON
  --strict          Exit 1 on warnings too
  --date-format F   Read dates in this format as well as ISO 8601, e.g. M/D/YY, D.M.YYYY,
                    "MMMM D, YYYY" (tokens YYYY YY M MM D DD MMM MMMM H HH mm ss)
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  --map SPEC        Read framediff fields from other columns (CSV) or keys (JSONL, manifest):
                    FIELD=COLUMN pairs, comma-separated, e.g. text=story_text,outlet=media_name,
                    date=publish_date (fields: id outlet outletLabel title date url language
                    originalLanguage translated event eventTitle group text)
  --delimiter D     The CSV delimiter: , ; | or tab (default: told from the header line)
  --group-by FIELD  The article field or column holding each outlet's group (default: group)
  -q, --quiet       Print only errors (no progress, no summary)
  -h, --help        Show this help

Exit status: 0 when the corpus is usable, 1 when it is not, 2 on a usage error.
`;

export const ANALYZE_USAGE = `Usage: framediff analyze <corpus> [--lexicon FILE] [--out DIR] [--formats svg,pdf,png]
                         [--no-figures] [--seed N] [--iterations N] [--skip-invalid]
                         [--no-csv-guard] [--no-parquet] [--date-format FORMAT] [--follow-symlinks]
                         [--map FIELD=COLUMN,...] [--delimiter D] [--group-by FIELD]
                         [--max-outlets N] [--pairwise-outlets N] [--event-rows N] [--jobs N]
                         [--compare outlets|groups|both] [--store DIR | --no-store]
                         [--stop-words english|FILE] [--period auto|day|week|month]

Measure sentiment, terminology, emphasis, voice, coverage and divergence per outlet
and write:
  DIR/tables/<kind>.csv   one table per result, also as <kind>.parquet; article ids in the link
                          table <kind>.articles.csv; every column described in DIR/tables/CODEBOOK.md
  DIR/figures/            every chart as SVG/PDF/PNG with its data (.csv) and provenance (.json)
  DIR/report.html         one offline page with every interactive chart and the key tables
  DIR/run.json            parameters, versions, hashes, warnings and timings
  DIR/profiles/           every article's profile (Parquet), reused by the next run

  <corpus>           A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --lexicon FILE     Lexicon YAML (default: the corpus's own lexicon.yaml, if any; without one
                     the lexicon-free features run and the skipped ones are listed)
  --out DIR          Output folder (default: out)
  --formats LIST     Figure formats, comma-separated from svg, pdf, png (default: all three)
  --no-figures       Write no figure files (report.html still has every chart)
  --seed N           Seed of every random stream (default: 1)
  --iterations N     Bootstrap replicates (default: 2000)
  --skip-invalid     Analyse the valid articles of a corpus that has invalid ones, and list
                     every skipped article (default: an invalid corpus is an error, as in check)
  --date-format F    Read dates in this format as well as ISO 8601, e.g. M/D/YY, D.M.YYYY,
                     "MMMM D, YYYY" (tokens YYYY YY M MM D DD MMM MMMM H HH mm ss)
  --follow-symlinks  Read manifest entries that are symbolic links (refused by default)
  --map SPEC         Read framediff fields from other columns (CSV) or keys (JSONL, manifest):
                     FIELD=COLUMN pairs, comma-separated, e.g. text=story_text,outlet=media_name
  --delimiter D      The CSV delimiter: , ; | or tab (default: told from the header line)
  --group-by FIELD   The article field or column holding each outlet's group (default: group)
  --max-outlets N    Outlets shown in charts and the report, those with most articles
                     (default: 30; the tables keep every outlet)
  --pairwise-outlets N  Outlets compared pairwise in divergence, those with most articles
                     (default: 100; the number of pairs grows with its square)
  --event-rows N     Most within-event divergence rows: past it they are written for the pairs
                     of the outlets with most articles that fit, said in a warning (default:
                     100000; 100 outlets in 100 events would make 3 million)
  --stop-words W     Drop these words (and bigrams with them) from distinctive terms:
                     english (the Snowball list, shipped) or FILE (one word a line, # comments)
                     (default: none beyond the parser's; recorded in run.json)
  --period P         The period of attention over time: day, week (ISO, Monday to Sunday),
                     month, or auto (chosen from the span of the dates; the default)
  --compare WHAT     outlets, groups (of outlets, from the corpus's group field) or both;
                     group tables go to DIR/tables/groups/<kind>.csv, their charts to the
                     report's "Groups" sections (default: both when an outlet has a group,
                     else outlets)
  --jobs N           Worker threads that parse and profile the articles (default: the
                     machine's available parallelism; 1 runs in one thread). Results are
                     identical for any N
  --no-csv-guard     Write text cells as they are: by default a text cell that a spreadsheet
                     would run as a formula (starting = + - @) gets a leading apostrophe
  --no-parquet       Write the tables as CSV only (Parquet costs about a sixth of a run's time)
  --store DIR        Keep the profiles in DIR instead of DIR/profiles (default: OUT/profiles).
                     A rerun profiles only articles whose content, lexicon or framediff
                     profile version changed; other statistics options reuse every profile
  --no-store         Keep no profiles (every run profiles every article)
  --json             Print the summary as one JSON object on stdout (no progress)
  -q, --quiet        Print only errors (no progress, no summary)
  -h, --help         Show this help

The run is written into a folder beside DIR and moved into place when it has
succeeded: a failed or interrupted run leaves DIR as it was. Only the files the
previous run listed in DIR/run.json are replaced; other files in DIR are kept.
Two runs on one DIR at the same time are refused (a lock file beside DIR).
An article that cannot be parsed or measured is skipped, listed on stderr, in
run.json and at the top of report.html; the run goes on.

Figure export needs Chromium (Debian/Ubuntu: apt-get install chromium; elsewhere set
FRAMEDIFF_CHROMIUM=/path/to/chrome). Exit status: 0 done, 1 on bad input, 2 on a usage error,
130/143 when interrupted (SIGINT/SIGTERM).
`;

export const MAP_USAGE = `Usage: framediff map <corpus> --store DIR [--shard I/N | --shards N] [--lexicon FILE]
                     [--jobs N] [--skip-invalid] [--date-format FORMAT] [--follow-symlinks]
                     [--map FIELD=COLUMN,...] [--delimiter D] [--group-by FIELD]

Profile the articles of shard I of N (I counts from 0) and write them to
DIR/part-I-of-N.parquet. An article's shard is a stable hash of its id, so
every shard gets a fair mix of outlets and events. Run one map per shard (an
array job), then framediff reduce DIR. Each map reads the whole corpus but
parses only its own articles.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  --store DIR       The store folder (created if needed); every shard of a run goes in one folder
  --shard I/N       This shard, e.g. 0/8
  --shards N        The number of shards, when I comes from the scheduler: SLURM_ARRAY_TASK_ID
                    (Slurm job arrays), JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs) or
                    AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array jobs), read in that order
  --lexicon FILE    Lexicon YAML (default: the corpus's own lexicon.yaml, if any); every shard
                    of a store must use the same one
  --jobs N          Worker threads (default: the machine's available parallelism)
  --skip-invalid    Profile the valid articles of a corpus that has invalid ones
  --date-format F   Read dates in this format as well as ISO 8601
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  --map SPEC        Read framediff fields from other columns or keys, as for check
  --delimiter D     The CSV delimiter: , ; | or tab (default: told from the header line)
  --group-by FIELD  The field or column holding each outlet's group (default: group)
  --json            Print the summary as one JSON object on stdout (no progress)
  -q, --quiet       Print only errors (no progress, no summary)
  -h, --help        Show this help

The shard file appears whole or not at all. A shard already in DIR, made by the
same profile version with the same lexicon, is kept, so rerunning an array job
redoes only the tasks that failed. Exit status: 0 done, 1 on bad input, 2 on a
usage error, 130/143 when interrupted.
`;

export const REDUCE_USAGE = `Usage: framediff reduce <store> [--out DIR] [--lexicon FILE] [--formats svg,pdf,png]
                        [--no-figures] [--seed N] [--iterations N] [--no-csv-guard] [--no-parquet]
                        [--max-outlets N] [--pairwise-outlets N] [--event-rows N] [--compare WHAT]
                        [--stop-words english|FILE] [--period auto|day|week|month]

Read every shard of a store (part-I-of-N.parquet, written by framediff map),
check that they belong together — one N with none missing, one profile version,
one lexicon, one corpus — and write what framediff analyze writes for the same
corpus: tables/, figures/, report.html and run.json (which lists the shards
and their SHA-256). The tables are byte-identical to analyze's.

  <store>            The folder the map jobs wrote to
  --lexicon FILE     The lexicon the map jobs used (default: the corpus's own, if the corpus
                     is still where the map read it); its hash must match the shards'
  --out DIR, --formats, --no-figures, --seed, --iterations, --no-csv-guard, --no-parquet,
  --max-outlets, --pairwise-outlets, --event-rows, --compare, --stop-words, --period
                     as for framediff analyze
  --json             Print the summary as one JSON object on stdout (no progress)
  -q, --quiet        Print only errors (no progress, no summary)
  -h, --help         Show this help

Exit status: 0 done, 1 on bad input (a missing, damaged or mismatched shard is
named), 2 on a usage error, 130/143 when interrupted.
`;

export const KWIC_USAGE = `Usage: framediff kwic <corpus> <pattern> [--outlet ID]... [--event ID]... [--window N]
                        [--limit N] [--seed N] [--csv | --json] [--date-format FORMAT]
                        [--follow-symlinks] [--map FIELD=COLUMN,...] [--delimiter D] [-q]

Print every occurrence of <pattern> with the words around it, within its sentence,
per outlet (outlets in id order, lines by article id then position): the left
context right-aligned | the match | the right context, then outlet · article id · title.

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
  <pattern>         A word or phrase: case- and diacritic-insensitive, whole words, curly and
                    straight apostrophes alike, * for any letters within a word ("ukrain*",
                    "special military operation", "Lavrov's"); or a regular expression
                    written /source/flags, matched on the text as written (/Kyiv|Kiev/i)
  --outlet ID       Only this outlet (repeat for more)
  --event ID        Only articles of this event (repeat for more)
  --window N        Words of context on each side (default: 8)
  --limit N         At most N lines per outlet, a seeded sample (default: every line)
  --seed N          Seed of the --limit sample (default: 1)
  --csv             Print CSV (outlet, event, articleId, title, url, date, left, match, right)
  --json            Print JSON: { kind, key, total, outlets: [{ outlet, total, lines }] }
  --date-format F   Read dates in this format as well as ISO 8601 (as for framediff check)
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  --map SPEC        Read framediff fields from other columns or keys, e.g. text=story_text,outlet=media_name
  --delimiter D     The CSV delimiter: , ; | or tab (default: told from the header line)
  -q, --quiet       Print no count on stderr
  -h, --help        Show this help

Exit status: 0 done (also when nothing matched, said on stderr), 1 on an unreadable
corpus, 2 on a usage error.
`;

export const LEXICON_DRAFT_USAGE = `Usage: framediff lexicon draft <corpus> [--out FILE] [--jobs N] [--min-count N]
                               [--skip-invalid] [--date-format FORMAT] [--follow-symlinks]

Propose a lexicon to start from, as YAML on stdout (framediff lexicon draft c.jsonl > draft.yaml):
  actors     recurring capitalised names, spellings that differ between outlets together
             (Sergey/Sergei), with counts per outlet
  concepts   candidate label sets: terms that lean to different outlets within the same
             events and share context words, with their paired z
  frames     the five generic news frames of Semetko & Valkenburg (2000) with seed cues
Every entry is marked "# REVIEW" with its evidence: nothing is checked. Edit it, then run
framediff check <corpus> --lexicon draft.yaml (which accepts the draft as written).

  <corpus>          A folder with manifest.json or manifest.csv, a .jsonl file, or a .csv file
                    (read without any lexicon, even one beside the corpus)
  --out FILE        Write the YAML to FILE instead of stdout (whole or not at all)
  --jobs N          Worker threads that parse and profile the articles (default: the machine's
                    available parallelism). The draft is identical for any N
  --min-count N     Least uses of an actor, all spellings together (default: 3)
  --skip-invalid    Draft from the valid articles of a corpus that has invalid ones
  --date-format F   Read dates in this format as well as ISO 8601
  --follow-symlinks Read manifest entries that are symbolic links (refused by default)
  -q, --quiet       No progress or summary on stderr
  -h, --help        Show this help

Exit status: 0 done, 1 on bad input, 2 on a usage error.
`;
