// The teaching page: wires the controls, the run (engine in a worker), the map and charts.
// URL parameters: ?scenario=<bundled name>, ?url=<scenario JSON to fetch>, ?agents=, ?seed=.
import { moneyUnit } from '../src/metrics/catalogue.ts';
import { greatCircleKm, type Scenario, type SetValue } from '../src/scenario/index.ts';
import { fillAbout } from './about.ts';
import { drawChart, stepAt } from './chart.ts';
import { describe, download, scenarioWithMoves } from './export.ts';
import { formatFull } from './format.ts';
import { leverLabel, showLevers, updateLevers } from './levers-ui.ts';
import { colourScale, drawMap, hit, linkKey, type Point } from './map.ts';
import { Run } from './run.ts';
import { bundledNames, load, loadText } from './scenarios.ts';
import { CHARTS, definitionOf, MAP_COLUMNS, titleOf } from './series.ts';
import { yearHeadline, yearOf, yearTick } from './years.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  scenario: $<HTMLSelectElement>('scenario'), file: $<HTMLInputElement>('file'),
  agents: $<HTMLInputElement>('agents'), seed: $<HTMLInputElement>('seed'),
  error: $<HTMLParagraphElement>('error'),
  aboutOpen: $<HTMLButtonElement>('about-open'), about: $<HTMLDialogElement>('about'),
  aboutTitle: $<HTMLElement>('about-title'), aboutBody: $<HTMLElement>('about-body'),
  play: $<HTMLButtonElement>('play'), step: $<HTMLButtonElement>('step'), reset: $<HTMLButtonElement>('reset'),
  continue: $<HTMLButtonElement>('continue'),
  speed: $<HTMLInputElement>('speed'), speedOut: $<HTMLOutputElement>('speed-out'),
  year: $<HTMLSpanElement>('year'), timing: $<HTMLSpanElement>('timing'),
  map: $<HTMLCanvasElement>('map'), mapColumn: $<HTMLSelectElement>('map-column'), linkHint: $<HTMLSpanElement>('link-hint'),
  charts: $<HTMLElement>('charts'), legend: $<HTMLElement>('legend'),
  levers: $<HTMLElement>('lever-list'), moves: $<HTMLOListElement>('moves'),
  download: $<HTMLButtonElement>('download'),
  tooltip: $<HTMLDivElement>('tooltip'), definition: $<HTMLDivElement>('definition'),
};

/** Years added by each click on Continue. */
const MORE_YEARS = 10;
const LINK_HINT = 'Click two regions to build a link between them.';

let base: { ref: string; text?: string } = { ref: 'china-2020' };
let selected: number | undefined;
let geometry: { points: Point[]; radii: number[] } = { points: [], radii: [] };
let dirty = false;
/** The year under the mouse on any chart (all charts mark it), and the region under it on the map. */
let hoverStep: number | undefined;
let hoverRegion: number | undefined;
/** A one-off message about the last click on the map, shown only while its year is shown. */
let mapNotice: { text: string; step: number } | undefined;
let money = 'yuan';

interface ChartView { canvas: HTMLCanvasElement; title: HTMLElement; value: HTMLElement; info: HTMLButtonElement }

// The charts share the height of the map in rows of two, however many CHARTS lists.
document.documentElement.style.setProperty('--chart-rows', String(Math.ceil(CHARTS.length / 2)));

const charts: ChartView[] = CHARTS.map((c) => {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  const title = Object.assign(document.createElement('span'), { className: 'title' });
  const info = Object.assign(document.createElement('button'), { type: 'button', className: 'info', textContent: 'i' });
  info.id = `info-${c.column}`;
  info.setAttribute('aria-label', 'What is this?');
  const value = Object.assign(document.createElement('output'), { className: 'value' });
  caption.append(title, info, value);
  const canvas = document.createElement('canvas');
  canvas.id = `chart-${c.column}`;
  canvas.setAttribute('role', 'img');
  figure.append(caption, canvas);
  ui.charts.append(figure);
  return { canvas, title, value, info };
});

const run = new Run(() => redrawSoon(), (message) => showError(message));

function showError(message: string): void {
  ui.error.textContent = message;
  ui.error.hidden = message === '';
}

