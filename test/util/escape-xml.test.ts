import { escapeXml, escapeXmlText, unescapeXml } from "../../src/util/escape-xml";

describe("escapeXml / escapeXmlText / unescapeXml", () => {
  it("escapes the five XML specials, or only & < > for character data (hand-computed)", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(escapeXmlText(`<a href="x">'&'</a>`)).toBe(`&lt;a href="x"&gt;'&amp;'&lt;/a&gt;`);
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
    expect(escapeXml("")).toBe("");
  });
  it("unescapeXml reverses both escapes, entity-looking text included", () => {
    for (const s of ["", "plain", `<a href="x">'&'</a>`, "&amp; &lt;&gt; &quot;&apos; &#60;", "x<<&&y"]) {
      expect(unescapeXml(escapeXml(s))).toBe(s);
      expect(unescapeXml(escapeXmlText(s))).toBe(s);
    }
    expect(unescapeXml("&#60;&nbsp;")).toBe("&#60;&nbsp;");
  });
});
