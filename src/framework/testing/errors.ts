/** Test helpers: the CgError a call throws (or a promise rejects with); anything else fails the test. */
import { CgError } from '../../core/index.ts';

export function errorOf(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (e instanceof CgError) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

export async function rejectionOf(p: Promise<unknown>): Promise<CgError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CgError) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}
