// The teaching page: wires the controls, the run (engine in a worker), the map and charts.
// URL parameters: ?scenario=<bundled name>, ?url=<scenario JSON to fetch>, ?agents=, ?seed=.
import { greatCircleKm, type Scenario, type SetValue } from '../src/scenario/index.ts';
import { drawChart } from './chart.ts';
import { describe, download, scenarioWithMoves } from './export.ts';
import { leverLabel, showLevers } from './levers-ui.ts';
import { drawMap, hit, linkKey, type Point } from './map.ts';
import { Run } from './run.ts';
import { bundledNames, load, loadText } from './scenarios.ts';
import { CHARTS, MAP_COLUMNS } from './series.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  scenario: $<HTMLSelectElement>('scenario'), file: $<HTMLInputElement>('file'),
  agents: $<HTMLInputElement>('agents'), seed: $<HTMLInputElement>('seed'),
  error: $<HTMLParagraphElement>('error'), description: $<HTMLParagraphElement>('description'),
  play: $<HTMLButtonElement>('play'), step: $<HTMLButtonElement>('step'), reset: $<HTMLButtonElement>('reset'),
  speed: $<HTMLInputElement>('speed'), speedOut: $<HTMLOutputElement>('speed-out'),
  year: $<HTMLSpanElement>('year'), timing: $<HTMLSpanElement>('timing'),
  map: $<HTMLCanvasElement>('map'), mapColumn: $<HTMLSelectElement>('map-column'), linkHint: $<HTMLSpanElement>('link-hint'),
  charts: $<HTMLElement>('charts'), legend: $<HTMLElement>('legend'),
  levers: $<HTMLElement>('lever-list'), moves: $<HTMLOListElement>('moves'),
  download: $<HTMLButtonElement>('download'),
};

let base: { ref: string; text?: string } = { ref: 'china-2020' };
let selected: number | undefined;
let geometry: { points: Point[]; radii: number[] } = { points: [], radii: [] };
let dirty = false;
const canvases = CHARTS.map((c) => {
  const canvas = document.createElement('canvas');
  canvas.id = `chart-${c.column}`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', c.title);
  ui.charts.append(canvas);
  return canvas;
});

const run = new Run(() => redrawSoon(), (message) => showError(message));

function showError(message: string): void {
  ui.error.textContent = message;
  ui.error.hidden = message === '';
}

/** Loads the chosen scenario with the page's agents and seed, and starts it at year 0. */
function reset(): void {
  const overrides: string[] = [];
  if (ui.agents.value) overrides.push(`params.laborAgents=${ui.agents.value}`);
  if (ui.seed.value) overrides.push(`seed=${ui.seed.value}`);
  let scenario: Scenario;
  try {
    scenario = base.text === undefined ? load(base.ref, overrides) : loadText(base.ref, base.text, overrides);
  } catch (err) {
    showError(err instanceof Error ? err.message.split('\n').slice(0, 3).join(' · ') : String(err));
    return;
  }
  showError('');
  ui.agents.value = String(scenario.params.laborAgents);
  ui.seed.value = String(scenario.seed);
  ui.description.textContent = scenario.description;
  selected = undefined;
  showLevers(ui.levers, scenario, move);
  run.load(scenario);
}

function move(key: string, value: SetValue): void {
  run.act({ kind: 'set', key, value });
}

function redrawSoon(): void {
  if (dirty) return;
  dirty = true;
  requestAnimationFrame(redraw);
}

function redraw(): void {
  dirty = false;
  const { scenario } = run;
  if (!scenario) return;
  ui.play.textContent = run.playing ? '⏸ Pause' : '▶ Play';
  ui.play.disabled = ui.step.disabled = run.done || run.history.length === 0;
  ui.year.textContent = `Year ${Math.max(0, run.step)} of ${scenario.steps}`;
  ui.year.dataset.step = String(run.step);
  ui.timing.textContent = timing();
  ui.moves.replaceChildren(...run.moves.map((m) => Object.assign(document.createElement('li'), { textContent: describe(m, leverLabel) })));
  ui.download.disabled = run.history.length === 0;
  if (!run.history.length) return;
  const national = run.national();
  const baseline = run.baseline();
  ui.legend.classList.toggle('shown', baseline !== undefined);
  const marks = run.moves.map((m) => m.step);
  CHARTS.forEach((c, i) => drawChart(canvases[i], {
    title: c.title, values: national.map((row) => row[c.column]), steps: scenario.steps, format: c.format, marks,
    baseline: baseline?.map((row) => row[c.column]),
  }));
  drawRegions();
}

/** The worker's time for the last year: the run's step, and the baseline's once there is one. */
function timing(): string {
  const steps = run.ms.slice(1);
  if (!steps.length) return '';
  const last = `last step ${steps[steps.length - 1].toFixed(0)} ms`;
  // The first baseline figure includes building that model: not a step.
  const without = run.baselineMs.slice(1);
  return without.length ? `${last} + ${without[without.length - 1].toFixed(0)} ms without moves` : last;
}

