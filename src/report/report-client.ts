/**
 * The report page's script (vanilla JS, no library but plotly): it reads the
 * JSON blobs the page carries and
 * - draws a section's charts when the section is first opened (so the page
 *   loads fast however many charts it has), undoing the shared-string
 *   encoding of `shareStrings` first;
 * - renders each table from its blob, numbers formatted once at load, with
 *   a filter box and click-to-sort headers;
 * - fills the event selector's tables for the chosen event;
 * - opens the KWIC panel when a term, label or actor cell is clicked.
 * Kept as a string so the page stays one self-contained file. It must never
 * contain a backtick, `${` or `</script`.
 */
export const REPORT_CLIENT = `(function(){"use strict";
var D=document;function $(id){return D.getElementById(id)}
function blob(id){var e=$(id);return e?JSON.parse(e.textContent):null}
var S=blob("fd-strings")||[];
function unshare(v){if(Array.isArray(v)){var a=new Array(v.length);for(var i=0;i<v.length;i++)a[i]=unshare(v[i]);return a}
if(v&&typeof v==="object"){var ks=Object.keys(v);if(ks.length===1&&ks[0]==="fd$")return v.fd$.map(function(p){return typeof p==="number"?S[p]:p}).join("<br>");
var o={};for(var j=0;j<ks.length;j++)o[ks[j]]=unshare(v[ks[j]]);return o}return v}
var ESC={"&":"&amp;","<":"&lt;",">":"&gt;","\\"":"&quot;","'":"&#39;"};
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return ESC[c]})}
function fmt(v,d){if(v===null||v===undefined)return"";if(typeof v==="number")return Number.isInteger(v)||!isFinite(v)?String(v):v.toFixed(d);return String(v)}
function thousands(n){return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g,",")}
function cmp(a,b){return a<b?-1:a>b?1:0}
var KW={};(blob("fd-kwic-samples")||[]).forEach(function(s){KW[s.kind+"|"+s.key]=s});
var OL=blob("fd-outlets")||{};
/* tables show outlet ids; the filter also finds an outlet by its label ("Meridian News" finds meridian's rows) */
function outletName(v){return typeof v==="string"&&Object.prototype.hasOwnProperty.call(OL,v)?OL[v]:""}
function draw(root){var els=root.querySelectorAll(".chart[data-fig]");for(var i=0;i<els.length;i++){var el=els[i];if(el.dataset.drawn)continue;el.dataset.drawn="1";
var f=unshare(blob(el.dataset.fig+"-data"));Plotly.newPlot(el,f.data,f.layout,f.config)}}
function Table(root,data){this.root=root;this.sortCol=-1;this.dir=1;this.q="";this.set(data)}
Table.prototype.set=function(d){var self=this;this.d=d;this.rows=d.rows.map(function(r,i){var t=r.map(function(v){return fmt(v,d.digits)});return{v:r,t:t,i:i,k:(t.join(" ")+" "+r.map(outletName).join(" ")).toLowerCase()}});this.build()};
Table.prototype.build=function(){var d=this.d,self=this,r=this.root;
var links=(d.links||[]).map(function(l){return'<a href="'+esc(l.href)+'">'+esc(l.text)+"</a>"}).join(" · ");
r.innerHTML='<div class="cap">'+esc(d.caption)+'</div><div class="meta"><span class="count"></span>'+(links?" · every row: "+links:"")+(d.note?" · "+esc(d.note):"")+'</div>'+
'<input type="search" placeholder="Filter these rows…" aria-label="Filter '+esc(d.caption)+'"><div class="scroll"><table><thead><tr>'+
d.columns.map(function(c,j){return'<th data-col="'+j+'" class="'+(d.numeric[j]?"num":"")+'" title="Sort by '+esc(c)+'">'+esc(c)+"</th>"}).join("")+"</tr></thead><tbody></tbody></table></div>";
r.querySelector("input").addEventListener("input",function(e){self.q=e.target.value.toLowerCase();self.render()});
r.querySelector("thead").addEventListener("click",function(e){var th=e.target.closest("th");if(!th)return;var j=+th.dataset.col;self.dir=self.sortCol===j?-self.dir:1;self.sortCol=j;self.render()});
this.render()};
Table.prototype.render=function(){var d=this.d,q=this.q,j=this.sortCol,dir=this.dir;
var rows=q?this.rows.filter(function(r){return r.k.indexOf(q)>=0}):this.rows.slice();
if(j>=0)rows.sort(function(a,b){var x=a.v[j],y=b.v[j];if(x===null||x===undefined)return y===null||y===undefined?a.i-b.i:1;if(y===null||y===undefined)return-1;
var c=typeof x==="number"&&typeof y==="number"?x-y:cmp(String(x),String(y));return c*dir||a.i-b.i});
var ths=this.root.querySelectorAll("th");for(var i=0;i<ths.length;i++)ths[i].setAttribute("aria-sort",i===j?(dir>0?"ascending":"descending"):"none");
var kinds=d.kwic||{};
this.root.querySelector("tbody").innerHTML=rows.map(function(r){return"<tr>"+r.t.map(function(t,c){var k=kinds[c];var cls=d.numeric[c]?' class="num"':"";
if(k&&KW[k+"|"+t])return"<td"+cls+'><button class="kw" data-kind="'+k+'" data-key="'+esc(t)+'">'+esc(t)+"</button></td>";return"<td"+cls+">"+esc(t)+"</td>"}).join("")+"</tr>"}).join("");
this.root.querySelector(".count").textContent=(q?rows.length+" matching; ":"")+"showing "+thousands(d.rows.length)+" of "+thousands(d.total)+" rows";};
var tables=D.querySelectorAll(".fd-table[data-table]");for(var i=0;i<tables.length;i++)new Table(tables[i],blob(tables[i].dataset.table+"-data"));
var ev=blob("fd-events");if(ev){var sel=$("fd-event"),box=$("fd-event-tables"),ets=[];
ev.tables.forEach(function(t){var div=D.createElement("div");div.className="fd-table";box.appendChild(div);ets.push({t:t,div:div,tab:null})});
function pick(){var id=sel.value;ets.forEach(function(e){var rows=e.t.rows[id]||[];var d={caption:e.t.caption,columns:e.t.columns,numeric:e.t.numeric,digits:e.t.digits,kwic:e.t.kwic,rows:rows,total:(e.t.totals[id]||0),links:e.t.links,note:e.t.note};
if(e.tab)e.tab.set(d);else e.tab=new Table(e.div,d)})}
sel.addEventListener("change",pick);pick()}
var panel=$("fd-kwic");
function openKwic(kind,key){var s=KW[kind+"|"+key];if(!s)return;var h='<button class="close" aria-label="Close">×</button><h3>'+esc(key)+" <small>("+esc(kind)+")</small></h3><p>"+thousands(s.total)+" occurrences in "+thousands(s.outletTotal)+" outlets"+(s.outlets.length<s.outletTotal?"; showing the "+s.outlets.length+" outlets with most":"")+".</p>";
s.outlets.forEach(function(o){h+='<h4 class="outlet">'+esc(OL[o.outlet]||o.outlet)+' <small class="count">showing '+o.lines.length+" of "+thousands(o.total)+"</small></h4><table><tbody>"+
o.lines.map(function(l){var t=l.title||l.articleId;var src=l.url?'<a href="'+esc(l.url)+'" rel="noreferrer">'+esc(t)+"</a>":esc(t);
return'<tr><td class="left">'+esc(l.left)+'</td><td class="match">'+esc(l.match)+'</td><td class="right">'+esc(l.right)+'</td></tr><tr><td colspan="3" class="src">'+src+(l.date?" · "+esc(l.date):"")+"</td></tr>"}).join("")+"</tbody></table>"});
panel.innerHTML=h;panel.hidden=false;panel.querySelector(".close").focus()}
D.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("button.kw");if(b){openKwic(b.dataset.kind,b.dataset.key);return}if(e.target.closest&&e.target.closest("#fd-kwic .close"))panel.hidden=true});
D.addEventListener("keydown",function(e){if(e.key==="Escape")panel.hidden=true});
var secs=D.querySelectorAll("details.section");for(var s=0;s<secs.length;s++){(function(x){x.addEventListener("toggle",function(){if(x.open)draw(x)});if(x.open)draw(x)})(secs[s])}
function toHash(){var h=location.hash.slice(1);if(!h)return;var el=$(h);if(el&&el.tagName==="DETAILS"&&!el.open){el.open=true;el.scrollIntoView()}}
window.addEventListener("hashchange",toHash);toHash();
window.fdRendered=performance.now();})();`;
