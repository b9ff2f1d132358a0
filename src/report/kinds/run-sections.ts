// Sections every run-based report shares: the map, regions at start and end, β-convergence
// and the scenario's levers and schedule. Replications draw them from rep-1.
import type { Section } from '../page.ts';
import { regionMap } from '../charts/map.ts';
import { regionCharts } from '../charts/regions.ts';
import { betaChart, type BetaSummary } from '../charts/beta.ts';
import { corridorChart, largestCorridors } from '../charts/corridors.ts';
import { htmlTable, keyValueTable, scheduleTable } from '../tables.ts';
import { formatNumber, formatValue } from '../format.ts';
import type { ScenarioInfo } from '../scenario.ts';
import { snapshots, type RunFolder, type Snapshot } from './run-folder.ts';
import { leverChart, regionPathCharts } from '../charts/paths.ts';
import { betaNote } from '../../experiment/summary/warnings.ts';

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function mapSection(run: RunFolder, start: Snapshot, end: Snapshot, note: string): Section {
  const chart = regionMap({ regions: run.scenario.regions, links: run.scenario.links, start, end, money: run.scenario.money });
  return {
    id: 'map',
    title: `Map of regions${note}`,
    intro: chart
      ? [
          'Each region is drawn at its longitude and latitude (Mercator projection), its circle sized by population; grey lines are the links of the transport network.',
          'The left panel is coloured by GDP per person at the start, the right panel at the end, on one shared colour scale: a map that evens out in colour shows convergence.',
        ]
      : ['No map: fewer than two regions in scenario.json have lon and lat.'],
    charts: chart ? [chart] : [],
  };
}

function regionsSection(run: RunFolder, snaps: Snapshot[], note: string): Section {
  const start = snaps[0];
  const end = snaps[snaps.length - 1];
  const firstMove = snaps[1] ?? start;
  return {
    id: 'regions',
    title: `Regions at the start and at the end${note}`,
    intro: [
      'GDP per person and population of each region at the start and at the end of the run; regions are ordered by their initial GDP per person, richest on top.',
      'Net migration (arrivals minus departures) is compared between the first and the last year of the run, since at step 0 nobody has moved yet.',
    ],
    charts: regionCharts({ names: run.names, start, firstMove, end }),
  };
}

function betaSection(run: RunFolder, snaps: Snapshot[], note: string): Section {
  const beta = obj(run.summary.beta) as BetaSummary & Record<string, unknown>;
  const chart = betaChart({ start: snaps[0], end: snaps[snaps.length - 1], summary: beta, names: run.names });
  const stats =
    beta.beta !== undefined
      ? `From summary.json: β = ${formatNumber(beta.beta)} (standard error ${formatNumber(beta.se)}), R² = ${formatNumber(beta.r2)}, ${formatValue(beta.n)} regions over ${formatValue(beta.years)} years.`
      : 'summary.json has no β, so the line is the OLS fit of the points drawn here.';
  const regions = typeof beta.n === 'number' ? beta.n : snaps[0].rows.length;
  return {
    id: 'beta',
    title: `β-convergence${note}`,
    warnings: betaNote(regions).map((w) => w.replace(/^note: /, 'Caution: ')),
    intro: [
      'Each point is a region: its log GDP per person at the start (x) against its average annual growth over the run, (ln y_T − ln y_0)/T (y). A falling line means poorer regions grow faster (β-convergence).',
      'The red line has the slope β and passes through the mean point, as an OLS line does. The implied speed is λ = −ln(1 + βT)/T and the half-life of the gaps ln 2/λ.',
      stats,
    ],
    charts: chart ? [chart] : [],
  };
}

const TOP_CORRIDORS = 12;

function corridorsSection(run: RunFolder, snaps: Snapshot[], note: string): Section {
  const years = snaps[snaps.length - 1].step - snaps[0].step;
  const corridors = largestCorridors(run.flows, TOP_CORRIDORS);
  const chart = corridorChart(corridors, run.names, years);
  const total = run.flows.reduce((s, c) => s + c.persons, 0);
  const shown = corridors.reduce((s, c) => s + c.persons, 0);
  return {
    id: 'corridors',
    title: `Largest migration corridors${note}`,
    intro: chart
      ? [
          `The ${corridors.length} largest flows between two regions (flows.csv: persons who lived in the first region before a year's migration and in the second after it), summed over the run; a flow and its reverse are separate bars.`,
          `They carry ${formatNumber((100 * shown) / total)}% of the ${formatNumber(total)} moves between regions of the run.`,
        ]
      : [run.flows.length === 0 && snaps.length > 1 ? 'No migration between regions in this run (or no flows.csv in the folder).' : 'No migration yet.'],
    charts: chart ? [chart] : [],
  };
}

/** The levers, the schedule and the model parameters of a scenario. */
export function scenarioSection(scenario: ScenarioInfo, note = ''): Section {
  const regionRows = scenario.regions.map((r) => [
    r.id,
    r.name,
    r.group,
    formatNumber(r.population),
    formatNumber(r.lon),
    formatNumber(r.lat),
  ]);
  const regionTable = htmlTable(
    [{ title: 'id' }, { title: 'name' }, { title: 'group' }, { title: 'population', numeric: true }, { title: 'lon', numeric: true }, { title: 'lat', numeric: true }],
    regionRows,
  );
  return {
    id: 'scenario',
    title: `Policy levers and schedule${note}`,
    intro: [
      'The policy levers as they stand at step 0 (scenario.json, defaults filled in), then the dated changes of the schedule, the regions and the model parameters.',
    ],
    html: [
      '<h3>Policy levers</h3>',
      keyValueTable(scenario.policy, 'lever', 'policy'),
      '<h3>Schedule</h3>',
      scheduleTable(scenario.schedule),
      '<h3>Regions</h3>',
      regionTable,
      '<details><summary>Model parameters</summary>',
      keyValueTable(scenario.params, 'parameter', 'params'),
      '</details>',
    ].join('\n'),
  };
}

function overTimeSection(run: RunFolder, note: string): Section {
  const levers = leverChart(run.scenario);
  return {
    id: 'over-time',
    title: `What happened over time${note}`,
    intro: [
      levers
        ? 'The levers the schedule moves, one panel each: the value in force at every step (a ramp climbs step by step; a scenario downloaded from the teaching page carries the moves made in class in its schedule).'
        : 'No lever moves during the run: every lever keeps its step-0 value (table below).',
      'Every region\'s GDP per person and population at every step, one line per region coloured by its group: who pulls ahead, who catches up, where people go.',
    ],
    charts: [...(levers ? [levers] : []), ...regionPathCharts(run.regions, run.names, run.scenario.money)],
  };
}

/** Map, regions, paths over time and β sections of a run; `note` marks them, e.g. " (replication 1)". */
export function runDetailSections(run: RunFolder, note = ''): Section[] {
  const snaps = snapshots(run.regions);
  const start = snaps[0];
  const end = snaps[snaps.length - 1];
  return [
    mapSection(run, start, end, note), overTimeSection(run, note), regionsSection(run, snaps, note),
    corridorsSection(run, snaps, note), betaSection(run, snaps, note),
  ];
}
