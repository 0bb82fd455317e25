/** The shared state of a parallel branch and bound, in one thread: points, work queue, budget, stop. */
import { describe, expect, it } from 'vitest';
import { MAX_GIFTS, SharedSearch } from './shared-search.ts';

describe('SharedSearch', () => {
  it('a point published through one view is polled once, in order, by every other view of the buffer', () => {
    const a = new SharedSearch(2, 3, { work: 1 });
    const b = new SharedSearch(2, 3, a.buffer);
    expect(b.pointCapacity).toBe(a.pointCapacity);
    a.publish([1, 2], [0.5, 1.5], [0, 1, 2]);
    b.publish([3, 4], [2.5, 3.5], [2, 1, 0]);
    const got: string[] = [];
    const view = new SharedSearch(2, 3, a.buffer);
    view.poll((key, raw, joint) => got.push(`${[...key]}|${[...raw]}|${[...joint]}`));
    expect(got).toEqual(['1,2|0.5,1.5|0,1,2', '3,4|2.5,3.5|2,1,0']);
    view.poll(() => got.push('again'));
    expect(got).toHaveLength(2);
    a.publish([5, 6], [5, 6], [1, 1, 1]);
    view.poll((key) => got.push(`${[...key]}`));
    expect(got[2]).toBe('5,6');
  });

  it('once the point slots run out, publishing says so and polling stops at the last slot', () => {
    const s = new SharedSearch(2, 1, { work: 1, points: 2 });
    expect(s.publish([1, 1], [1, 1], [0])).toBe(true);
    expect(s.publish([2, 2], [2, 2], [0])).toBe(true);
    expect(s.publish([3, 3], [3, 3], [0])).toBe(false);
    const keys: number[] = [];
    new SharedSearch(2, 1, s.buffer).poll((key) => keys.push(key[0]));
    expect(keys).toEqual([1, 2]);
  });

  it('queued regions are claimed in order with their bounds; with nothing queued and nobody searching, claim ends', () => {
    const s = new SharedSearch(2, 2, { work: 3 });
    s.addWork([0, 1], [5, 6], [0.9, 0.1]);
    s.addWork([2, 3], [7, 8], [0.8, 0.2]);
    s.addWork([4, 5], [9, 9], [0.7, 0.3]);
    const i = s.claim();
    expect(i).toBe(0);
    expect([...s.region(i)]).toEqual([0, 1, 5, 6]);
    s.done();
    expect(s.claim()).toBe(1);
    s.done();
    expect([...s.unclaimedBounds()]).toEqual([0.7, 0.3]);
    expect(s.claim()).toBe(2);
    expect([...s.region(2)]).toEqual([4, 5, 9, 9]);
    s.done();
    expect(s.unclaimedBounds()).toHaveLength(0);
    expect(s.claim()).toBe(-1);
    expect(s.wantsWork()).toBe(false);
  });

  it('the queue holds the first regions plus MAX_GIFTS given away, and says when it is full', () => {
    const s = new SharedSearch(1, 1, { work: 1 });
    expect(s.workCapacity).toBe(1 + MAX_GIFTS);
    for (let i = 0; i < s.workCapacity; i++) expect(s.addWork([i], [i], [i])).toBe(true);
    expect(s.addWork([0], [0], [0])).toBe(false);
  });

  it('counts regions over every view; the first stop reason stands and ends every claim', () => {
    const s = new SharedSearch(2, 1, { work: 2 });
    const other = new SharedSearch(2, 1, s.buffer);
    s.addRegions(5);
    expect(other.addRegions(3)).toBe(8);
    expect(s.regions).toBe(8);
    s.addWork([0], [1], [1, 1]);
    expect(other.stopped).toBeNull();
    other.stop('time');
    s.stop('regions');
    expect(s.stopped).toBe('time');
    expect(s.claim()).toBe(-1);
    expect([...s.unclaimedBounds()]).toEqual([1, 1]);
  });
});
