/**
 * Rate limits on authentication failures: a token that failed (unknown, revoked, malformed) too
 * often, or an address that sent too many failing tokens, gets 429 for the rest of the window,
 * before its token is even looked up. Counts live in memory (one server process).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { fail } from '../core/index.ts';

export interface AuthLimits {
  /** Failures allowed per presented token per window (default 10). */
  perToken?: number;
  /** Failures allowed per client address per window (default 60). */
  perAddress?: number;
  /** Window in milliseconds (default 60 s). */
  windowMs?: number;
}

export class AuthFailureLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly perToken: number;
  private readonly perAddress: number;
  private readonly windowMs: number;

  constructor(limits: AuthLimits = {}) {
    this.perToken = limits.perToken ?? 10;
    this.perAddress = limits.perAddress ?? 60;
    this.windowMs = limits.windowMs ?? 60_000;
  }

  keys(req: FastifyRequest): { key: string; max: number }[] {
    const out = [{ key: `addr:${req.ip}`, max: this.perAddress }];
    const header = req.headers.authorization;
    if (header) out.push({ key: `tok:${createHash('sha256').update(header).digest('hex')}`, max: this.perToken });
    return out;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }

  /** 429 when any key has used up its failures in the window. */
  check(req: FastifyRequest): void {
    const now = Date.now();
    for (const { key, max } of this.keys(req)) {
      const list = this.recent(key, now);
      if (list.length >= max) {
        const seconds = Math.max(1, Math.ceil((list[0] + this.windowMs - now) / 1000));
        fail('too_many_auth_failures', { seconds }, { path: ['headers', 'authorization'] });
      }
    }
  }

  failed(req: FastifyRequest): void {
    const now = Date.now();
    if (this.hits.size > 50_000) for (const k of [...this.hits.keys()]) this.recent(k, now);
    for (const { key } of this.keys(req)) this.hits.set(key, [...this.recent(key, now), now]);
  }
}
