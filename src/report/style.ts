// The page's CSS: system fonts only (no font files, no network), readable widths.

export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --band: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 1.5rem 1.25rem 4rem; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
p { max-width: 75ch; }
.subtitle, .hint { color: var(--muted); margin: .2rem 0; }
.toc { background: var(--band); border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1.25rem; margin: 1.25rem 0; }
.toc h2 { border: 0; margin: .4rem 0; font-size: 1rem; }
.toc ol { margin: .25rem 0 .6rem; padding-left: 1.25rem; columns: 2 18rem; }
a { color: #0969da; }
.chart { margin: 1rem 0 1.5rem; overflow-x: auto; }
/* A wide table scrolls sideways rather than breaking numbers or names across lines. */
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .9rem; display: block; max-width: 100%; overflow-x: auto; width: max-content; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .7rem; text-align: left; vertical-align: top; white-space: nowrap; }
td.text { white-space: normal; min-width: 16rem; max-width: 40rem; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .5rem .8rem; max-width: 75ch; }
.note { color: var(--muted); font-size: .9rem; }
@media print { .toc { display: none; } .chart { break-inside: avoid; } }
`;
