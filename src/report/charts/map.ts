// The map of regions: points at their lon/lat sized by population, links as lines,
// coloured by GDP per person at the start and at the end on one shared colour scale.
import type { Chart, VlSpec } from '../page.ts';
import type { CsvRow } from '../files.ts';
import type { RegionInfo, LinkInfo } from '../scenario.ts';

interface MapPoint {
  id: string;
  name: string;
  group: string;
  lon: number;
  lat: number;
  population: number | null;
  gdp_per_capita: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Labels crowd each other beyond this many regions; the tooltip still names each one. */
const MAX_LABELS = 12;

function pointsAt(regions: RegionInfo[], rows: CsvRow[]): MapPoint[] {
  const byId = new Map(rows.map((r) => [String(r.region), r]));
  return regions
    .filter((r) => r.lon !== null && r.lat !== null)
    .map((r) => {
      const row = byId.get(r.id);
      return {
        id: r.id,
        name: r.name,
        group: r.group,
        lon: r.lon as number,
        lat: r.lat as number,
        population: num(row?.population) ?? r.population,
        gdp_per_capita: num(row?.gdp_per_capita),
      };
    });
}

function linkLines(regions: RegionInfo[], links: LinkInfo[]): Record<string, unknown>[] {
  const byId = new Map(regions.filter((r) => r.lon !== null && r.lat !== null).map((r) => [r.id, r]));
  return links.flatMap((l) => {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) return [];
    return [{ from: a.name, to: b.name, cost: l.cost, lon: a.lon, lat: a.lat, lon2: b.lon, lat2: b.lat }];
  });
}

function extent(values: (number | null)[]): [number, number] {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? [0, 1] : [Math.min(...v), Math.max(...v)];
}

function panel(title: string, points: MapPoint[], lines: Record<string, unknown>[], scales: { color: VlSpec; size: VlSpec }, money: string): VlSpec {
  const lonLat = { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' } };
  const layers: VlSpec[] = [
    {
      data: { values: lines },
      mark: { type: 'rule', color: '#8c959f', strokeWidth: 1.5, opacity: 0.8 },
      encoding: {
        ...lonLat,
        longitude2: { field: 'lon2' },
        latitude2: { field: 'lat2' },
        tooltip: [{ field: 'from' }, { field: 'to' }, { field: 'cost', type: 'quantitative', format: ',.0f' }],
      },
    },
    {
      data: { values: points },
      mark: { type: 'circle', opacity: 0.9, stroke: '#24292f', strokeWidth: 0.6 },
      encoding: {
        ...lonLat,
        size: { field: 'population', type: 'quantitative', title: 'population', scale: scales.size },
        color: { field: 'gdp_per_capita', type: 'quantitative', title: `GDP per person (${money} a year)`, scale: scales.color },
        tooltip: [
          { field: 'name', title: 'region' },
          { field: 'group' },
          { field: 'population', type: 'quantitative', format: ',.0f' },
          { field: 'gdp_per_capita', type: 'quantitative', title: `GDP per person (${money} a year)`, format: ',.4~r' },
        ],
      },
    },
  ];
  // Few regions: their names; many (China's 31): their ids, short enough not to pile up in
  // the crowded east; the full name is in the tooltip.
  layers.push({
    data: { values: points },
    mark: { type: 'text', dy: -11, fontSize: points.length <= MAX_LABELS ? 11 : 9, color: '#24292f' },
    encoding: { ...lonLat, text: { field: points.length <= MAX_LABELS ? 'name' : 'id' } },
  });
  return { title, width: 360, height: 300, projection: { type: 'mercator' }, layer: layers };
}

/**
 * The two-panel map, or undefined when fewer than two regions have coordinates (a
 * projection cannot be fitted to one point).
 */
export function regionMap(opts: {
  regions: RegionInfo[];
  links: LinkInfo[];
  start: { step: number; rows: CsvRow[] };
  end: { step: number; rows: CsvRow[] };
  /** The scenario's money unit (yuan, or model units). */
  money?: string;
}): Chart | undefined {
  const money = opts.money ?? 'yuan';
  const start = pointsAt(opts.regions, opts.start.rows);
  const end = pointsAt(opts.regions, opts.end.rows);
  if (new Set(start.map((p) => `${p.lon},${p.lat}`)).size < 2) return undefined;
  const lines = linkLines(opts.regions, opts.links);
  const all = [...start, ...end];
  const scales = {
    // Explicit domains make both panels use the same scales whatever the defaults.
    color: { domain: extent(all.map((p) => p.gdp_per_capita)), scheme: 'viridis' },
    size: { domain: [0, extent(all.map((p) => p.population))[1]], range: [40, 900] },
  };
  return {
    id: 'map',
    spec: {
      title: 'Regions and links, coloured by GDP per person',
      hconcat: [
        panel(`start (step ${opts.start.step})`, start, lines, scales, money),
        panel(`end (step ${opts.end.step})`, end, lines, scales, money),
      ],
      resolve: { scale: { color: 'shared', size: 'shared' } },
      // Room between the start and end panels, so the two maps never touch.
      spacing: 48,
    },
  };
}
