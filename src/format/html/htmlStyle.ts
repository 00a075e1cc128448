// The report's style sheet, inlined so the page needs nothing beside itself.

export const HTML_STYLE = `
:root { color-scheme: light; --conflict: #b3261e; --conflict-bg: #fde7e4; --missing: #8a5a00; --missing-bg: #fff3cd; --agree-bg: #e6f4ea; --single-bg: #eef1f5; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif; margin: 0; padding: 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h2 small, .path, .at { color: #57606a; font-weight: normal; font-size: .85em; }
nav.summary { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: #f6f8fa; }
nav.summary ul { margin: .25rem 0; padding-left: 1.25rem; }
nav.summary ul ul { padding-left: 0; font-size: .9em; }
nav.summary ul ul li { display: inline; margin-inline-end: .9em; }
.counts strong.conflict { color: var(--conflict); }
.counts strong.missing { color: var(--missing); }
.errors { color: var(--conflict); }
ol.discrepancies { padding-left: 1.5rem; }
li.discrepancy p { margin: .5rem 0 .25rem; }
li.conflict > p strong { color: var(--conflict); }
li.missing > p strong { color: var(--missing); }
li.discrepancy:target { outline: 3px solid #0969da; outline-offset: 2px; }
ul.where { list-style: none; padding-left: .5rem; margin: 0; }
ul.where li { display: inline-block; margin-inline-end: 1.25em; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
ul.where .lang, th .lang { display: inline-block; min-width: 2.5em; font-weight: 600; }
li.absent { color: var(--missing); }
.versions { overflow-x: auto; }
.versions table { border-collapse: collapse; width: 100%; table-layout: fixed; min-width: 60rem; }
.versions th, .versions td { border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; text-align: start; }
.versions td { white-space: pre-line; }
.versions thead th { background: #f6f8fa; position: sticky; top: 0; }
.versions th.n { width: 2.5rem; color: #57606a; font-weight: normal; text-align: end; }
mark.fact { background: var(--single-bg); color: inherit; border-radius: 3px; padding: 0 .1em; }
mark.fact a { color: inherit; text-decoration: none; }
mark.agree { background: var(--agree-bg); }
mark.conflict { background: var(--conflict-bg); }
mark.conflict.differs { background: var(--conflict); color: #fff; font-weight: 600; }
mark.missing { background: var(--missing-bg); box-shadow: inset 0 -2px 0 var(--missing); }
mark:target { outline: 3px solid #0969da; }
.legend mark, .legend .gap { margin-inline-end: .5rem; }
a.gap, .legend .gap { display: inline-block; font-size: .8em; line-height: 1.3; color: var(--missing); border: 1px dashed var(--missing); border-radius: 3px; padding: 0 .3em; text-decoration: none; }
a.gap:target { outline: 3px solid #0969da; }
.confidence { color: #57606a; }
p.differing { margin: 0 0 .25rem; }
ul.where li.differs em { color: var(--conflict); font-style: normal; font-weight: 600; }
`;
