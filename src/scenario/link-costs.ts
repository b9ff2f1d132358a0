// Link costs not given in a scenario: great-circle km between the regions' coordinates
// times params.linkCostPerKm (MODEL.md, "Time, regions, links").
import { greatCircleKm } from './distance.ts';
import type { Link, Region } from './types.ts';

function hasCoordinates(r: Region | undefined): r is Region & { lon: number; lat: number } {
  return r !== undefined && Number.isFinite(r.lon) && Number.isFinite(r.lat);
}

/** The region of `id` that lacks lon/lat, if the cost of a from–to link cannot be computed. */
export function missingCoordinates(regions: Region[], from: string, to: string): string | undefined {
  for (const id of [from, to]) {
    if (!hasCoordinates(regions.find((r) => r.id === id))) return id;
  }
  return undefined;
}

/** The link with its cost filled in where it can be; a link with a cost is returned as is. */
export function withCost(link: Link, regions: Region[], costPerKm: number): Link {
  if (typeof link.cost === 'number') return link;
  const a = regions.find((r) => r.id === link.from);
  const b = regions.find((r) => r.id === link.to);
  if (!hasCoordinates(a) || !hasCoordinates(b)) return link;
  return { ...link, cost: greatCircleKm(a.lon, a.lat, b.lon, b.lat) * costPerKm };
}
