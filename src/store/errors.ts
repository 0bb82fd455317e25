/** Store errors as data (status codes for the HTTP API). */
import { CgError, problem } from '../core/index.ts';

export function notFound(id: string): CgError {
  return new CgError(problem('not_found', { kind: 'framework', id }, { path: ['framework'] }));
}

export function conflict(id: string, expected: number, actual: number): CgError {
  return new CgError(
    problem('version_conflict', { kind: 'framework', id, expected, actual }, { path: ['framework', id] }),
  );
}
