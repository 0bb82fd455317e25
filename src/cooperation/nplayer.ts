/**
 * n-party joint-versus-unilateral games (e.g. United States, Mexico and Canada).
 *
 * Payoffs (the linear N-person Prisoner's Dilemma; Hamburger 1973, "N-person Prisoner's Dilemma",
 * Journal of Mathematical Sociology 3(1), 27-48; Schelling 1973, "Hockey helmets, concealed
 * weapons, and daylight saving", Journal of Conflict Resolution 17(3), 381-428): a party's payoff
 * depends on its own action and on k, the number of the other n-1 parties acting jointly. By
 * default it is the average of the two-party game against each other party:
 *     u(C, k) = (k R + (n-1-k) S) / (n-1),    u(D, k) = (k T + (n-1-k) P) / (n-1),
 * so with T > R > P > S unilateral action dominates while all-joint beats all-unilateral, and
 * n = 2 is the ordinary two-party game. Any table `cooperate[k]`, `defect[k]` may be given instead.
 *
 * Strategies: every two-party strategy plays through a summary of the others (Boyd and Richerson
 * 1988, "The evolution of reciprocity in sizable groups", Journal of Theoretical Biology 132,
 * 337-356): it reads "the others acted jointly" when at least `quorum` of them did (default all
 * n-1, the strictest reading). Noise flips intended actions; a misread flips one party's reading of
 * one other party's action. Seeds are derived as in two-party matches.
 *
 * Browser-safe.
 */
import { CgError, problem, createRng, deriveSeed } from '../core/index.ts';
import {
  FlipStream,
  flipThreshold,
  lengthSettings,
  matchLength,
  matchOptionProblems,
  type MatchOptions,
} from './match.ts';
import { C, emptyHistory, type OwnPayoffs, type Player, type Strategy } from './player.ts';

export interface PartyPayoffs {
  /** cooperate[k]: payoff of joint action when k of the others act jointly (k = 0..n-1). */
  cooperate: number[];
  defect: number[];
}

export interface NPlayerGame {
  parties: string[];
  payoffs: PartyPayoffs[];
}

/** The linear n-party game built from each party's two-party payoffs. */
export function linearNPlayerGame(
  parties: readonly string[],
  payoffs: OwnPayoffs | readonly OwnPayoffs[],
): NPlayerGame {
  const n = parties.length;
  if (n < 2) throw new CgError(problem('too_few_parties', {}, { path: ['parties'] }));
  const list = Array.isArray(payoffs) ? (payoffs as OwnPayoffs[]) : parties.map(() => payoffs as OwnPayoffs);
  if (list.length !== n) throw new CgError(problem('payoff_count', { parties: n }, { path: ['payoffs'] }));
  return {
    parties: [...parties],
    payoffs: list.map((p) => ({
      cooperate: Array.from({ length: n }, (_, k) => (k * p.R + (n - 1 - k) * p.S) / (n - 1)),
      defect: Array.from({ length: n }, (_, k) => (k * p.T + (n - 1 - k) * p.P) / (n - 1)),
    })),
  };
}

export interface NPlayerMatchOptions extends MatchOptions {
  /** Others that must act jointly for a party to read "the others cooperated" (default n-1). */
  quorum?: number;
}

export interface NPlayerMatchResult {
  parties: string[];
  strategies: string[];
  turns: number;
  /** 'CDD...' per party. */
  actions: string[];
  scores: number[];
  cooperations: number[];
}

