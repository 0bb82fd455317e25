/**
 * Seeded randomness. Every stochastic part of Common Ground takes an `Rng` (or a seed) so a run
 * can be reproduced exactly. xoshiro128** seeded through splitmix32; `derive` gives independent
 * streams for sub-tasks (a match, a repetition) so results do not depend on scheduling or on the
 * number of worker threads.
 */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** The seed this generator was created from. */
  readonly seed: number;
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t = t ^ (t >>> 15);
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** Hash a seed and any number of integers/strings into a new 32-bit seed. */
export function deriveSeed(seed: number, ...parts: (number | string)[]): number {
  let h = seed >>> 0;
  for (const part of parts) {
    const s = typeof part === 'number' ? String(part) : part;
    for (let i = 0; i < s.length; i++) {
      h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
      h ^= h >>> 13;
    }
    h = splitmix32(h ^ 0x85ebca6b)();
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const sm = splitmix32(seed >>> 0);
  let a = sm(),
    b = sm(),
    c = sm(),
    d = sm();
  if ((a | b | c | d) === 0) a = 1;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => {
    // 53 random bits for a full-precision double.
    const hi = nextU32() >>> 5;
    const lo = nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  return {
    seed: seed >>> 0,
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => (p <= 0 ? false : p >= 1 ? true : next() < p),
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
