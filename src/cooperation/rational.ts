/**
 * Exact rational numbers on BigInt (always reduced, positive denominator), for equilibrium
 * computation where floating point fails (degenerate games, von Stengel's 6x6 game).
 *
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export class Rational {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static of(n: bigint | number, d: bigint | number = 1n): Rational {
    let N = BigInt(n);
    let D = BigInt(d);
    if (D === 0n) throw new RangeError('division by zero');
    if (D < 0n) {
      N = -N;
      D = -D;
    }
    const g = gcd(N, D);
    return g > 1n ? new Rational(N / g, D / g) : new Rational(N, D);
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** Parse "3", "-1/3", "0.25", "1e-3" or a finite JS number (taken at its exact binary value if not a short decimal). */
  static parse(value: string | number | bigint, path: (string | number)[] = []): Rational {
    if (typeof value === 'bigint') return Rational.of(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw new CgError(problem('invalid_number', { form: 'finite' }, { path, received: String(value) }));
      return Rational.parse(String(value), path);
    }
    const s = value.trim();
    let m = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/.exec(s);
    if (m) {
      if (BigInt(m[2]) === 0n)
        throw new CgError(problem('invalid_number', { form: 'zero_denominator' }, { path, received: value }));
      return Rational.of(BigInt(m[1]), BigInt(m[2]));
    }
    m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (m && (m[2] || m[3])) {
      const digits = (m[2] || '') + (m[3] || '');
      const exp = -(m[3] || '').length + (m[4] ? Number(m[4]) : 0);
      let n = BigInt(digits || '0');
      let d = 1n;
      if (exp >= 0) n *= 10n ** BigInt(exp);
      else d = 10n ** BigInt(-exp);
      return Rational.of(m[1] === '-' ? -n : n, d);
    }
    throw new CgError(problem('invalid_number', { form: 'rational' }, { path, received: JSON.stringify(value) }));
  }

  add(o: Rational): Rational {
    return this.d === o.d ? Rational.of(this.n + o.n, this.d) : Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Rational): Rational {
    return this.d === o.d ? Rational.of(this.n - o.n, this.d) : Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.n * o.n, this.d * o.d);
  }
  div(o: Rational): Rational {
    if (o.n === 0n) throw new RangeError('division by zero');
    return Rational.of(this.n * o.d, this.d * o.n);
  }
  neg(): Rational {
    return new Rational(-this.n, this.d);
  }
  sign(): -1 | 0 | 1 {
    return this.n > 0n ? 1 : this.n < 0n ? -1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  cmp(o: Rational): -1 | 0 | 1 {
    const x = this.n * o.d - o.n * this.d;
    return x > 0n ? 1 : x < 0n ? -1 : 0;
  }
  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export type Matrix = Rational[][];

/**
 * Solve the square system M x = b exactly. Returns null when M is singular.
 */
export function solveExact(M: Matrix, b: Rational[]): Rational[] | null {
  const n = b.length;
  const A = M.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = -1;
    for (let r = c; r < n; r++)
      if (!A[r][c].isZero()) {
        piv = r;
        break;
      }
    if (piv < 0) return null;
    if (piv !== c) [A[c], A[piv]] = [A[piv], A[c]];
    const p = A[c][c];
    for (let k = c; k <= n; k++) A[c][k] = A[c][k].div(p);
    for (let r = 0; r < n; r++) {
      if (r === c || A[r][c].isZero()) continue;
      const f = A[r][c];
      for (let k = c; k <= n; k++) A[r][k] = A[r][k].sub(f.mul(A[c][k]));
    }
  }
  return A.map((row) => row[n]);
}

export function dot(a: readonly Rational[], b: readonly Rational[]): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < a.length; i++) if (!a[i].isZero() && !b[i].isZero()) s = s.add(a[i].mul(b[i]));
  return s;
}
