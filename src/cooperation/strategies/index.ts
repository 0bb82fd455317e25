/**
 * The strategy library: every built-in strategy, and lookup by display name, class name or alias
 * (case-, space- and punctuation-insensitive), including Axelrod's parameterised forms such as
 * `Cycler CCDD`, `MockPlayer(cycle=DCC)`, `Random: 0.3`, `GTFT: 0.1` and
 * `Generic Memory One Player: (1, 0, 1, 0), C`.
 */
import { CgError, problem } from '../../core/index.ts';
import { C, D, type Strategy } from '../player.ts';
import { adaptive } from './adaptive.ts';
import { adaptiveTitForTat } from './adaptive-tit-for-tat.ts';
import { aggravater } from './aggravater.ts';
import { alternator } from './alternator.ts';
import { antiTitForTat } from './anti-tit-for-tat.ts';
import { bully } from './bully.ts';
import { calculator } from './calculator.ts';
import { contriteTitForTat } from './contrite-tit-for-tat.ts';
import { cooperator } from './cooperator.ts';
import { cycler, cyclerCCCCCD, cyclerCCCD, cyclerCCD, cyclerDC, cyclerDDC } from './cycler.ts';
import { defector } from './defector.ts';
import { firmButFair } from './firm-but-fair.ts';
import { firstByJoss } from './first-by-joss.ts';
import { forgetfulGrudger } from './forgetful-grudger.ts';
import { forgiver } from './forgiver.ts';
import { forgivingTitForTat } from './forgiving-tit-for-tat.ts';
import { goByMajority, goByMajorityMemoryVariants, hardGoByMajority, softGoByMajority } from './go-by-majority.ts';
import { gradual } from './gradual.ts';
import { grudger } from './grudger.ts';
import { grudgerAlternator } from './grudger-alternator.ts';
import { generousTitForTat, gtft } from './gtft.ts';
import { hardProber } from './hard-prober.ts';
import { hardTitFor2Tats } from './hard-tit-for-2-tats.ts';
import { hardTitForTat } from './hard-tit-for-tat.ts';
import { memoryOne } from './memory-one.ts';
import { nTitsForMTats, nTitsForMTatsDefault } from './n-tits-for-m-tats.ts';
import { omegaTFT } from './omega-tft.ts';
import { oppositeGrudger } from './opposite-grudger.ts';
import { originalGradual } from './original-gradual.ts';
import { prober } from './prober.ts';
import { prober2 } from './prober2.ts';
import { prober3 } from './prober3.ts';
import { random, randomPlayer } from './random.ts';
import { slowTitForTwoTats2 } from './slow-tit-for-two-tats-2.ts';
import { sneakyTitForTat } from './sneaky-tit-for-tat.ts';
import { softGrudger } from './soft-grudger.ts';
import { spitefulTitForTat } from './spiteful-tit-for-tat.ts';
import { stochasticWSLS } from './stochastic-wsls.ts';
import { suspiciousTitForTat } from './suspicious-tit-for-tat.ts';
import { titFor2Tats } from './tit-for-2-tats.ts';
import { titForTat } from './tit-for-tat.ts';
import { twoTitsForTat } from './two-tits-for-tat.ts';
import { winStayLoseShift } from './win-stay-lose-shift.ts';
import { zdExtort2, zdGTFT2 } from './zero-determinant.ts';

export { cycler, goByMajority, gtft, memoryOne, nTitsForMTats, randomPlayer };
export { detectCycle } from './calculator.ts';
export { memoryOnePlayer, type FourVector } from './memory-one.ts';
export { gtftGenerosity } from './gtft.ts';

/** Every built-in strategy, in a stable order (classics first). */
export const STRATEGIES: readonly Strategy[] = [
  cooperator,
  defector,
  alternator,
  titForTat,
  titFor2Tats,
  twoTitsForTat,
  suspiciousTitForTat,
  hardTitForTat,
  hardTitFor2Tats,
  grudger,
  forgetfulGrudger,
  softGrudger,
  winStayLoseShift,
  softGoByMajority,
  hardGoByMajority,
  prober,
  prober2,
  prober3,
  hardProber,
  originalGradual,
  gradual,
  generousTitForTat,
  contriteTitForTat,
  forgivingTitForTat,
  forgiver,
  firmButFair,
  adaptive,
  calculator,
  cyclerCCD,
  cyclerDC,
  cyclerDDC,
  cyclerCCCD,
  cyclerCCCCCD,
  random,
  antiTitForTat,
  bully,
  sneakyTitForTat,
  spitefulTitForTat,
  omegaTFT,
  adaptiveTitForTat,
  aggravater,
  oppositeGrudger,
  grudgerAlternator,
  slowTitForTwoTats2,
  nTitsForMTatsDefault,
  firstByJoss,
  stochasticWSLS,
  zdExtort2,
  zdGTFT2,
  ...goByMajorityMemoryVariants,
];

