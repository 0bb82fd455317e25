/**
 * What the threads of one parallel branch and bound share (jobs/parallel-frontier.ts), in one
 * SharedArrayBuffer: the points found, the regions still to search, the regions counted against
 * the budget and a stop flag.
 *
 * Points: a thread that adds a point to its archive publishes it (key, raw values, joint option);
 * the others poll and add it to theirs. Every published point is a real outcome, so pruning with
 * another thread's points is as exact as pruning with one's own. A point takes a slot with an
 * atomic add, is written, then marked ready; readers take ready slots in order and stop at the
 * first one still being written. Once the slots run out points are no longer shared (each thread
 * keeps and returns its own): the threads prune less, the result is the same.
 *
 * Work: a queue of regions (bounds per class interval, and their per-party bounds). Threads claim
 * them in order; a thread with nothing to claim says it is hungry and waits, and a thread whose
 * search holds two or more open regions gives the oldest (the largest) to the queue while anyone
 * is hungry, so no thread idles while another has work to share. The search ends when the queue
 * is empty and no thread is searching. A region is given away only while a thread is searching,
 * and hungry threads leave only when none is, so no region is lost.
 *
 * Browser-safe (SharedArrayBuffer and Atomics; `claim` blocks with Atomics.wait, which a page's
 * main thread may not do: run it in workers there).
 */

/** Why the threads stop early: the region budget, the time budget, or a thread that failed. */
export type StopReason = 'regions' | 'time' | 'error';
const REASONS: StopReason[] = ['regions', 'time', 'error'];

// Header words.
const POINTS = 0; // point slots taken
const REGIONS = 1; // regions counted (budget)
const STOP = 2; // 0, or 1 + index in REASONS
const CLAIMED = 3; // work items claimed
const PUBLISHED = 4; // work items published
const BUSY = 5; // threads searching (or about to claim)
const HUNGRY = 6; // threads waiting for work
const LOCK = 7; // held while a work item is added
const VERSION = 8; // bumped (and waiters woken) when work arrives, the last thread stops or the search stops
const POINT_CAP = 9;
const WORK_CAP = 10;
const HEADER = 12;

/** Most regions a search may give away (beyond the first ones): enough for every thread to stay busy. */
export const MAX_GIFTS = 4096;

/** How long a waiting thread sleeps before it looks again (a wake-up is normally immediate). */
const WAIT_MS = 50;

export class SharedSearch {
  readonly buffer: SharedArrayBuffer;
  readonly pointCapacity: number;
  readonly workCapacity: number;
  private readonly head: Int32Array;
  private readonly vals: Float64Array;
  private readonly joints: Int32Array;
  private readonly workBounds: Int32Array;
  private readonly workUb: Float64Array;
  /** Point slots this view has read. */
  private seen = 0;

  /**
   * A new shared state for k parties over m issues with room for `work` regions (plus MAX_GIFTS)
   * and `points` points (default: as many as fit in 16 MiB, at most 65,536); or, with `buffer`,
   * a view of an existing one.
   */
  constructor(
    readonly k: number,
    readonly m: number,
    from: SharedArrayBuffer | { work: number; points?: number },
  ) {
    const perPoint = 16 * k + 4 * m + 4;
    let pointCap: number;
    let workCap: number;
    let buf: SharedArrayBuffer;
    if (from instanceof SharedArrayBuffer) {
      buf = from;
      const h = new Int32Array(from, 0, HEADER);
      pointCap = h[POINT_CAP];
      workCap = h[WORK_CAP];
    } else {
      pointCap = from.points ?? Math.max(1, Math.min(65_536, Math.floor((16 << 20) / perPoint)));
      workCap = from.work + MAX_GIFTS;
      buf = new SharedArrayBuffer(layout(k, m, pointCap, workCap).bytes);
      const h = new Int32Array(buf, 0, HEADER);
      h[POINT_CAP] = pointCap;
      h[WORK_CAP] = workCap;
    }
    const at = layout(k, m, pointCap, workCap);
    this.buffer = buf;
    this.pointCapacity = pointCap;
    this.workCapacity = workCap;
    this.head = new Int32Array(buf, 0, HEADER + pointCap);
    this.vals = new Float64Array(buf, at.vals, 2 * k * pointCap);
    this.workUb = new Float64Array(buf, at.workUb, k * workCap);
    this.joints = new Int32Array(buf, at.joints, m * pointCap);
    this.workBounds = new Int32Array(buf, at.workBounds, 2 * m * workCap);
  }

  // Points.

  /** Share a point; false when the slots have run out (the point is then kept by its finder only). */
  publish(key: ArrayLike<number>, raw: ArrayLike<number>, joint: ArrayLike<number>): boolean {
    const slot = Atomics.add(this.head, POINTS, 1);
    if (slot >= this.pointCapacity) return false;
    const { k, m } = this;
    for (let p = 0; p < k; p++) {
      this.vals[2 * k * slot + p] = key[p];
      this.vals[2 * k * slot + k + p] = raw[p];
    }
    for (let a = 0; a < m; a++) this.joints[m * slot + a] = joint[a];
    Atomics.store(this.head, HEADER + slot, 1);
    return true;
  }

