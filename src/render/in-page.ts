/**
 * Script run inside the export page after plotly.js (plain JavaScript, as text, so
 * no compiler or coverage tool rewrites it). It defines `__framediff.svg` and
 * `__framediff.png`, which make plotly's output deterministic:
 *
 * - `Math.random` is reseeded (mulberry32) before each `Plotly.toImage`, so plotly's
 *   random ids (the 6-hex `_uid` in `defs-…` and `clip…` ids) depend only on the seed;
 * - the SVG is re-serialised with every element's attributes sorted by name, because
 *   plotly sets some attributes in a different order the first time it draws (e.g. the
 *   legend box), so the same figure would otherwise differ by its place in a batch.
 */
export const IN_PAGE_SCRIPT = String.raw`(function () {
  function seed(s) {
    var a = s >>> 0;
    Math.random = function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function sortAttributes(text) {
    var doc = new DOMParser().parseFromString(text, "image/svg+xml");
    var bad = doc.getElementsByTagName("parsererror");
    if (bad.length) throw new Error("plotly's SVG does not parse as XML: " + bad[0].textContent);
    var all = doc.getElementsByTagName("*");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var attrs = Array.prototype.map.call(el.attributes, function (a) { return [a.namespaceURI, a.name, a.localName, a.value]; });
      attrs.sort(function (x, y) { return x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0; });
      attrs.forEach(function (a) { el.removeAttributeNS(a[0], a[2]); });
      attrs.forEach(function (a) { el.setAttributeNS(a[0], a[1], a[3]); });
    }
    return new XMLSerializer().serializeToString(doc.documentElement);
  }
  function image(figure, format, width, height, scale, s) {
    seed(s);
    return Plotly.toImage(figure, { format: format, width: width, height: height, scale: scale, imageDataOnly: true });
  }
  globalThis.__framediff = {
    svg: function (figure, width, height, s) {
      return image(figure, "svg", width, height, 1, s).then(sortAttributes);
    },
    png: function (figure, width, height, scale, s) {
      return image(figure, "png", width, height, scale, s);
    },
  };
})();`;
