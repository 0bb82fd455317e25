/** Store errors as data (status codes for the HTTP API). */
import { CgError, fail } from '../core/index.ts';

/** 404: no stored item of this kind (scenario, delegation, job, cooperation game) has this id. */
export function failNotFound(kind: string, id: string): never {
  fail('not_found', `No ${kind} with id ${JSON.stringify(id)}.`, { path: ['id'], status: 404 });
}

export function notFound(id: string): CgError {
  return new CgError(
    { code: 'not_found', path: ['framework'], message: `no framework with id "${id}" in the database` },
    { status: 404 },
  );
}

export function conflict(id: string, expected: number, actual: number): CgError {
  return new CgError(
    {
      code: 'version_conflict',
      path: ['framework', id],
      message: `framework "${id}" was changed by another writer (you read version ${expected}, it is now version ${actual}); reload and retry`,
      expected: `version ${expected}`,
      received: `version ${actual}`,
    },
    { status: 409 },
  );
}