  /** Hands every point published since this view last polled (by any thread) to `add`, in slot order. */
  poll(add: (key: Float64Array, raw: Float64Array, joint: Int32Array) => void): void {
    const taken = Math.min(Atomics.load(this.head, POINTS), this.pointCapacity);
    const { k, m } = this;
    while (this.seen < taken && Atomics.load(this.head, HEADER + this.seen) === 1) {
      const s = this.seen++;
      add(
        this.vals.slice(2 * k * s, 2 * k * s + k),
        this.vals.slice(2 * k * s + k, 2 * k * (s + 1)),
        this.joints.slice(m * s, m * (s + 1)),
      );
    }
  }

  // Work.

  /** Queue a region (class bounds lo then hi, m each; per-party bounds ub). False when the queue is full. */
  addWork(lo: ArrayLike<number>, hi: ArrayLike<number>, ub: ArrayLike<number>): boolean {
    const h = this.head;
    while (Atomics.compareExchange(h, LOCK, 0, 1) !== 0); // held for a few writes
    const i = Atomics.load(h, PUBLISHED);
    const ok = i < this.workCapacity;
    if (ok) {
      const { k, m } = this;
      for (let a = 0; a < m; a++) {
        this.workBounds[2 * m * i + a] = lo[a];
        this.workBounds[2 * m * i + m + a] = hi[a];
      }
      for (let p = 0; p < k; p++) this.workUb[k * i + p] = ub[p];
      Atomics.store(h, PUBLISHED, i + 1);
    }
    Atomics.store(h, LOCK, 0);
    if (ok) this.wake();
    return ok;
  }

  /** True when a hungry thread would take a region given now (fewer are queued than threads wait). */
  wantsWork(): boolean {
    const h = this.head;
    const hungry = Atomics.load(h, HUNGRY);
    return hungry > 0 && Atomics.load(h, PUBLISHED) - Atomics.load(h, CLAIMED) < hungry;
  }

  /**
   * The next region's number (its bounds: `region`), waiting while other threads search and may
   * give some away; -1 when the search is over (nothing queued and nobody searching) or stopped.
   * A claimed region must be followed by `done()`.
   */
  claim(): number {
    const h = this.head;
    for (;;) {
      if (this.stopped) return -1;
      Atomics.add(h, BUSY, 1);
      const c = Atomics.load(h, CLAIMED);
      if (c < Atomics.load(h, PUBLISHED) && Atomics.compareExchange(h, CLAIMED, c, c + 1) === c) return c;
      this.done();
      const v = Atomics.load(h, VERSION);
      if (this.stopped) return -1;
      if (Atomics.load(h, CLAIMED) < Atomics.load(h, PUBLISHED)) continue;
      if (Atomics.load(h, BUSY) === 0) return -1;
      Atomics.add(h, HUNGRY, 1);
      Atomics.wait(h, VERSION, v, WAIT_MS);
      Atomics.sub(h, HUNGRY, 1);
    }
  }

  /** The claimed region is searched (or the claim failed): the last thread to stop wakes the waiting ones. */
  done(): void {
    if (Atomics.sub(this.head, BUSY, 1) === 1) this.wake();
  }

  /** Region i's class bounds: lo then hi, m each. */
  region(i: number): Int32Array {
    return this.workBounds.slice(2 * this.m * i, 2 * this.m * (i + 1));
  }

  /** The per-party bounds of the regions queued and never claimed (k each). */
  unclaimedBounds(): Float64Array {
    const h = this.head;
    return this.workUb.slice(this.k * Atomics.load(h, CLAIMED), this.k * Atomics.load(h, PUBLISHED));
  }

  // Budget and stop.

  /** Count n more regions; returns the total over every thread. */
  addRegions(n: number): number {
    return Atomics.add(this.head, REGIONS, n) + n;
  }

  get regions(): number {
    return Atomics.load(this.head, REGIONS);
  }

  /** `stop` through the buffer alone (a thread that failed before it knew the search's shape). */
  static stop(buffer: SharedArrayBuffer, reason: StopReason): void {
    new SharedSearch(0, 0, buffer).stop(reason);
  }

  /** Ask every thread to stop (the first reason given stands). */
  stop(reason: StopReason): void {
    Atomics.compareExchange(this.head, STOP, 0, REASONS.indexOf(reason) + 1);
    this.wake();
  }

  /** The reason the threads were asked to stop, or null. */
  get stopped(): StopReason | null {
    const v = Atomics.load(this.head, STOP);
    return v === 0 ? null : REASONS[v - 1];
  }

  private wake(): void {
    Atomics.add(this.head, VERSION, 1);
    Atomics.notify(this.head, VERSION);
  }
}

const align8 = (n: number) => (n + 7) & ~7;

/** Byte offsets of the parts (doubles first, on 8-byte boundaries) and the buffer's length. */
function layout(k: number, m: number, pointCap: number, workCap: number) {
  const vals = align8(4 * (HEADER + pointCap));
  const workUb = vals + 16 * k * pointCap;
  const joints = workUb + 8 * k * workCap;
  const workBounds = joints + 4 * m * pointCap;
  return { vals, workUb, joints, workBounds, bytes: workBounds + 8 * m * workCap };
}