export function playNPlayerMatch(
  game: NPlayerGame,
  strategies: readonly Strategy[],
  options: NPlayerMatchOptions = {},
): NPlayerMatchResult {
  const n = game.parties.length;
  const problems = matchOptionProblems(options);
  if (strategies.length !== n)
    problems.push(
      problem('strategy_count', { per: 'party', count: n, given: strategies.length }, { path: ['strategies'] }),
    );
  const quorum = options.quorum ?? n - 1;
  if (!(Number.isInteger(quorum) && quorum >= 1 && quorum <= n - 1))
    problems.push(problem('invalid_quorum', { parties: n, value: String(quorum) }, { path: ['quorum'] }));
  game.payoffs.forEach((p, i) => {
    if (p.cooperate.length !== n || p.defect.length !== n)
      problems.push(problem('invalid_payoffs', { problem: 'entries', parties: n }, { path: ['payoffs', i] }));
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const L = matchLength(turns, probEnd, seed);
  const noise = options.noise ?? 0;
  const misread = typeof options.misread === 'number' ? options.misread : options.misread ? options.misread[0] : 0;
  const noiseRng = new FlipStream(deriveSeed(seed, 'noise'));
  const misRng = new FlipStream(deriveSeed(seed, 'misread'));
  const noiseT = flipThreshold(noise);
  const misT = flipThreshold(misread);
  const hs = Array.from({ length: n }, () => emptyHistory(L));
  const players: Player[] = strategies.map((s, i) => {
    const p = game.payoffs[i];
    // Two-party view of the stage game: the others all joint (k = n-1) or all unilateral (k = 0).
    const own = { R: p.cooperate[n - 1], S: p.cooperate[0], T: p.defect[n - 1], P: p.defect[0] };
    return s.create({ length: knownLength, game: own, noise, rng: createRng(deriveSeed(seed, 'player', i)) });
  });
  const acts = Array.from({ length: n }, () => new Uint8Array(L));
  const scores = new Array<number>(n).fill(0);
  const intended = new Uint8Array(n);
  for (let t = 0; t < L; t++) {
    for (let i = 0; i < n; i++) intended[i] = players[i].next(hs[i]);
    for (let i = 0; i < n; i++) {
      let a = intended[i];
      if (noise > 0 && noiseRng.u32() < noiseT) a ^= 1;
      acts[i][t] = a;
    }
    let joint = 0;
    for (let i = 0; i < n; i++) if (acts[i][t] === C) joint++;
    for (let i = 0; i < n; i++) {
      const own = acts[i][t];
      const others = joint - (own === C ? 1 : 0);
      scores[i] += own === C ? game.payoffs[i].cooperate[others] : game.payoffs[i].defect[others];
      // What party i reads of the others.
      let seenJoint = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        let o = acts[j][t];
        if (misread > 0 && misRng.u32() < misT) o ^= 1;
        if (o === C) seenJoint++;
      }
      const h = hs[i];
      const signal = seenJoint >= quorum ? 0 : 1;
      h.own[t] = own;
      h.intended[t] = intended[i];
      h.opp[t] = signal;
      h.length = t + 1;
      h.ownDefections += own;
      h.oppDefections += signal;
    }
  }
  return {
    parties: [...game.parties],
    strategies: strategies.map((s) => s.name),
    turns: L,
    actions: acts.map((a) => Array.from(a, (x) => (x === C ? 'C' : 'D')).join('')),
    scores,
    cooperations: acts.map((a) => a.reduce((s, x) => s + (x === C ? 1 : 0), 0)),
  };
}

export interface NPlayerTournamentOptions extends NPlayerMatchOptions {
  repetitions?: number;
}

export interface NPlayerRanking {
  name: string;
  /** Mean payoff per turn over every group and repetition it played in. */
  meanScore: number;
  cooperationRate: number;
  groups: number;
}

/**
 * Every group of n distinct strategies (all combinations) plays `repetitions` matches of the
 * n-party game, with the strategies in combination order as parties. Ranked by mean payoff per
 * turn, ties in input order.
 */
export function playNPlayerTournament(
  game: NPlayerGame,
  strategies: readonly Strategy[],
  options: NPlayerTournamentOptions = {},
): NPlayerRanking[] {
  const n = game.parties.length;
  const reps = options.repetitions ?? 10;
  if (strategies.length < n)
    throw new CgError(problem('too_few_players', { for: 'nplayer', parties: n }, { path: ['strategies'] }));
  const seed = options.seed ?? 0;
  const total = strategies.map(() => ({ score: 0, turns: 0, coop: 0, groups: 0 }));
  const combo = Array.from({ length: n }, (_, i) => i);
  const m = strategies.length;
  while (true) {
    for (let r = 0; r < reps; r++) {
      const res = playNPlayerMatch(
        game,
        combo.map((i) => strategies[i]),
        { ...options, seed: deriveSeed(seed, 'group', ...combo, r) },
      );
      combo.forEach((s, k) => {
        total[s].score += res.scores[k];
        total[s].turns += res.turns;
        total[s].coop += res.cooperations[k];
      });
    }
    combo.forEach((s) => total[s].groups++);
    let i = n - 1;
    while (i >= 0 && combo[i] === m - n + i) i--;
    if (i < 0) break;
    combo[i]++;
    for (let j = i + 1; j < n; j++) combo[j] = combo[j - 1] + 1;
  }
  const rows = strategies.map((s, i) => ({
    name: s.name,
    meanScore: total[i].score / total[i].turns,
    cooperationRate: total[i].coop / total[i].turns,
    groups: total[i].groups,
  }));
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.meanScore - a.r.meanScore || a.i - b.i)
    .map((x) => x.r);
}
