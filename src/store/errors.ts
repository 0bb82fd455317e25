/** Store errors as data (status codes for the HTTP API). */
import { CgError, fail, problem, type ParamsOf } from '../core/index.ts';

/** 404: no stored item of this kind (scenario, delegation, job, cooperation game) has this id. */
export function failNotFound(kind: ParamsOf<'not_found'>['kind'], id: string): never {
  fail('not_found', { kind, id }, { path: ['id'] });
}

export function notFound(id: string): CgError {
  return new CgError(problem('not_found', { kind: 'framework', id }, { path: ['framework'] }));
}

export function conflict(id: string, expected: number, actual: number): CgError {
  return new CgError(
    problem('version_conflict', { kind: 'framework', id, expected, actual }, { path: ['framework', id] }),
  );
}