/** Chart titles, definitions and map choices name the scenario's money unit (yuan or model units). */
function label(scenario: Scenario): void {
  money = moneyUnit(scenario.regions);
  CHARTS.forEach((c, i) => {
    const title = titleOf(c.column, c.format, money);
    const definition = definitionOf(c.column, money);
    charts[i].title.textContent = title;
    charts[i].title.title = `${title}: ${definition}`;
    charts[i].info.title = definition;
    charts[i].info.dataset.definition = definition;
    charts[i].canvas.setAttribute('aria-label', title);
  });
  const chosen = ui.mapColumn.value;
  ui.mapColumn.replaceChildren(...MAP_COLUMNS.map((c) => new Option(titleOf(c.column, c.format, money), String(c.column))));
  if (chosen) ui.mapColumn.value = chosen;
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
  fillAbout(ui.aboutTitle, ui.aboutBody, scenario);
  label(scenario);
  selected = hoverStep = hoverRegion = mapNotice = undefined;
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

/** Moves that wait for next year: the slider shows the value chosen, not the one in force. */
function pendingSets(): Map<string, SetValue> {
  const pending = new Map<string, SetValue>();
  for (const m of run.moves) if (m.step > run.step && m.action.kind === 'set') pending.set(m.action.key, m.action.value);
  return pending;
}

function redraw(): void {
  dirty = false;
  const { scenario } = run;
  if (!scenario) return;
  ui.play.textContent = run.playing ? '⏸ Pause' : '▶ Play';
  ui.play.disabled = ui.step.disabled = run.done || run.history.length === 0;
  ui.continue.hidden = !run.done || run.history.length === 0;
  ui.year.textContent = yearHeadline(scenario, Math.max(0, run.step));
  ui.year.dataset.step = String(run.step);
  ui.timing.textContent = timing();
  ui.moves.replaceChildren(...run.moves.map((m) => Object.assign(document.createElement('li'), {
    textContent: `${yearOf(scenario, m.step)}: ${describe(m, leverLabel).replace(/^year \d+: /, '')}`,
  })));
  ui.download.disabled = run.history.length === 0;
  ui.linkHint.textContent = linkHint();
  if (!run.history.length) return;
  updateLevers(run.inForce, pendingSets());
  const national = run.national();
  const baseline = run.baseline();
  ui.legend.classList.toggle('shown', baseline !== undefined);
  const marks = run.moves.map((m) => m.step);
  CHARTS.forEach((c, i) => {
    const values = national.map((row) => row[c.column]);
    charts[i].value.textContent = formatFull(values[values.length - 1], c.format);
    drawChart(charts[i].canvas, {
      values, steps: scenario.steps, format: c.format, marks, tick: (s) => yearTick(scenario, s), hover: hoverStep,
      baseline: baseline?.map((row) => row[c.column]),
    });
  });
  drawRegions();
}

/** What the map's hint line says now: never a promise about a year already past. */
function linkHint(): string {
  const ids = run.scenario?.regions.map((r) => r.id) ?? [];
  if (selected !== undefined) return `Now click the region to link with ${run.scenario.regions[selected].name} (${ids[selected]}).`;
  if (mapNotice && mapNotice.step === run.step) return mapNotice.text;
  const next = run.moves.find((m) => m.step > run.step && m.action.kind === 'addLink');
  if (next && next.action.kind === 'addLink') {
    return `Link ${next.action.link.from}–${next.action.link.to} opens in ${yearOf(run.scenario, next.step)}.`;
  }
  return LINK_HINT;
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

function mapColumn() {
  return MAP_COLUMNS.find((c) => c.column === ui.mapColumn.value) ?? MAP_COLUMNS[0];
}

function drawRegions(): void {
  const column = mapColumn();
  const added = new Set(run.moves.flatMap((m) => (m.action.kind === 'addLink' ? [linkKey(m.action.link.from, m.action.link.to)] : [])));
  geometry = drawMap(ui.map, {
    regions: run.scenario.regions, rows: run.history[run.history.length - 1].regions, links: run.links,
    added, column: column.column, label: `${titleOf(column.column, column.format, money)}, scale fixed for the run`,
    format: column.format, selected, hover: hoverRegion,
    scale: colourScale(run.history.map((o) => o.regions), column.column),
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

function regionAt(event: MouseEvent): number | undefined {
  const box = ui.map.getBoundingClientRect();
  return hit(geometry.points, geometry.radii, event.clientX - box.left, event.clientY - box.top);
}

function clickRegion(event: MouseEvent): void {
  const i = regionAt(event);
  if (i === undefined) return;
  const ids = run.scenario.regions.map((r) => r.id);
  mapNotice = undefined;
  if (selected === undefined || selected === i) {
    selected = selected === i ? undefined : i;
  } else {
    const [from, to] = [ids[selected], ids[i]];
    const exists = run.links.some((l) => linkKey(l.from, l.to) === linkKey(from, to));
    if (!exists) run.act({ kind: 'addLink', link: { from, to, cost: newLinkCost(selected, i) } });
    else mapNotice = { text: `${from} and ${to} are already linked.`, step: run.step };
    selected = undefined;
  }
  redrawSoon();
}

function showTooltip(event: MouseEvent, text: string): void {
  ui.tooltip.textContent = text;
  ui.tooltip.hidden = false;
  const x = Math.min(event.clientX + 14, window.innerWidth - ui.tooltip.offsetWidth - 4);
  const y = Math.min(event.clientY + 14, window.innerHeight - ui.tooltip.offsetHeight - 4);
  ui.tooltip.style.left = `${x}px`;
  ui.tooltip.style.top = `${y}px`;
}

function hideTooltip(): void {
  ui.tooltip.hidden = true;
  if (hoverStep !== undefined || hoverRegion !== undefined) {
    hoverStep = hoverRegion = undefined;
    redrawSoon();
  }
}

/** The region under the mouse: its full name, the value it is coloured by, its population. */
function hoverMap(event: MouseEvent): void {
  const i = regionAt(event);
  if (i === undefined || !run.history.length) return hideTooltip();
  const region = run.scenario.regions[i];
  const row = run.history[run.history.length - 1].regions[i];
  const column = mapColumn();
  const title = titleOf(column.column, column.format, money);
  showTooltip(event, `${region.name} (${region.id}), ${yearOf(run.scenario, run.step)}\n`
    + `${title}: ${formatFull(Number(row[column.column]), column.format)}\n`
    + `Population: ${formatFull(row.population, 'money')} persons`);
  if (hoverRegion !== i) {
    hoverRegion = i;
    redrawSoon();
  }
}

/** The year under the mouse on chart k: its value, and the run without moves' when there is one. */
function hoverChart(k: number, event: MouseEvent): void {
  if (!run.history.length) return;
  const canvas = charts[k].canvas;
  const box = canvas.getBoundingClientRect();
  const step = Math.min(stepAt(box.width, run.scenario.steps, event.clientX - box.left), run.step);
  const c = CHARTS[k];
  const value = run.national()[step][c.column];
  const without = run.baseline()?.[step]?.[c.column];
  const title = titleOf(c.column, c.format, money);
  showTooltip(event, `${yearOf(run.scenario, step)}\n${title}: ${formatFull(value, c.format)}`
    + (without !== undefined ? `\nwithout your moves: ${formatFull(without, c.format)}` : ''));
  if (hoverStep !== step) {
    hoverStep = step;
    redrawSoon();
  }
}

/** The "i" next to a chart title: its one-line definition, until clicked again or elsewhere. */
function toggleDefinition(k: number, event: MouseEvent): void {
  event.stopPropagation();
  const button = charts[k].info;
  if (!ui.definition.hidden && ui.definition.dataset.for === button.id) {
    ui.definition.hidden = true;
    return;
  }
  ui.definition.textContent = `${charts[k].title.textContent}: ${button.dataset.definition ?? ''}`;
  ui.definition.dataset.for = button.id;
  ui.definition.hidden = false;
  const box = button.getBoundingClientRect();
  ui.definition.style.left = `${Math.max(4, Math.min(box.left - 150, window.innerWidth - 330))}px`;
  ui.definition.style.top = `${box.bottom + 4}px`;
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
  ui.continue.addEventListener('click', () => {
    run.extend(MORE_YEARS);
    run.play();
  });
  ui.speed.addEventListener('input', () => {
    run.stepsPerSecond = Number(ui.speed.value);
    ui.speedOut.textContent = `${ui.speed.value} years/s`;
  });
  ui.aboutOpen.addEventListener('click', () => ui.about.showModal());
  ui.map.addEventListener('click', clickRegion);
  ui.map.addEventListener('mousemove', hoverMap);
  ui.map.addEventListener('mouseleave', hideTooltip);
  charts.forEach((c, k) => {
    c.canvas.addEventListener('mousemove', (e) => hoverChart(k, e));
    c.canvas.addEventListener('mouseleave', hideTooltip);
    c.info.addEventListener('click', (e) => toggleDefinition(k, e));
  });
  document.addEventListener('click', () => (ui.definition.hidden = true));
  ui.mapColumn.addEventListener('change', redrawSoon);
  ui.download.addEventListener('click', () => download(scenarioWithMoves(run.scenario, run.moves)));
  document.addEventListener('keydown', keys);
  window.addEventListener('resize', redrawSoon);
}

function keys(event: KeyboardEvent): void {
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
  if (ui.about.open) return;
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
