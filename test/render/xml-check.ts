/**
 * A tiny XML well-formedness check for tests: every `<` opens a tag, comment,
 * processing instruction or CDATA section; start and end tags nest and match;
 * attribute values are quoted; every `&` starts an entity or character reference.
 * Returns the problems found (empty when the text is well-formed), and the root's name.
 */
export function xmlProblems(text: string): { problems: string[]; root?: string } {
  const problems: string[] = [];
  const stack: string[] = [];
  let root: string | undefined;
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const other = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/y;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    for (const m of chunk.matchAll(/&(?!(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][\w.-]*);)/g)) problems.push(`bare & at ${i + m.index!}`);
    if (stack.length === 0 && chunk.trim() !== "") problems.push(`text outside the root at ${i}`);
    if (lt < 0) break;
    other.lastIndex = lt;
    tag.lastIndex = lt;
    const o = other.exec(text);
    if (o) { i = other.lastIndex; continue; }
    const t = tag.exec(text);
    if (!t) { problems.push(`malformed tag at ${lt}: ${text.slice(lt, lt + 40)}`); break; }
    const [, close, name, attrs, selfClose] = t;
    for (const m of attrs.matchAll(/&(?!(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][\w.-]*);)/g)) problems.push(`bare & in <${name}> at ${lt + m.index!}`);
    const names = [...attrs.matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}> at ${lt}`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open}>`);
    } else {
      if (stack.length === 0) {
        if (root !== undefined) problems.push(`second root element <${name}> at ${lt}`);
        root = name;
      }
      if (!selfClose) stack.push(name);
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join("> <")}>`);
  if (root === undefined) problems.push("no root element");
  return { problems, root };
}
