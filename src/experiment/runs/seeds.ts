// The seed rule of every experiment: replication i (1-based) runs with seed = base + i − 1,
// so replication 1 is the single run `factorflow run` makes with the same seed, and the
// same replication seeds serve every scenario of a comparison and every point of a sweep
// (common random numbers).

/** The seeds of replications 1..reps from the base seed. @throws on a bad count or seed */
export function replicationSeeds(base: number, reps: number): number[] {
  if (!Number.isInteger(reps) || reps < 1) throw new RangeError(`reps must be a whole number ≥ 1 (got ${reps})`);
  if (!Number.isInteger(base)) throw new RangeError(`seed must be a whole number (got ${base})`);
  return Array.from({ length: reps }, (_, i) => base + i);
}
