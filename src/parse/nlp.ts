import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/** The one wink-nlp instance (loading the model takes ~0.5 s; do it once per process). */
export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
