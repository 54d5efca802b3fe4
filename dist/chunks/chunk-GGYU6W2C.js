import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{VERSION}from"./chunk-5LUPKDDL.js";import{escapeMarkdown,truncate}from"./chunk-SHQMG32D.js";import{orderChecks,scopeNote}from"./chunk-NG6H6RE7.js";import{rankFixes}from"./chunk-Y4VJ3AV5.js";var ENTITIES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},UNSAFE=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;function esc(value){return String(value??"").replace(UNSAFE,"\uFFFD").replace(/[&<>"']/g,ch=>ENTITIES[ch])}function escCode(value){let s=esc(value),out="",i=0,from=0;for(;from<s.length;){let open=s.indexOf("`",from);if(open<0)break;let afterOpen=runEnd(s,open),len=afterOpen-open,close=-1;for(let j=s.indexOf("`",afterOpen);j>=0;){let end=runEnd(s,j);if(end-j===len){close=j;break}j=s.indexOf("`",end)}if(close<0){from=afterOpen;continue}let code=s.slice(afterOpen,close).replace(/\n/g," ");code.length>2&&code.startsWith(" ")&&code.endsWith(" ")&&code.trim()!==""&&(code=code.slice(1,-1)),out+=`${s.slice(i,open)}<code>${code}</code>`,i=from=close+len}return out+s.slice(i)}function runEnd(s,at){let end=at;for(;s[end]==="`";)end++;return end}function breakable(escaped){return escaped.replace(/[/._]/g,"$&<wbr>")}function clip(value,max){return truncate(String(value??""),max)}function num(value,fallback="\u2013"){return typeof value=="number"&&Number.isFinite(value)?String(Math.round(value*10)/10):fallback}var GITHUB_SERVER="https://github.com",OWNER=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,NAME=/^[A-Za-z0-9._-]{1,100}$/,SERVER=/^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::[0-9]{1,5})?$/;function safeServer(url){return url&&SERVER.test(url)?url:GITHUB_SERVER}function safeRepo(repo){if(!repo||typeof repo!="object")return null;let{owner,name,ref}=repo;return typeof owner!="string"||!OWNER.test(owner)||typeof name!="string"||!NAME.test(name)||name==="."||name===".."||typeof ref!="string"||segments(ref)===null||ref.length>250||repo.path!==void 0&&repo.path!==""&&repo.path!=="."&&segments(repo.path)===null?null:repo}function segments(path){if(path==="")return null;let parts=path.split("/");return parts.some(p=>p===""||p==="."||p==="..")?null:parts.map(p=>encodeURIComponent(p))}function blobUrl(repo,path,line,server=GITHUB_SERVER){if(!repo||typeof path!="string")return null;let prefix=repo.path&&repo.path!=="."?`${repo.path}/`:"",file=segments(prefix+path),ref=segments(repo.ref);if(!file||!ref)return null;let anchor=typeof line=="number"&&Number.isInteger(line)&&line>0?`#L${line}`:"";return`${safeServer(server)}/${repo.owner}/${repo.name}/blob/${ref.join("/")}/${file.join("/")}${anchor}`}function safeRelative(href){return typeof href!="string"||href===""||href.length>300||!/^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(href)||href.includes("//")?null:href}function githubOriginFromGitConfig(config){let inOrigin=!1;for(let raw of config.split(/\r?\n/)){let line=raw.trim(),section=/^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);if(section){inOrigin=section[1].toLowerCase()==="remote"&&section[2]==="origin";continue}if(!inOrigin)continue;let kv=/^url\s*=\s*(.*)$/i.exec(line);if(!kv)continue;let url=kv[1].trim();url.startsWith('"')&&url.endsWith('"')&&url.length>=2&&(url=url.slice(1,-1));let m=/^(?:https?:\/\/(?:[^@/\s]+@)?github\.com(?::443)?\/|ssh:\/\/(?:[^@/\s]+@)?github\.com(?::22)?\/|(?:[^@/\s:]+@)?github\.com:)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url);if(!m)return null;let repo=safeRepo({owner:m[1],name:m[2],ref:"HEAD"});return repo?{owner:repo.owner,name:repo.name}:null}return null}var W=640,LABEL_W=170,BAR_W=380,ROW_H=28;function barChart(o){let h=Math.max(1,o.bars.length)*ROW_H+8,rows=o.bars.map((b,i)=>{let y=4+i*ROW_H,share=b.max>0?Math.max(0,Math.min(1,b.value/b.max)):0,width=Math.round(share*BAR_W*10)/10;return`<text x="0" y="${y+18}">${esc(b.label)}</text><rect class="bar" x="${LABEL_W}" y="${y+4}" width="${width}" height="${ROW_H-10}"${b.data!==void 0?` data-category="${esc(b.data)}"`:""}><title>${esc(b.title)}</title></rect><text x="${LABEL_W+BAR_W+10}" y="${y+18}">${esc(b.text)}</text>`}),axis=`<line class="axis" x1="${LABEL_W}" y1="2" x2="${LABEL_W}" y2="${h-2}"/><line class="axis" x1="${LABEL_W+BAR_W}" y1="2" x2="${LABEL_W+BAR_W}" y2="${h-2}"/>`;return`<svg class="chart" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(o.description)}</desc>${axis}${rows.join("")}</svg>`}function histogram(o){let slot=100/Math.max(1,o.bins.length),gap=Math.min(1,slot/8),max=Math.max(1,...o.bins.map(b=>b.count)),plot=160,r=n=>Math.round(n*100)/100,bars=o.bins.map((b,i)=>{let bh=Math.round(b.count/max*plot*10)/10,y=Math.round((24+plot-bh)*10)/10,cx=`${r((i+.5)*slot)}%`;return`<rect class="bar" x="${r(i*slot+gap)}%" y="${y}" width="${r(slot-2*gap)}%" height="${bh}"><title>${esc(b.title)}</title></rect><text x="${cx}" y="${Math.round((y-6)*10)/10}" text-anchor="middle">${b.count}</text><text x="${cx}" y="202" text-anchor="middle">${esc(b.label)}</text>`}),axis=`<line class="axis" x1="0" y1="${24+plot}" x2="100%" y2="${24+plot}"/>`;return`<svg class="chart hist" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" width="100%" height="220" xmlns="http://www.w3.org/2000/svg"><title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(o.description)}</desc>${axis}${bars.join("")}</svg>`}import{createHash}from"node:crypto";var STYLE=`
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--link:#0b5cad;
--bar:#0072b2;--pass:#007a5a;--partial:#b36b00;--fail:#c24e00;--skip:#6e7781;--mark:#fff1c2;--focus:#0072b2}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#3d444d;--panel:#161b22;
--link:#7cc4fa;--bar:#56b4e9;--pass:#3fc79f;--partial:#f0b640;--fail:#ff8a4c;--skip:#9da7b3;--mark:#4d3b00;--focus:#56b4e9}}
*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}
header,main,footer{max-width:75rem;margin:0 auto;padding:0 1rem}
header{padding-top:.75rem}footer{color:var(--muted);font-size:.875rem;padding:2rem 1rem}
a{color:var(--link)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-100vw}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.25rem .5rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0}
h1{font-size:1.75rem;margin:.5rem 0;overflow-wrap:anywhere}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
.eyebrow{margin:0;color:var(--muted);font-size:.875rem}
.headline{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:baseline;margin:.5rem 0}
.big{font-size:2.5rem;font-weight:700;line-height:1}.of{color:var(--muted)}
.note{border-left:4px solid var(--partial);background:var(--panel);padding:.5rem .75rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.125rem 1rem;margin:.5rem 0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.375rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--panel);white-space:nowrap}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.wrap{overflow-x:auto}
.st{white-space:nowrap;font-weight:600}.st i{font-style:normal;display:inline-block;width:1.2em;text-align:center}
.st-pass i{color:var(--pass)}.st-partial i{color:var(--partial)}.st-fail i{color:var(--fail)}.st-skip i{color:var(--skip)}
tr.st-fail>td:first-child,tr.st-fail>th:first-child{box-shadow:inset 4px 0 var(--fail)}
tr.st-partial>td:first-child{box-shadow:inset 4px 0 var(--partial)}
.path,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.875em}
code{background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 .2em;overflow-wrap:anywhere}
.muted{color:var(--muted)}.fix{margin:.25rem 0 0}
ul.ev{margin:0;padding-left:1.1rem}#checks td,ul.ev li{overflow-wrap:anywhere}#checks .path{overflow-wrap:break-word}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;margin:.5rem 0}
.filters label{display:block;font-size:.875rem;color:var(--muted)}
select,input,button{font:inherit;color:inherit}
select,input{background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.25rem .5rem}
th button{background:none;border:0;padding:0;font-weight:inherit;text-align:inherit;cursor:default}
.js th button{cursor:pointer;text-decoration:underline dotted;text-underline-offset:.2em}.js th button:hover{text-decoration-style:solid}
.js th[aria-sort=ascending] button::after{content:"\\a0\\25B2"}.js th[aria-sort=descending] button::after{content:"\\a0\\25BC"}
svg.chart{display:block;width:100%;max-width:44rem;height:auto}svg.hist{max-width:none;height:220px}
svg .bar{fill:var(--bar)}svg .track{fill:var(--panel);stroke:var(--line)}svg text{fill:currentColor;font-size:13px}
svg .axis{stroke:var(--line)}
pre.excerpt{background:var(--panel);border:1px solid var(--line);padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 .75rem;font-size:.875rem}
pre.excerpt mark{background:var(--mark);color:inherit;font-weight:600}
#categories-table,#grades-table{max-width:36rem}
ol#fixes li{margin:.25rem 0}.gain{font-weight:700;white-space:nowrap}
img.badge{height:20px;vertical-align:middle}
.err{color:var(--fail);font-weight:600}
#leaderboard .c-repo,#leaderboard .c-badge{white-space:nowrap}#leaderboard .not-ml{white-space:normal;font-weight:400;font-size:.85em}#leaderboard thead th{white-space:normal}
@media (width>=64rem){#checks{table-layout:fixed}#checks th.c-status{width:7.5rem}#checks th.c-check{width:15%}
#checks th.c-cat{width:9.5rem}#checks th.c-pts{width:5rem}#checks th.c-ev{width:25%}}
@media (width<64rem){
table.stack,table.stack>caption,table.stack>tbody,table.stack>tbody>tr>*{display:block}
table.stack>thead,.js #leaderboard>thead th:not([aria-sort]){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table.stack>tbody>tr{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;padding:.625rem .25rem .625rem .75rem;border-bottom:1px solid var(--line)}
table.stack>tbody>tr>*{border:0;padding:0;text-align:left}table.stack>tbody>tr>td:first-child{box-shadow:none}
table.stack [data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-weight:400}
table.stack tr.st-fail{box-shadow:inset 4px 0 var(--fail)}table.stack tr.st-partial{box-shadow:inset 4px 0 var(--partial)}
#checks .c-check{flex:1 1 10rem}#checks .c-sum,#checks .c-ev{flex:1 1 100%;min-width:0}
#leaderboard tr[data-score] .c-rank::before{content:"#"}#leaderboard tr.failed .c-rank,#leaderboard .c-badge:empty{display:none}
#leaderboard .c-repo{flex:0 1 auto;white-space:normal;overflow-wrap:anywhere}
#leaderboard>tbody>tr::after{content:"";flex:0 0 100%;order:1}#leaderboard>tbody>tr>td:nth-child(n+4){order:2}#leaderboard td.c-fix{flex:1 1 100%;min-width:0}
.js #leaderboard>thead{position:static;width:auto;height:auto;overflow:visible;clip-path:none;white-space:normal;display:block}
.js #leaderboard>thead>tr{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.375rem .75rem;background:var(--panel)}
.js #leaderboard>thead>tr::before{content:"Sort by";content:"Sort by" / "";color:var(--muted)}.js #leaderboard>thead th{display:block;padding:0;border:0}}
@media (37.5rem<=width<64rem){#checks .c-sum{flex:1 1 55%}#checks .c-ev{flex:1 1 30%}}
@media (width<37.5rem){th,td{padding-left:.375rem;padding-right:.375rem}#leaderboard .c-badge{flex:1 1 100%}svg.hist text{font-size:10px}}
@media print{.filters,nav,.skip{display:none}}
`.trim(),SCRIPT=`
(function () {
  'use strict';
  var d = document;
  d.documentElement.classList.add('js');
  function $(id) { return d.getElementById(id); }
  function list(x) { return Array.prototype.slice.call(x); }
  // hides the rows that fail keep(row) and says how many are shown in count, e.g. "Showing 3 of 36 checks"
  function filterRows(rows, keep, count, noun) {
    var n = 0;
    rows.forEach(function (tr) {
      var ok = keep(tr);
      tr.hidden = !ok;
      if (ok) n++;
    });
    if (count) count.textContent = 'Showing ' + n + ' of ' + rows.length + ' ' + noun;
  }
  function matches(select, tr, attr) { return select.value === 'all' || tr.getAttribute(attr) === select.value; }
  var checks = $('checks'), fs = $('filter-status'), fc = $('filter-category'), cc = $('checks-count');
  if (checks && fs && fc) {
    var rows = list(checks.querySelectorAll('tbody tr'));
    var filterChecks = function () {
      filterRows(rows, function (tr) {
        return matches(fs, tr, 'data-status') && matches(fc, tr, 'data-category');
      }, cc, 'checks');
    };
    fs.addEventListener('change', filterChecks);
    fc.addEventListener('change', filterChecks);
    filterChecks();
  }
  var lb = $('leaderboard'), ft = $('filter-text'), fg = $('filter-grade'), lc = $('leaderboard-count');
  if (lb && lb.tBodies[0]) {
    var body = lb.tBodies[0], repos = list(body.rows), key = 'score', dir = 'descending';
    var MOF = { I: 1, II: 2, III: 3 };
    var value = function (tr, k) {
      var v = tr.getAttribute('data-' + (k === 'repository' ? 'repo' : k));
      if (k === 'repository') return (v || '').toLowerCase();
      if (!tr.hasAttribute('data-score')) return null;
      if (k === 'grade') return v || null;
      if (k === 'mof') return v ? (MOF[v] || 4) : 4;
      var x = parseFloat(v);
      return isNaN(x) ? null : x;
    };
    var byName = function (a, b) {
      var x = a.getAttribute('data-repo') || '', y = b.getAttribute('data-repo') || '';
      return x < y ? -1 : x > y ? 1 : 0;
    };
    var sort = function () {
      repos.sort(function (a, b) {
        var x = value(a, key), y = value(b, key);
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        var r = x < y ? -1 : x > y ? 1 : 0;
        return (dir === 'descending' ? -r : r) || byName(a, b);
      });
      repos.forEach(function (tr) { body.appendChild(tr); });
      list(lb.querySelectorAll('button[data-sort-key]')).forEach(function (b) {
        var th = b.closest('th');
        if (th) th.setAttribute('aria-sort', b.getAttribute('data-sort-key') === key ? dir : 'none');
      });
    };
    lb.addEventListener('click', function (e) {
      var b = e.target && e.target.closest ? e.target.closest('button[data-sort-key]') : null;
      if (!b) return;
      var k = b.getAttribute('data-sort-key');
      dir = k !== key ? 'ascending' : dir === 'ascending' ? 'descending' : 'ascending';
      key = k;
      sort();
    });
    if (ft && fg) {
      var filterRepos = function () {
        var q = ft.value.trim().toLowerCase();
        filterRows(repos, function (tr) {
          return (!q || (tr.getAttribute('data-repo') || '').toLowerCase().indexOf(q) >= 0) &&
            matches(fg, tr, 'data-grade');
        }, lc, 'repositories');
      };
      ft.addEventListener('input', filterRepos);
      fg.addEventListener('change', filterRepos);
      filterRepos();
    }
  }
  list(d.querySelectorAll('[data-needs-script]')).forEach(function (el) { el.hidden = false; });
})();
`.trim(),hashes=null;function assetHashes(){let h=text=>`'sha256-${createHash("sha256").update(text,"utf8").digest("base64")}'`;return hashes??={style:h(STYLE),script:h(SCRIPT)}}function contentSecurityPolicy(){let{style,script}=assetHashes();return["default-src 'none'",`style-src ${style}`,`script-src ${script}`,"img-src 'self' data:","base-uri 'none'","form-action 'none'"].join("; ")}function renderPage(parts){let nav=parts.nav?.length?`<nav aria-label="Sections"><ul>${parts.home?`<li><a href="${esc(parts.home.href)}">${esc(parts.home.label)}</a></li>`:""}${parts.nav.map(([id,label])=>`<li><a href="#${esc(id)}">${esc(label)}</a></li>`).join("")}</ul></nav>`:parts.home?`<nav aria-label="Site"><ul><li><a href="${esc(parts.home.href)}">${esc(parts.home.label)}</a></li></ul></nav>`:"";return`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ReproScore ${esc(VERSION)}">
<title>${esc(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>${nav}</header>
<main id="main">
${parts.main}
</main>
<footer><p>Made by ReproScore ${esc(VERSION)}${parts.footer?` \xB7 ${esc(parts.footer)}`:""}. It reads the repository and never runs it.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`}var EVIDENCE_PER_CHECK=5,MAX_INVALID_FILES=10,MAX_ERRORS_PER_FILE=10,EXCERPTS_PER_FILE=3,MAX_EXCERPTS=15,EXCERPT_CHARS=160,MAX_FINDINGS=30,STATUS_LABEL={pass:"Pass",partial:"Partial",fail:"Fail",skip:"Skipped"},STATUS_ICON={pass:"\u2713",partial:"\u25D0",fail:"\u2717",skip:"\u2013"},STATUSES=["pass","partial","fail","skip"],PWC_ITEMS=[["dependencies","Specification of dependencies"],["trainingCode","Training code"],["evaluationCode","Evaluation code"],["pretrainedModels","Pre-trained models"],["readmeResults","README file with results"]];function renderReportHtml(report,options={}){let ctx={repo:safeRepo(options.repo),server:safeServer(options.serverUrl)},name=options.title??(ctx.repo?`${ctx.repo.owner}/${ctx.repo.name}`:String(report.target?.root??".")),home=options.home&&safeRelative(options.home.href)?options.home:null,main=[headline(report,name),fixes(report),categories(report),checksTable(report,ctx),pwc(report),mof(report),validation(report,ctx),findings(report,ctx)].join(`
`);return renderPage({title:`${clip(name,120)}: ReproScore ${num(report.score)}/100 (grade ${report.grade})`,nav:[["fixes-h","Fixes"],["categories","Categories"],["checks-h","Checks"],["pwc","Papers with Code"],["mof","Model Openness"],["validation","Declarations"]],home,main,footer:`report schema ${num(report.schemaVersion)}, scanned by ReproScore ${clip(report.tool?.version??"",40)}`})}function headline(report,name){let t=report.target??{},facts=[];t.commit&&facts.push(["Commit",`<span class="path">${esc(clip(t.commit,64))}</span>`]),facts.push(["Files scanned",esc(num(t.filesScanned))]),t.listing&&facts.push(["Listing",esc(t.listing)]);let pwcTotal=report.standards?.pwc?.total,mofClass=report.standards?.mof?.class,scope=scopeNote(report),note=scope?`<p class="note">${esc(scope)}</p>`:"",exemptions=report.config?.exemptions??[];return`<p class="eyebrow">ReproScore report</p>
<h1>${esc(clip(name,200))}</h1>
<section aria-label="Score">
<div class="headline">
<p><span class="big" id="score">${esc(num(report.score,"0"))}</span><span class="of">/100</span></p>
<p>Grade <span class="big" id="grade">${esc(report.grade)}</span></p>
<p>Papers with Code checklist <strong>${esc(num(pwcTotal))}/5</strong></p>
<p>Model Openness Framework <strong>${mofClass?`Class ${esc(mofClass)}`:"not yet Class III"}</strong></p>
</div>
${note}
<dl class="facts">${facts.map(([k,v])=>`<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}${exemptions.length?`<dt>Exemptions</dt><dd>${exemptions.slice(0,20).map(e=>`${esc(clip(e.check,60))}: ${esc(clip(e.reason,200))}`).join("; ")}</dd>`:""}</dl>
</section>`}function fixes(report){let ranked=rankFixes(report.checks??[]),index=new Map((report.checks??[]).map((c,i)=>[c.id,i])),items=ranked.map(f=>{let i=index.get(f.id),title=esc(clip(f.title,120));return`<li><a href="#check-${i}">${title}</a> <span class="gain">+${esc(num(f.gain))} ${f.gain===1?"point":"points"}</span>: ${escCode(clip(f.fix,240))}</li>`});return`<section aria-labelledby="fixes-h">
<h2 id="fixes-h">Fixes, ranked by points gained</h2>
${items.length?"":`<p>Nothing to fix: every check passes or is skipped.</p>
`}<ol id="fixes">${items.join(`
`)}</ol>
</section>`}function categories(report){let cats=report.categories??[],rows=cats.map(c=>{let max=typeof c.max=="number"&&c.max>0?c.max:0,pct=max?Math.round(c.score/max*100):null;return`<tr><th scope="row">${esc(clip(c.title,80))}</th><td class="n">${esc(num(c.score))}</td><td class="n">${esc(num(c.max))}</td><td class="n">${pct===null?"n/a":`${pct}%`}</td></tr>`});return`<section id="categories" aria-labelledby="categories-h">
<h2 id="categories-h">Categories</h2>
${barChart({id:"categories-chart",title:"Points per category",description:cats.map(c=>`${clip(c.title,40)} ${num(c.score)} of ${num(c.max)}`).join(", "),bars:cats.map(c=>({label:clip(c.title,22),value:typeof c.score=="number"&&Number.isFinite(c.score)?c.score:0,max:typeof c.max=="number"&&Number.isFinite(c.max)?c.max:0,text:`${num(c.score)}/${num(c.max)}`,title:`${clip(c.title,80)}: ${num(c.score)} of ${num(c.max)} points`,data:c.id}))})}
<div class="wrap" role="region" tabindex="0" aria-labelledby="categories-table-caption"><table id="categories-table">
<caption id="categories-table-caption">Points per category</caption>
<thead><tr><th scope="col">Category</th><th scope="col" class="n">Points</th><th scope="col" class="n">Out of</th><th scope="col" class="n">Share</th></tr></thead>
<tbody>${rows.join(`
`)}</tbody>
</table></div>
</section>`}function checksTable(report,ctx){let all=report.checks??[],index=new Map(all.map((c,i)=>[c,i])),titles=new Map((report.categories??[]).map(c=>[c.id,c.title])),categoryIds=[...new Set([...(report.categories??[]).map(c=>c.id),...all.map(c=>c.category)])],counts=new Map;for(let c of all)counts.set(c.status,(counts.get(c.status)??0)+1);let rows=orderChecks(all).map(c=>checkRow(c,index.get(c),titles,ctx)),option=(value,label)=>`<option value="${esc(value)}">${esc(label)}</option>`;return`<section aria-labelledby="checks-h">
<h2 id="checks-h">Checks</h2>
<p>${STATUSES.map(s=>`${esc(STATUS_LABEL[s])} ${counts.get(s)??0}`).join(" \xB7 ")}</p>
<div class="filters" role="group" aria-label="Filter checks" hidden data-needs-script>
<div><label for="filter-status">Status</label><select id="filter-status">${option("all","All statuses")}${STATUSES.map(s=>option(s,STATUS_LABEL[s])).join("")}</select></div>
<div><label for="filter-category">Category</label><select id="filter-category">${option("all","All categories")}${categoryIds.map(id=>option(id,clip(titles.get(id)??id,60))).join("")}</select></div>
</div>
<p id="checks-count" aria-live="polite">Showing ${all.length} of ${all.length} checks</p>
<div class="wrap" role="region" tabindex="0" aria-labelledby="checks-caption"><table id="checks" class="stack">
<caption id="checks-caption">Every check with its status, points, what was seen and where</caption>
<thead><tr><th scope="col" class="c-status">Status</th><th scope="col" class="c-check">Check</th><th scope="col" class="c-cat">Category</th><th scope="col" class="n c-pts">Points</th><th scope="col">Summary</th><th scope="col" class="c-ev">Evidence</th></tr></thead>
<tbody>
${rows.join(`
`)}
</tbody>
</table></div>
</section>`}function checkRow(c,i,titles,ctx){let status=STATUSES.includes(c.status)?c.status:"fail",summary=status==="skip"&&c.exemption?`Skipped by the maintainers: ${esc(clip(c.exemption,300))}`:escCode(clip(c.summary,240)),fix=c.fix&&status!=="pass"?`<p class="fix"><strong>Fix:</strong> ${escCode(clip(c.fix,240))}</p>`:"";return`<tr id="check-${i}" class="st-${status}" data-status="${status}" data-category="${esc(c.category)}" data-check="${esc(c.id)}">
<td class="c-status">${statusLabel(status)}</td><th scope="row" class="c-check">${esc(clip(c.title,120))}<br><span class="path muted">${esc(clip(c.id,60))}</span></th><td class="c-cat" data-label="Category">${esc(clip(titles.get(c.category)??c.category,60))}</td><td class="n c-pts" data-label="Points">${esc(num(c.points))}/${esc(num(c.maxPoints))}</td><td class="c-sum">${summary}${fix}</td><td class="c-ev" data-label="Evidence">${evidenceList(c,ctx)}</td></tr>`}function statusLabel(status){return`<span class="st st-${status}"><i aria-hidden="true">${STATUS_ICON[status]}</i>${STATUS_LABEL[status]}</span>`}function evidenceList(c,ctx){let ev=Array.isArray(c.evidence)?c.evidence:[];if(ev.length===0)return'<span class="muted">none</span>';let items=ev.slice(0,EVIDENCE_PER_CHECK).map(e=>{let note=e.note?` <span class="muted">${esc(clip(e.note,100))}</span>`:"";return`<li>${place(e.path,e.line,ctx)}${note}</li>`});ev.length>EVIDENCE_PER_CHECK&&items.push(`<li>and ${ev.length-EVIDENCE_PER_CHECK} more in report.json</li>`);let list=`<ul class="ev">${items.join("")}</ul>`;return ev.length<=3?list:`<details><summary>${ev.length} places</summary>${list}</details>`}function place(path,line,ctx){let lineOk=typeof line=="number"&&Number.isInteger(line)&&line>0,label=`${breakable(esc(clip(path,200)))}${lineOk?`:${line}`:""}`,url=blobUrl(ctx.repo,path,lineOk?line:null,ctx.server);return url?`<a class="path" href="${esc(url)}">${label}</a>`:`<span class="path">${label}</span>`}function pwc(report){let p=report.standards?.pwc,items=PWC_ITEMS.map(([key,label])=>{let met=p?.items?.[key]===!0;return`<li>${statusLabel(met?"pass":"fail")} ${esc(label)}</li>`});return`<section id="pwc" aria-labelledby="pwc-h">
<h2 id="pwc-h">Papers with Code reproducibility checklist</h2>
<p><strong>${esc(num(p?.total))} of 5</strong> items of the ML code completeness checklist are met.</p>
<ul class="ev">${items.join(`
`)}</ul>
</section>`}function mof(report){let m=report.standards?.mof,progress=Array.isArray(m?.progress)?m.progress:[],missing=Array.isArray(m?.missing)?m.missing:[],cls=m?.class?`Class ${esc(m.class)}`:"not yet Class III",table2=progress.length?`<div class="wrap" role="region" tabindex="0" aria-labelledby="mof-table-caption"><table>
<caption id="mof-table-caption">Components per Model Openness Framework class</caption>
<thead><tr><th scope="col">Class</th><th scope="col" class="n">Present</th><th scope="col" class="n">Required</th><th scope="col">Missing</th></tr></thead>
<tbody>${progress.map(p=>`<tr><th scope="row">Class ${esc(p.class)}</th><td class="n">${esc(num(p.present))}</td><td class="n">${esc(num(p.required))}</td><td>${Array.isArray(p.missing)&&p.missing.length?p.missing.slice(0,30).map(x=>esc(clip(x,200))).join("; "):'<span class="muted">nothing</span>'}</td></tr>`).join(`
`)}</tbody>
</table></div>`:"";return`<section id="mof" aria-labelledby="mof-h">
<h2 id="mof-h">Model Openness Framework</h2>
<p>Estimated class: <strong>${cls}</strong>.${missing.length?` Missing for the next class: ${missing.slice(0,30).map(x=>esc(clip(x,200))).join("; ")}.`:""}</p>
${table2}
</section>`}function validation(report,ctx){let all=Array.isArray(report.validations)?report.validations:[],invalid=all.filter(v=>!v.valid),valid=all.filter(v=>v.valid),parts=[];all.length===0?parts.push("<p>No declaration files (cards, CITATION.cff, Croissant, DVC, \u2026) were found.</p>"):parts.push(`<p>${all.length} declaration ${all.length===1?"file":"files"} checked against their schemas: ${invalid.length} with errors.</p>`);let excerpts=MAX_EXCERPTS;for(let v of invalid.slice(0,MAX_INVALID_FILES)){let errors=Array.isArray(v.errors)?v.errors:[],inFile=EXCERPTS_PER_FILE,items=errors.slice(0,MAX_ERRORS_PER_FILE).map(e=>{let item=errorItem(v,e,inFile>0&&excerpts>0,ctx);return item.excerpt&&(inFile--,excerpts--),`<li>${item.html}</li>`});errors.length>MAX_ERRORS_PER_FILE&&items.push(`<li>and ${errors.length-MAX_ERRORS_PER_FILE} more</li>`),parts.push(`<article class="declaration" aria-labelledby="${esc(`decl-${invalid.indexOf(v)}`)}">
<h3 id="decl-${invalid.indexOf(v)}">${place(v.path,null,ctx)} <span class="muted">(${esc(clip(v.schema,60))})</span></h3>
<ul class="errors">${items.join(`
`)}</ul>
</article>`)}return invalid.length>MAX_INVALID_FILES&&parts.push(`<p>and ${invalid.length-MAX_INVALID_FILES} more files with errors in report.json.</p>`),valid.length>0&&parts.push(`<p>Valid: ${valid.slice(0,50).map(v=>place(v.path,null,ctx)).join(", ")}${valid.length>50?` and ${valid.length-50} more`:""}.</p>`),`<section id="validation" aria-labelledby="validation-h">
<h2 id="validation-h">Declaration files</h2>
${parts.join(`
`)}
</section>`}function errorItem(v,e,withExcerpt,ctx){let line=typeof e.line=="number"&&Number.isInteger(e.line)&&e.line>0?e.line:null,col=typeof e.column=="number"&&Number.isInteger(e.column)&&e.column>0?e.column:null,url=line!==null?blobUrl(ctx.repo,v.path,line,ctx.server):null,at=line!==null?`line ${line}`:"",head=`<span class="err">Error</span> ${line!==null?`${url?`<a href="${esc(url)}">${at}</a>`:at}${col!==null?`, column ${col}`:""}: `:""}${esc(clip(e.message,300))}`,excerpt=withExcerpt&&line!==null?excerptBlock(e.excerpt,line):"";return{html:head+excerpt,excerpt:excerpt!==""}}function excerptBlock(excerpt,line){if(!Array.isArray(excerpt))return"";let lines=excerpt.filter(x=>!!x&&typeof x=="object"&&Number.isInteger(x.line)&&x.line>0&&typeof x.text=="string").slice(0,7);if(lines.length===0)return"";let width=Math.max(...lines.map(l=>String(l.line).length));return`<pre class="excerpt">${lines.map(l=>{let text=`${String(l.line).padStart(width)} \u2502 ${esc(clip(l.text,EXCERPT_CHARS))}`;return l.line===line?`<mark>&gt; ${text}</mark>
`:`  ${text}
`}).join("")}</pre>`}function findings(report,ctx){let all=Array.isArray(report.findings)?report.findings:[];if(all.length===0)return"";let rows=all.slice(0,MAX_FINDINGS).map(f=>{let line=typeof f.line=="number"&&Number.isInteger(f.line)&&f.line>0?f.line:null;return`<tr><td>${esc(f.level)}</td><td>${place(f.path,line,ctx)}</td><td>${esc(clip(f.message,300))}</td></tr>`});return`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Files the scanner could not take at face value</h2>
<div class="wrap" role="region" tabindex="0" aria-labelledby="findings-table-caption"><table>
<caption id="findings-table-caption">${all.length} ${all.length===1?"finding":"findings"}${all.length>MAX_FINDINGS?` (the first ${MAX_FINDINGS} shown)`:""}</caption>
<thead><tr><th scope="col">Level</th><th scope="col">File</th><th scope="col">Message</th></tr></thead>
<tbody>${rows.join(`
`)}</tbody>
</table></div>
</section>`}function notMlNote(row){let count=n=>Math.max(0,Math.round(Number(n))||0);return row.notMl?`no ML code, models or datasets found: ${count(row.notMl.checksApplied)} of ${count(row.notMl.checksTotal)} checks apply`:null}function parseShard(spec){let m=/^(\d{1,4})\/(\d{1,4})$/.exec(spec),index=m?Number(m[1]):NaN,count=m?Number(m[2]):NaN;if(!m||count<1||index<1||index>count)throw new Error(`--shard takes I/N with 1 \u2264 I \u2264 N (got '${spec}')`);return{index,count}}function selectShard(repos,shard){let sorted=[...repos].sort((a,b)=>a.name.toLowerCase()<b.name.toLowerCase()?-1:a.name.toLowerCase()>b.name.toLowerCase()?1:0);return shard?sorted.filter((_,i)=>i%shard.count===shard.index-1):sorted}function rowFromReport(repository,url,report){let fix=rankFixes(report.checks)[0];return{repository,url,commit:report.target.commit,score:report.score,grade:report.grade,pwc:report.standards.pwc.total,mofClass:report.standards.mof.class,topFix:fix?fix.fix:null,apiCalls:report.target.apiCalls??0,error:null,notMl:report.scope&&!report.scope.ml?{checksApplied:report.scope.checksApplied,checksTotal:report.scope.checksTotal}:null}}function sortRows(rows){return[...rows].sort((a,b)=>(b.score??-1)-(a.score??-1)||(a.repository<b.repository?-1:a.repository>b.repository?1:0))}function mergeLeaderboards(parts){if(parts.length===0)throw new Error("nothing to merge");let owners=new Set(parts.map(p=>p.owner));if(owners.size>1)throw new Error(`shards of different owners: ${[...owners].join(", ")}`);let byRepo=new Map;for(let part of[...parts].sort((a,b)=>a.generatedAt<b.generatedAt?-1:1))for(let row of part.repositories)byRepo.set(row.repository,row);return{schemaVersion:1,owner:parts[0].owner,generatedAt:parts.map(p=>p.generatedAt).sort().at(-1),repositories:sortRows([...byRepo.values()])}}function renderLeaderboardMarkdown(lb,badgeDir="badges"){let scored=lb.repositories.filter(r=>r.score!==null),mean=scored.length?Math.round(scored.reduce((s,r)=>s+r.score,0)/scored.length):null,lines=[`# ReproScore leaderboard: ${escapeMarkdown(lb.owner)}`,"",`${lb.repositories.length} repositories, ${scored.length} scanned${mean!==null?`, mean score ${mean}`:""} \xB7 ${lb.generatedAt}`,"","| # | repository | badge | score | grade | PwC | MOF | top fix |","| ---: | --- | --- | ---: | :---: | ---: | :---: | --- |"];return lb.repositories.forEach((r,i)=>{let name=escapeMarkdown(r.repository),file=badgeFile(r.repository);r.error?lines.push(`| ${i+1} | ${name} | | | | | | could not scan: ${escapeMarkdown(r.error)} |`):lines.push(`| ${i+1} | ${name} | ![${r.grade}](${badgeDir}/${file}.svg) | ${r.score}${r.notMl?` (${notMlNote(r)})`:""} | ${r.grade} | ${r.pwc}/5 | ${r.mofClass??"\u2013"} | ${r.topFix?escapeMarkdown(r.topFix):""} |`)}),lines.join(`
`)+`
`}function renderLeaderboardCsv(lb){let header=["rank","repository","url","commit","score","grade","pwc","mof_class","top_fix","api_calls","error"],cell=v=>{let s=v==null?"":String(v);return/^[=+\-@\t\r]/.test(s)&&(s=`'${s}`),/[",\n\r]/.test(s)?`"${s.replaceAll('"','""')}"`:s},rows=lb.repositories.map((r,i)=>[i+1,r.repository,r.url,r.commit,r.score,r.grade,r.pwc,r.mofClass,r.topFix,r.apiCalls,r.error].map(cell).join(","));return[header.join(","),...rows].join(`
`)+`
`}function badgeFile(repository){return repository.replace(/[^A-Za-z0-9._-]/g,"_").replace(/^\.+/,"_")}var GRADES=["A","B","C","D","F"],MOF_CLASSES=new Set(["I","II","III"]),score=r=>!r.error&&typeof r.score=="number"&&Number.isFinite(r.score)?r.score:null;function renderDashboardHtml(lb,options){let rows=sortRows(Array.isArray(lb.repositories)?lb.repositories:[]),scores=rows.map(score).filter(s=>s!==null),failed=rows.length-scores.length,mean=scores.length?Math.round(scores.reduce((a,b)=>a+b,0)/scores.length):null,sorted=[...scores].sort((a,b)=>a-b),median=sorted.length?sorted.length%2?sorted[(sorted.length-1)/2]:Math.round((sorted[sorted.length/2-1]+sorted[sorted.length/2])/2):null,owner=clip(lb.owner,100),notMl=rows.filter(r=>score(r)!==null&&r.notMl).length,summary=`${rows.length} ${rows.length===1?"repository":"repositories"}: ${scores.length} scored${failed?`, ${failed} could not be scanned`:""}${mean!==null?`. Mean score ${mean}, median ${median}`:""}.${notMl?` ${notMl} of them ${notMl===1?"has":"have"} no ML code, models or datasets: few checks apply there, so their scores say little.`:""}`,main=`<p class="eyebrow">ReproScore leaderboard</p>
<h1>${esc(owner)}</h1>
<p>${esc(summary)} Generated ${generated(lb.generatedAt)}.</p>
${distribution(rows)}
${table(rows,options)}`;return renderPage({title:`${owner}: ReproScore leaderboard`,nav:[["distribution","Distribution"],["repositories-h","Repositories"]],main,footer:"each repository links to its own report; badges/ and reports/ hold the files"})}var MONTHS=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];function generated(at){let date=typeof at=="string"&&/^\d{4}-\d{2}-\d{2}T/.test(at)?new Date(at):null;if(!date||Number.isNaN(date.getTime()))return esc(clip(at,40));let two=n=>String(n).padStart(2,"0"),shown=`${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;return`<time datetime="${esc(date.toISOString())}">${esc(shown)}</time>`}function distribution(rows){let bins=Array.from({length:10},(_,i)=>({from:i*10,to:i===9?100:i*10+9,count:0})),grades=new Map(GRADES.map(g=>[g,0]));for(let r of rows){let s=score(r);s!==null&&(bins[Math.max(0,Math.min(9,Math.floor(s/10)))].count++,r.grade&&grades.has(r.grade)&&grades.set(r.grade,grades.get(r.grade)+1))}let label=b=>`${b.from}\u2013${b.to}`,plural=n=>`${n} ${n===1?"repository":"repositories"}`;return`<section id="distribution" aria-labelledby="distribution-h">
<h2 id="distribution-h">Distribution of scores</h2>
${histogram({id:"distribution-chart",title:"Repositories by score",description:bins.map(b=>`${label(b)}: ${b.count}`).join(", "),bins:bins.map(b=>({label:label(b),count:b.count,title:`Score ${label(b)}: ${plural(b.count)}`}))})}
<div class="wrap" role="region" tabindex="0" aria-labelledby="distribution-table-caption"><table id="distribution-table">
<caption id="distribution-table-caption">Repositories per score range</caption>
<thead><tr>${bins.map(b=>`<th scope="col" class="n">${label(b)}</th>`).join("")}</tr></thead>
<tbody><tr>${bins.map(b=>`<td class="n">${b.count}</td>`).join("")}</tr></tbody>
</table></div>
<div class="wrap" role="region" tabindex="0" aria-labelledby="grades-table-caption"><table id="grades-table">
<caption id="grades-table-caption">Repositories per grade</caption>
<thead><tr>${GRADES.map(g=>`<th scope="col" class="n">${g}</th>`).join("")}</tr></thead>
<tbody><tr>${GRADES.map(g=>`<td class="n">${grades.get(g)}</td>`).join("")}</tr></tbody>
</table></div>
</section>`}function table(rows,options){let sortable=(key,label,sort,numeric=!1)=>`<th scope="col"${numeric?' class="n"':""} aria-sort="${sort}"><button type="button" data-sort-key="${key}">${label}</button></th>`,rank=0,body=rows.map(r=>{let s=score(r),files=options.files(String(r.repository)),page=safeRelative(files.page),badge=safeRelative(files.badge),name=esc(clip(r.repository,140)),note=notMlNote(r),repoCell=`<th scope="row" class="c-repo">${page&&s!==null?`<a href="${esc(page)}">${name}</a>`:name}${note?`<br><span class="muted not-ml">${esc(note)}</span>`:""}</th>`;if(s===null)return`<tr data-repo="${esc(r.repository)}" class="failed"><td class="n c-rank">\u2013</td>${repoCell}<td class="c-badge"></td><td class="n" data-label="Score">\u2013</td><td data-label="Grade">\u2013</td><td class="n" data-label="PwC checklist">\u2013</td><td data-label="MOF">\u2013</td><td class="c-fix"><span class="err">Could not scan:</span> ${esc(clip(r.error??"no score",300))}</td></tr>`;rank++;let grade=r.grade&&GRADES.includes(r.grade)?r.grade:null,mof2=r.mofClass&&MOF_CLASSES.has(r.mofClass)?r.mofClass:null,pwc2=typeof r.pwc=="number"&&Number.isFinite(r.pwc)?r.pwc:null,attrs=[`data-repo="${esc(r.repository)}"`,`data-score="${esc(num(s))}"`,note?'data-ml="false"':"",grade?`data-grade="${grade}"`:"",pwc2!==null?`data-pwc="${esc(num(pwc2))}"`:"",mof2?`data-mof="${mof2}"`:""].filter(Boolean).join(" "),img=badge?`<img class="badge" src="${esc(badge)}" alt="${esc(`reproducibility ${num(s)}/100, grade ${grade??"unknown"}`)}" height="20">`:"";return`<tr ${attrs}><td class="n c-rank">${rank}</td>${repoCell}<td class="c-badge">${img}</td><td class="n" data-label="Score">${esc(num(s))}</td><td data-label="Grade">${grade??"\u2013"}</td><td class="n" data-label="PwC checklist">${pwc2!==null?`${esc(num(pwc2))}/5`:"\u2013"}</td><td data-label="MOF">${mof2?`Class ${mof2}`:"\u2013"}</td><td class="c-fix" data-label="Top fix">${r.topFix?escCode(clip(r.topFix,200)):'<span class="muted">nothing to fix</span>'}</td></tr>`});return`<section aria-labelledby="repositories-h">
<h2 id="repositories-h">Repositories</h2>
<div class="filters" role="search" aria-label="Filter repositories" hidden data-needs-script>
<div><label for="filter-text">Repository name</label><input type="search" id="filter-text" autocomplete="off"></div>
<div><label for="filter-grade">Grade</label><select id="filter-grade"><option value="all">All grades</option>${GRADES.map(g=>`<option value="${g}">${g}</option>`).join("")}</select></div>
</div>
<p id="leaderboard-count" aria-live="polite">Showing ${rows.length} of ${rows.length} repositories</p>
<div class="wrap" role="region" tabindex="0" aria-labelledby="leaderboard-caption"><table id="leaderboard" class="stack">
<caption id="leaderboard-caption">Repositories by reproducibility score; the column buttons sort the table</caption>
<thead><tr><th scope="col" class="n">Rank</th>${sortable("repository","Repository","none")}<th scope="col">Badge</th>${sortable("score","Score","descending",!0)}${sortable("grade","Grade","none")}${sortable("pwc","PwC checklist","none",!0)}${sortable("mof","MOF class","none")}<th scope="col">Top fix</th></tr></thead>
<tbody>
${body.join(`
`)}
</tbody>
</table></div>
</section>`}export{blobUrl,githubOriginFromGitConfig,contentSecurityPolicy,renderReportHtml,parseShard,selectShard,rowFromReport,sortRows,mergeLeaderboards,renderLeaderboardMarkdown,renderLeaderboardCsv,badgeFile,renderDashboardHtml};
//# sourceMappingURL=chunk-GGYU6W2C.js.map
