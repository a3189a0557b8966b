/**
 * The report page's CSS: a sticky contents column beside the sections, the
 * sections as collapsible `<details>`, tables with a filter box and sortable
 * headers, and the KWIC panel fixed at the right. No web fonts, no images.
 */
export const REPORT_STYLE = `*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:0;color:#222;display:grid;grid-template-columns:230px minmax(0,1fr);gap:0 1.5em}
#fd-toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1em .8em;border-right:1px solid #ddd;font-size:.9em;background:#fafafa}
#fd-toc a{display:block;padding:.15em 0;color:#1a4f8b;text-decoration:none}#fd-toc a:hover{text-decoration:underline}
#fd-toc .toc-title{font-weight:600;margin-bottom:.4em}
main{max-width:1150px;padding:0 1em 4em 0}
h1{font-size:1.6em}.facts{color:#555;font-size:.9em}
details.section{border-bottom:1px solid #ccc;margin:0}
details.section>summary{cursor:pointer;list-style:revert;padding:.5em 0}
details.section>summary h2{display:inline;font-size:1.3em;margin:0}
.intro{max-width:60em}.chart{margin:1em 0}.note{color:#8a4b00;font-size:.9em}
.fd-table{margin:1.2em 0}.fd-table .cap{font-weight:600}.fd-table .meta{color:#555;font-size:.85em;margin:.2em 0}
.fd-table input[type=search]{width:18em;max-width:100%;padding:.2em .4em;margin:.2em 0}
.fd-table .scroll{max-height:32em;overflow:auto;border:1px solid #e4e4e4}
table{border-collapse:collapse;font-size:.85em}th,td{padding:.2em .6em;border-bottom:1px solid #e4e4e4;vertical-align:top}
thead th{position:sticky;top:0;background:#f4f4f4;border-bottom:2px solid #888;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.num,th.num{text-align:right}
button.kw{font:inherit;color:#1a4f8b;background:none;border:0;border-bottom:1px dotted #1a4f8b;padding:0;cursor:pointer;text-align:left}
#fd-kwic{position:fixed;top:0;right:0;width:min(46em,100vw);height:100vh;overflow:auto;background:#fff;border-left:2px solid #888;box-shadow:-4px 0 12px rgba(0,0,0,.15);padding:1em;z-index:10}
#fd-kwic[hidden]{display:none}#fd-kwic .close{float:right}
#fd-kwic table{width:100%}#fd-kwic td.left{text-align:right;color:#555;width:40%}#fd-kwic td.match{font-weight:600;white-space:nowrap}#fd-kwic td.right{color:#555;width:40%}
#fd-kwic .src{font-size:.8em;color:#777}
.events select{font:inherit;max-width:100%}
.warnings li{color:#8a4b00}`;