function drawRegions(): void {
  const column = MAP_COLUMNS.find((c) => c.column === ui.mapColumn.value) ?? MAP_COLUMNS[0];
  const added = new Set(run.moves.flatMap((m) => (m.action.kind === 'addLink' ? [linkKey(m.action.link.from, m.action.link.to)] : [])));
  geometry = drawMap(ui.map, {
    regions: run.scenario.regions, rows: run.history[run.history.length - 1].regions, links: run.links,
    added, column: column.column, label: column.label, format: column.format, selected,
  });
}

/** Cost of a new link: great-circle km × linkCostPerKm, or the mean cost of the links there are. */
function newLinkCost(a: number, b: number): number {
  const { regions, params } = run.scenario;
  const [ra, rb] = [regions[a], regions[b]];
  if ([ra.lon, ra.lat, rb.lon, rb.lat].every(Number.isFinite)) {
    return greatCircleKm(ra.lon!, ra.lat!, rb.lon!, rb.lat!) * params.linkCostPerKm;
  }
  const costs = run.links.map((l) => l.cost ?? 0);
  return costs.length ? costs.reduce((s, c) => s + c, 0) / costs.length : 100;
}

function clickRegion(event: MouseEvent): void {
  const box = ui.map.getBoundingClientRect();
  const i = hit(geometry.points, geometry.radii, event.clientX - box.left, event.clientY - box.top);
  if (i === undefined) return;
  const ids = run.scenario.regions.map((r) => r.id);
  if (selected === undefined || selected === i) {
    selected = selected === i ? undefined : i;
    ui.linkHint.textContent = selected === undefined ? 'Click two regions to build a link between them.' : `Now click the region to link with ${ids[i]}.`;
  } else {
    const [from, to] = [ids[selected], ids[i]];
    const exists = run.links.some((l) => linkKey(l.from, l.to) === linkKey(from, to));
    if (!exists) run.act({ kind: 'addLink', link: { from, to, cost: newLinkCost(selected, i) } });
    ui.linkHint.textContent = exists ? `${from} and ${to} are already linked.` : `Link ${from}–${to} opens next year.`;
    selected = undefined;
  }
  redrawSoon();
}

async function openFile(): Promise<void> {
  const file = ui.file.files?.[0];
  if (!file) return;
  base = { ref: file.name, text: await file.text() };
  ui.agents.value = ui.seed.value = '';
  reset();
}

function setup(): void {
  const query = new URLSearchParams(location.search);
  for (const name of bundledNames()) ui.scenario.add(new Option(name, name));
  for (const c of MAP_COLUMNS) ui.mapColumn.add(new Option(c.label, String(c.column)));
  ui.agents.value = query.get('agents') ?? '';
  ui.seed.value = query.get('seed') ?? '';
  base = { ref: query.get('scenario') ?? 'china-2020' };
  ui.scenario.value = base.ref;
  ui.scenario.addEventListener('change', () => {
    base = { ref: ui.scenario.value };
    ui.agents.value = ui.seed.value = '';
    reset();
  });
  ui.file.addEventListener('change', () => void openFile());
  ui.agents.addEventListener('change', reset);
  ui.seed.addEventListener('change', reset);
  ui.reset.addEventListener('click', reset);
  ui.play.addEventListener('click', () => (run.playing ? run.pause() : run.play(), redrawSoon()));
  ui.step.addEventListener('click', () => run.stepOnce());
  ui.speed.addEventListener('input', () => {
    run.stepsPerSecond = Number(ui.speed.value);
    ui.speedOut.textContent = `${ui.speed.value} years/s`;
  });
  ui.map.addEventListener('click', clickRegion);
  ui.mapColumn.addEventListener('change', redrawSoon);
  ui.download.addEventListener('click', () => download(scenarioWithMoves(run.scenario, run.moves)));
  document.addEventListener('keydown', keys);
  window.addEventListener('resize', redrawSoon);
}

function keys(event: KeyboardEvent): void {
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
  if (event.key === ' ') {
    event.preventDefault();
    ui.play.click();
  } else if (event.key === 'ArrowRight') ui.step.click();
}

/** A scenario handed over by `factorflow serve my.json` (or any ?url=) replaces the picker's. */
async function fromUrl(): Promise<void> {
  const url = new URLSearchParams(location.search).get('url');
  if (!url) return;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  base = { ref: url.split('/').pop() ?? 'scenario.json', text: await response.text() };
  const option = new Option(base.ref.replace(/\.json$/, ''), '');
  ui.scenario.add(option, 0);
  ui.scenario.value = '';
}

/** A handle for tests and the curious (browser console): the run's numbers and the map. */
const handle = {
  run,
  national: () => run.national(),
  baseline: () => run.baseline(),
  regionPoint: (id: string) => geometry.points[run.scenario.regions.findIndex((r) => r.id === id)],
  exported: () => scenarioWithMoves(run.scenario, run.moves),
};
(window as unknown as { factorflow: typeof handle }).factorflow = handle;

setup();
fromUrl().then(reset, (err: Error) => showError(err.message));
