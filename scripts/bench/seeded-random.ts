/**
 * A small seeded pseudo-random generator, so the generated kernel is the same on every machine and every run:
 * the benchmark's numbers must be comparable between runs, and Math.random() cannot be seeded.
 */

/** Deterministic random choices; every method draws from the same stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index chosen with probability proportional to `weights[index]`. */
  weighted(weights: readonly number[]): number;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
}

/**
 * mulberry32: 32 bits of state, good enough spread for picking paths and shapes, and trivially reproducible.
 *
 * @example seededRandom(42).below(10) // → the same digit on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (bound: number): number => Math.floor(next() * bound);
  return {
    next,
    below,
    pick: (items) => items[below(items.length)],
    weighted(weights) {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let point = next() * total;
      for (let index = 0; index < weights.length; index++) {
        point -= weights[index];
        if (point < 0) return index;
      }
      return weights.length - 1;
    },
    shuffle(items) {
      for (let index = items.length - 1; index > 0; index--) {
        const other = below(index + 1);
        [items[index], items[other]] = [items[other], items[index]];
      }
      return items;
    },
  };
}
