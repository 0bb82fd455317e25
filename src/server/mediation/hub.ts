/**
 * Live listeners of mediations (server-sent event streams). Every event is public (the timeline:
 * who was ready when, rounds, outcomes); nothing private is ever broadcast. A delegation's
 * streams close the moment its token is revoked.
 */
import type { EventRecord } from '../../store/index.ts';

export interface Listener {
  /** `delegation:<id>` or `owner`. */
  who: string;
  send(e: EventRecord): void;
  close(): void;
}

export class MediationHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(mediationId: string, l: Listener): () => void {
    let set = this.listeners.get(mediationId);
    if (!set) this.listeners.set(mediationId, (set = new Set()));
    set.add(l);
    return () => {
      set.delete(l);
      if (set.size === 0) this.listeners.delete(mediationId);
    };
  }

  publish(mediationId: string, e: EventRecord): void {
    for (const l of this.listeners.get(mediationId) ?? []) l.send(e);
  }

  /** Close every stream opened with this delegation's token (it was revoked). */
  revoke(delegationId: string): void {
    for (const set of this.listeners.values())
      for (const l of [...set]) if (l.who === `delegation:${delegationId}`) l.close();
  }

  /** Close every stream (server shutdown). */
  closeAll(): void {
    for (const set of this.listeners.values()) for (const l of [...set]) l.close();
  }

  get size(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
