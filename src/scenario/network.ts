// The undirected link set, as the schedule changes it step by step.
import type { Link } from './types.ts';

/** One key per undirected pair: A–B and B–A are the same link. */
export function linkKey(from: string, to: string): string {
  return from < to ? `${from}–${to}` : `${to}–${from}`;
}

/** Links present, keyed by pair, with the index of the entry that made each. */
export class Network {
  private readonly links = new Map<string, number>();

  has(from: string, to: string): boolean {
    return this.links.has(linkKey(from, to));
  }

  /** Index of the entry that added the link, if present. */
  indexOf(from: string, to: string): number | undefined {
    return this.links.get(linkKey(from, to));
  }

  add(link: Pick<Link, 'from' | 'to'>, index: number): void {
    this.links.set(linkKey(link.from, link.to), index);
  }

  remove(from: string, to: string): void {
    this.links.delete(linkKey(from, to));
  }
}
