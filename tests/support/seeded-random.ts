// A pseudo-random stream (mulberry32) with a fixed seed: the recount tests' fixtures and changes are the
// same every run, so a failure can be replayed.

/** A stream of numbers in [0, 1) from `seed`, and a pick of one of a list's values from it. */
export function seededRandom(seed: number): { random: () => number; pick: <T>(values: readonly T[]) => T } {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { random, pick: (values) => values[Math.floor(random() * values.length)]! };
}
