/**
 * Who is asking. Three kinds of caller:
 *
 * - `owner`: the scenario owner / mediator. Sees and changes everything and runs the joint
 *   analysis. In local mode (no admin token configured, the quick-start default) every request
 *   without a token is the owner, so the app just works on one machine. With `CG_ADMIN_TOKEN`
 *   set, the owner must send `Authorization: Bearer <that token>`.
 * - `delegation`: one party's delegation on one scenario (a token the owner created). Sees the
 *   issue structure and public fields of that scenario plus its own party's private preferences;
 *   never another party's. Cannot change the scenario or run the joint analysis.
 * - `anonymous`: only with an admin token configured and no token sent; sees nothing but health,
 *   docs and the web app's files.
 *
 * An unknown or malformed token is always 401; a known caller asking for what it may not see is
 * 403 (or 404 for scenarios it cannot know exist).
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CgError, problem, type ParamsOf } from '../core/index.ts';
import type { DelegationRepo } from '../store/index.ts';
import type { AuthLimits } from './auth-limits.ts';

export type Principal =
  | { kind: 'owner'; via: 'local' | 'token' }
  | { kind: 'delegation'; delegationId: string; scenarioId: string; partyId: string; label: string }
  | { kind: 'anonymous' };

export interface AuthOptions {
  /** Owner/mediator tokens. Empty or absent = local mode (requests without a token are the owner). */
  adminTokens?: string[];
  /** Rate limits on authentication failures (per token and per address). */
  failureLimits?: AuthLimits;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function unauthorized(why: ParamsOf<'unauthorized'>): CgError {
  return new CgError(problem('unauthorized', why, { path: ['headers', 'authorization'] }));
}

export function forbidden(why: ParamsOf<'forbidden'>, path: (string | number)[] = []): CgError {
  return new CgError(problem('forbidden', why, { path }));
}

type OwnerAction = Extract<ParamsOf<'forbidden'>, { problem: 'delegation' }>['action'];

export async function resolvePrincipal(
  req: FastifyRequest,
  opts: AuthOptions,
  delegations: DelegationRepo,
): Promise<Principal> {
  const header = req.headers.authorization;
  const localMode = !opts.adminTokens || opts.adminTokens.length === 0;
  if (header === undefined || header === '') return localMode ? { kind: 'owner', via: 'local' } : { kind: 'anonymous' };
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw unauthorized({ problem: 'scheme' });
  const token = m[1];
  if (opts.adminTokens?.some((t) => sameSecret(t, token))) return { kind: 'owner', via: 'token' };
  const d = await delegations.byToken(token);
  if (d)
    return { kind: 'delegation', delegationId: d.id, scenarioId: d.scenarioId, partyId: d.partyId, label: d.label };
  throw unauthorized({ problem: 'invalid_token' });
}

/** Require the owner/mediator. */
export function requireOwner(p: Principal, action: OwnerAction): void {
  if (p.kind === 'owner') return;
  if (p.kind === 'anonymous') throw unauthorized({ problem: 'sign_in', action });
  throw forbidden({ problem: 'delegation', action });
}

/** Require any signed-in caller (owner or delegation). */
export function requireSignedIn(p: Principal): void {
  if (p.kind === 'anonymous') throw unauthorized({ problem: 'needs_token' });
}

/** Who started a job, as stored with it: `owner`, or `delegation:<id>`. */
export function principalKey(p: Principal): string {
  return p.kind === 'delegation' ? `delegation:${p.delegationId}` : 'owner';
}

/**
 * Runs are private to whoever started them: the owner sees the owner's runs, a delegation only its
 * own (a delegation's run on a document it posted may hold its private preferences). Others' runs
 * are 404.
 */
export function canSeeJob(p: Principal, job: { principal: string }): boolean {
  return p.kind !== 'anonymous' && job.principal === principalKey(p);
}
