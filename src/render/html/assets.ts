// The one style sheet and the one script of the HTML pages, inlined into each page (no network) and allowed by
// the page's Content-Security-Policy through their SHA-256 hashes, so no other script or style can run.
// Colours: the Okabe–Ito palette (distinguishable with every common colour-vision deficiency), and every status
// is also written as a word with an icon, never shown by colour alone.
import { createHash } from 'node:crypto';

export const STYLE = `
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
`.trim();

/** Sorting and filtering on top of the server-rendered tables; the pages read the same without it. */
export const SCRIPT = `
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
`.trim();

let hashes: { style: string; script: string } | null = null;

/** `'sha256-…'` sources for the page's Content-Security-Policy, computed from the exact inlined text. */
export function assetHashes(): { style: string; script: string } {
  const h = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return (hashes ??= { style: h(STYLE), script: h(SCRIPT) });
}
