// The HTML page: header, table of contents, sections of text, tables and charts, the
// inlined chart libraries and a few lines that draw every chart. Plain text from the
// document is escaped here; `html` fields come from tables.ts, which escapes its cells.
import { escapeHtml, jsonForScript, scriptForInline } from './escape.ts';
import { chartLibraries } from './assets.ts';
import { PAGE_CSS } from './style.ts';

/** A Vega-Lite spec as plain JSON (validated by vega-lite itself in the tests). */
export type VlSpec = Record<string, unknown>;

export interface Chart {
  /** Unique in the page, [a-z0-9-]: the container is `chart-<id>`. */
  id: string;
  spec: VlSpec;
}

export interface Section {
  /** Anchor for the table of contents, [a-z0-9-]. */
  id: string;
  title: string;
  /** What the section shows, in plain text; one paragraph per entry. */
  intro: string[];
  /** Cautions on how far the numbers can be trusted, shown boxed under the intro (plain text). */
  warnings?: string[];
  charts?: Chart[];
  /** Trusted HTML (tables built by tables.ts). */
  html?: string;
}

export interface ReportDoc {
  title: string;
  /** One line under the title, plain text. */
  subtitle: string;
  sections: Section[];
}

const SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Embed options: only the export actions (Save as SVG / PNG), nothing that opens the network. */
const EMBED_OPTIONS = {
  mode: 'vega-lite',
  renderer: 'svg',
  actions: { export: true, source: false, compiled: false, editor: false },
};

/** Draws every chart; marks each container so tests (and readers) can tell it is done. */
const DRAW_SCRIPT = `(function () {
  var specs = JSON.parse(document.getElementById('ff-specs').textContent);
  var options = JSON.parse(document.getElementById('ff-embed-options').textContent);
  Object.keys(specs).forEach(function (id) {
    var el = document.getElementById('chart-' + id);
    vegaEmbed(el, specs[id], options).then(function () {
      el.setAttribute('data-rendered', 'true');
    }).catch(function (err) {
      el.setAttribute('data-rendered', 'error');
      el.textContent = 'This chart could not be drawn: ' + err.message;
      console.error(err);
    });
  });
})();`;

/** No network at all: scripts and styles are inline, images only from data/blob URLs (exports). */
const CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; " +
  "img-src data: blob:; font-src 'none'; connect-src 'none'";

function checkId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`report: bad section or chart id "${id}"`);
  return id;
}

function renderSection(s: Section): string {
  const intro = [...s.intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(s.warnings ?? []).map((w) => `<p class="warning" role="note">${escapeHtml(w)}</p>`)].join('\n');
  const charts = (s.charts ?? []).map((c) => `<div class="chart" id="chart-${checkId(c.id)}"></div>`).join('\n');
  return `<section id="${checkId(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${intro}\n${charts}\n${s.html ?? ''}\n</section>`;
}

function renderToc(sections: Section[]): string {
  const items = sections.map((s) => `<li><a href="#${checkId(s.id)}">${escapeHtml(s.title)}</a></li>`);
  return `<nav class="toc"><h2>Contents</h2><ol>\n${items.join('\n')}\n</ol></nav>`;
}

function collectSpecs(sections: Section[]): Record<string, VlSpec> {
  const specs: Record<string, VlSpec> = {};
  for (const chart of sections.flatMap((s) => s.charts ?? [])) {
    if (specs[chart.id]) throw new Error(`report: duplicate chart id "${chart.id}"`);
    specs[checkId(chart.id)] = chart.spec;
  }
  return specs;
}

function libraryScripts(): string {
  return chartLibraries()
    .map((lib) => `<script data-library="${lib.name}">\n${scriptForInline(lib.source)}\n</script>`)
    .join('\n');
}

/** The complete self-contained page. */
export function renderPage(doc: ReportDoc): string {
  const specs = collectSpecs(doc.sections);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factorflow report">
<title>${escapeHtml(doc.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<p class="hint">Each chart has a menu (⋯) at its top right with <em>Save as SVG</em> and <em>Save as PNG</em>.</p>
</header>
${renderToc(doc.sections)}
<main>
${doc.sections.map(renderSection).join('\n')}
</main>
<script type="application/json" id="ff-specs">${jsonForScript(specs)}</script>
<script type="application/json" id="ff-embed-options">${jsonForScript(EMBED_OPTIONS)}</script>
${libraryScripts()}
<script>
${DRAW_SCRIPT}
</script>
</body>
</html>
`;
}