/** Lower-case and drop everything but letters and digits: "Win-Stay Lose-Shift" -> "winstayloseshift". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Every name a strategy answers to, normalised; "Tit For Tat" inside a name may be written "TFT" ("Spiteful TFT"). */
function keysOf(s: Strategy): string[] {
  const keys = [s.id, s.name, ...(s.aliases ?? [])].map(normaliseName);
  return [...new Set([...keys, ...keys.map((k) => k.replace('titfortat', 'tft'))])];
}

const BY_KEY = new Map<string, Strategy>();
for (const s of STRATEGIES) for (const k of keysOf(s)) if (!BY_KEY.has(k)) BY_KEY.set(k, s);

const NUM = String.raw`([0-9]*\.?[0-9]+(?:e-?[0-9]+)?|[0-9]+\s*/\s*[0-9]+)`;

function num(text: string): number {
  const m = /^([0-9]+)\s*\/\s*([0-9]+)$/.exec(text.trim());
  return m ? Number(m[1]) / Number(m[2]) : Number(text);
}

function probability(text: string, what: string, name: string): number {
  const p = num(text);
  if (!(p >= 0 && p <= 1)) {
    throw new CgError(problem('invalid_probability', { name: what, value: text, in: name }, { path: ['strategy'] }));
  }
  return p;
}

/** Parameterised names (Axelrod's repr forms and constructor-like forms); null if not one. */
function parameterised(raw: string): Strategy | null {
  const name = raw.trim();
  let m = /^(?:cycler|mockplayer)\s*(?:[:(]\s*)?(?:cycle\s*=\s*)?['"]?([CDcd]+)['"]?\s*\)?$/i.exec(name);
  if (m) return cycler(m[1]);
  m = new RegExp(
    String.raw`^(?:generic\s*memory\s*one\s*player|memory\s*one\s*player)\s*[:(]?\s*\(?\s*${NUM}\s*,\s*${NUM}\s*,\s*${NUM}\s*,\s*${NUM}\s*\)?\s*(?:,\s*([CDcd]))?\s*\)?$`,
    'i',
  ).exec(name);
  if (m) {
    const v = [m[1], m[2], m[3], m[4]].map((x) => probability(x, 'a four-vector entry', name)) as [
      number,
      number,
      number,
      number,
    ];
    return memoryOne(v, m[5] && m[5].toUpperCase() === 'D' ? D : C);
  }
  m = new RegExp(String.raw`^random\s*[:(]\s*${NUM}\s*\)?$`, 'i').exec(name);
  if (m) return randomPlayer(probability(m[1], 'the cooperation probability', name));
  m = new RegExp(String.raw`^(?:gtft|generous\s*tit\s*for\s*tat)\s*[:(]\s*${NUM}\s*\)?$`, 'i').exec(name);
  if (m) return gtft(probability(m[1], 'the generosity', name));
  m = /^(soft|hard)?\s*go\s*by\s*majority\s*[:(]?\s*([0-9]+)\s*\)?$/i.exec(name);
  if (m) return goByMajority(Number(m[2]), (m[1] ?? 'soft').toLowerCase() !== 'hard');
  m = /^(hard)?gobymajority\s*\(?\s*([0-9]+)\s*\)?$/i.exec(name.replace(/\s+/g, ''));
  if (m) return goByMajority(Number(m[2]), !m[1]);
  m = /^(?:n\s*tit\(?s\)?\s*for\s*m\s*tat\(?s\)?|ntitsformtats)\s*[:(]\s*([0-9]+)\s*,\s*([0-9]+)\s*\)?$/i.exec(name);
  if (m) return nTitsForMTats(Number(m[1]), Number(m[2]));
  return null;
}

/** Levenshtein distance (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The display names closest to `name`, best first. */
export function closestStrategyNames(name: string, count = 3): string[] {
  const key = normaliseName(name);
  const scored = STRATEGIES.map((s) => ({ s, d: Math.min(...keysOf(s).map((k) => editDistance(key, k))) }));
  scored.sort((a, b) => a.d - b.d);
  return scored.slice(0, count).map((x) => x.s.name);
}

/** Find a strategy by name, or throw a `CgError` listing the closest names. */
export function resolveStrategy(name: string, path: (string | number)[] = ['strategy']): Strategy {
  const hit = BY_KEY.get(normaliseName(name));
  if (hit) return hit;
  const p = parameterised(name);
  if (p) return p;
  const close = closestStrategyNames(name);
  throw new CgError(problem('unknown_strategy', { name, closest: close }, { path }));
}

/** Resolve a list of names, reporting every unknown one at once. */
export function resolveStrategies(names: readonly string[]): Strategy[] {
  const out: Strategy[] = [];
  const problems: CgError['problems'] = [];
  names.forEach((n, i) => {
    try {
      out.push(resolveStrategy(n, ['strategies', i]));
    } catch (e) {
      if (e instanceof CgError) problems.push(...e.problems);
      else throw e;
    }
  });
  if (problems.length) throw new CgError(problems);
  return out;
}
