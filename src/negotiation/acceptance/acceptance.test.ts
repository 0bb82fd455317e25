import { describe, expect, it } from 'vitest';
import { isCgError } from '../../core/index.ts';
import { acCombi, acConst, acLowest, acNext, acPrev, acTime, type AcceptanceInput } from './conditions.ts';
import { parseAcceptance } from './parse.ts';

const base: AcceptanceInput = { offer: 0.6, next: 0.7, previous: 0.65, lowestSent: 0.62, time: 0.5, received: [] };
const at = (x: Partial<AcceptanceInput>): AcceptanceInput => ({ ...base, ...x });

describe('acceptance conditions', () => {
  it('AC_next(a, b) compares a * offer + b with the next bid', () => {
    expect(acNext().accept(at({ offer: 0.7 }))).toBe(true);
    expect(acNext().accept(at({ offer: 0.69 }))).toBe(false);
    expect(acNext(1, 0.1).accept(at({ offer: 0.6 }))).toBe(true);
    expect(acNext(1.1, 0).accept(at({ offer: 0.63 }))).toBe(false);
    expect(acNext(1.2, 0).accept(at({ offer: 0.6 }))).toBe(true);
  });

  it('AC_prev compares with my previous bid and is false before my first bid', () => {
    expect(acPrev().accept(at({ offer: 0.65 }))).toBe(true);
    expect(acPrev().accept(at({ offer: 0.64 }))).toBe(false);
    expect(acPrev().accept(at({ offer: 0.99, previous: null }))).toBe(false);
  });

  it('AC_const, AC_time and AC_lowest', () => {
    expect(acConst(0.6).accept(base)).toBe(true);
    expect(acConst(0.61).accept(base)).toBe(false);
    expect(acTime(0.5).accept(base)).toBe(true);
    expect(acTime(0.51).accept(base)).toBe(false);
    expect(acLowest().accept(at({ offer: 0.63 }))).toBe(true);
    expect(acLowest().accept(at({ offer: 0.62 }))).toBe(false);
    expect(acLowest().accept(at({ offer: 0.99, lowestSent: null }))).toBe(false);
  });

  it('AC_combi(T, MAX^W) accepts late offers as good as the best of the last window, AVG^W the average', () => {
    const received = [
      { utility: 0.9, time: 0.1 }, // outside the window [2t - 1, t] for t = 0.9
      { utility: 0.55, time: 0.82 },
      { utility: 0.6, time: 0.85 },
    ];
    const late = at({ time: 0.9, received, offer: 0.6 });
    expect(acCombi(0.95).accept(late)).toBe(false); // before T, and below next
    expect(acCombi(0.9).accept(late)).toBe(true); // 0.6 >= max(0.55, 0.6)
    expect(acCombi(0.9).accept(at({ ...late, offer: 0.58 }))).toBe(false);
    expect(acCombi(0.9, 'avg').accept(at({ ...late, offer: 0.58 }))).toBe(true); // >= 0.575
    expect(acCombi(0.99).accept(at({ ...late, offer: 0.7 }))).toBe(true); // AC_next part
  });
});

describe('acceptance specs', () => {
  it('parse into the conditions they name and compose', () => {
    expect(parseAcceptance('next').accept(at({ offer: 0.7 }))).toBe(true);
    expect(parseAcceptance('next(1, 0.1)').accept(base)).toBe(true);
    const c = parseAcceptance('or(next, and(time(0.99), const(0.5)))');
    expect(c.accept(at({ time: 0.995, offer: 0.55 }))).toBe(true);
    expect(c.accept(at({ time: 0.98, offer: 0.55 }))).toBe(false);
    expect(c.accept(at({ time: 0.995, offer: 0.45 }))).toBe(false);
    expect(parseAcceptance('not(next)').accept(at({ offer: 0.7 }))).toBe(false);
    expect(parseAcceptance('combi(0.98)').spec).toBe('combi(0.98)');
    expect(parseAcceptance(' or(next,time(0.99)) ').spec).toBe('or(next,time(0.99))');
  });

  it('reject bad specs with a problem naming what is wrong', () => {
    for (const [spec, msg] of [
      ['nxt', /unknown acceptance condition "nxt"/],
      ['const', /const takes 1 number/],
      ['time(1.5)', /between 0 and 1/],
      ['or(next', /expected ',' or '\)'/],
      ['and(0.5)', /takes at least 1 condition/],
      ['next)', /unexpected text/],
      ['0.5', /expected a condition name|bare number/],
    ] as const) {
      try {
        parseAcceptance(spec);
        expect.unreachable(spec);
      } catch (e) {
        expect(isCgError(e)).toBe(true);
        expect((e as Error).message).toMatch(msg);
      }
    }
  });
});
