/**
 * A small seeded random source for the synthetic corpus: the same seed gives
 * the same corpus on every machine, so benchmark runs are comparable.
 */

/** Deterministic random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /**
   * @param min Lowest value.
   * @param max Highest value (inclusive).
   * @returns An integer in [min, max].
   */
  int(min: number, max: number): number;
  /**
   * @param items A non-empty list.
   * @returns One item, uniformly.
   */
  pick<T>(items: readonly T[]): T;
  /**
   * @param items A non-empty list, most frequent first.
   * @param exponent Zipf exponent (1 is natural language's).
   * @returns One item, the first ones far more often (a few entities are named in most articles).
   */
  zipf<T>(items: readonly T[], exponent?: number): T;
  /**
   * @param probability Chance of true.
   * @returns True with that chance.
   */
  chance(probability: number): boolean;
}

/**
 * A mulberry32 generator.
 * @param seed Any 32-bit integer.
 * @returns The random source.
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
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    zipf: (items, exponent = 1) => {
      let table = zipfTables.get(items);
      if (!table) {
        table = cumulativeZipf(items.length, exponent);
        zipfTables.set(items, table);
      }
      return items[lowerBound(table, next() * (table[table.length - 1] ?? 1))] as (typeof items)[number];
    },
    chance: (probability) => next() < probability,
  };
}

/**
 * Cumulative Zipf weights 1/1^s, 1/2^s, ...
 * @param length Number of ranks.
 * @param exponent The exponent s.
 * @returns Running sums.
 */
function cumulativeZipf(length: number, exponent: number): Float64Array {
  const table = new Float64Array(length);
  let sum = 0;
  for (let rank = 0; rank < length; rank++) {
    sum += 1 / Math.pow(rank + 1, exponent);
    table[rank] = sum;
  }
  return table;
}

/**
 * @param sorted Ascending numbers.
 * @param value A value.
 * @returns The first index whose number is at least `value` (clamped to the last index).
 */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
