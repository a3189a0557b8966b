import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];

/** Documents read by one wink instance before a fresh one is made (see `nlp`). */
export const DOCS_PER_INSTANCE = 1000;

interface LexemeFeature { hash: Record<string, number>; intrinsicSize: number; index: number }

/**
 * wink-nlp learns every out-of-vocabulary string it meets: the string is added
 * to the model's lexeme hash, and from then on the tokenizer treats it as a
 * word it must not split. So "LAVROV’S!" was read as LAVROV + ’S the first
 * time and as one token LAVROV’S once any text had produced that string
 * whole: an article's tokens depended on the articles read before it in the
 * same process (found by the issue 8 property "same input, same output").
 * Here the lexeme hash hides the entries learned from earlier documents
 * (indices from the model's own size up to where the current document
 * began), so each document is read as by a fresh instance; what it learns
 * from its own text wink still uses, as it would.
 */
function forgetfulModel(): Model {
  const m = model as unknown as { core: () => { features: { lexeme: LexemeFeature } } };
  const core = () => {
    const c = m.core();
    const lexeme = c.features.lexeme;
    const size = lexeme.intrinsicSize;
    lexemes = lexeme;
    docStart = lexeme.index;
    lexeme.hash = new Proxy(lexeme.hash, {
      get: (target, key) => {
        const i = Reflect.get(target, key) as unknown;
        return typeof i === "number" && i >= size && i < docStart ? undefined : i;
      },
    });
    return c;
  };
  // wink-eng-lite-web-model's metaCER() stringifies its machines into the very
  // variable it read them from, so every new instance doubles the escaping:
  // around the 18th instance one load takes seconds and gigabytes, then the
  // string overflows. Load it once and hand every instance that one copy.
  const metaCER = () => (cerModel ??= (model as unknown as { metaCER: () => unknown }).metaCER());
  return { ...(model as object), core, metaCER } as unknown as Model;
}

let cerModel: unknown;

/** The wink model as framediff loads it (see `forgetfulModel`); for tests. */
export function winkModel(): Model {
  return forgetfulModel();
}

let instance: Nlp | undefined;
let reads = 0;
// The current instance's lexeme feature, and its first index learned from the document being read.
let lexemes: LexemeFeature | undefined;
let docStart = 0;

/**
 * The wink-nlp instance for the next document. Loading takes ~0.1 s, so one
 * instance reads up to `DOCS_PER_INSTANCE` documents; since no document sees
 * what another taught wink (see `forgetfulModel`), which instance reads a
 * document does not change its parse, and replacing the instance bounds the
 * memory its cache entries take (wink keeps every string it learns).
 */
export function nlp(): Nlp {
  instance ??= winkNLP(forgetfulModel());
  return instance;
}

/** Reads one document with the current instance, replacing it after `DOCS_PER_INSTANCE` documents. */
export function readDoc(text: string): ReturnType<Nlp["readDoc"]> {
  if (reads >= DOCS_PER_INSTANCE) { instance = undefined; reads = 0; }
  reads++;
  const n = nlp();
  docStart = lexemes!.index;
  return n.readDoc(text);
}
