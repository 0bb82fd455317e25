/**
 * Problems gathered across a Genius folder, so that one run reports every broken file, issue and
 * rectangle instead of stopping at the first. Browser-safe.
 */
import { CgError, isCgError, type Problem } from '../../core/index.ts';

export class Collector {
  readonly problems: Problem[] = [];

  /** Run `fn`; when it throws a CgError its problems are recorded and undefined is returned. */
  attempt<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!isCgError(e)) throw e;
      this.problems.push(...e.problems);
      return undefined;
    }
  }

  add(p: Problem): void {
    this.problems.push(p);
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Throw every recorded problem at once. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new CgError(this.problems);
  }
}
