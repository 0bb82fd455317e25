import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  external_exports,
  require_dist
} from "./chunk-RGWUEVWY.js";
import {
  CgError,
  __toESM,
  createRng,
  deriveSeed,
  problemsFromZod
} from "./chunk-KZ6JZQI3.js";

// src/cooperation/game.ts
var STANDARD_PAYOFFS = Object.freeze({ R: 3, S: 0, T: 5, P: 1 });
function symmetricGame(p = STANDARD_PAYOFFS) {
  const own = { R: p.R, S: p.S, T: p.T, P: p.P };
  return { row: own, col: { ...own } };
}
var DEFAULT_GAME = symmetricGame();
function ownPayoff(p, own, other) {
  return own === 0 ? other === 0 ? p.R : p.S : other === 0 ? p.T : p.P;
}
function parseRstp(text, path = ["payoffs"]) {
  const parts = text.split(",").map((s) => s.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || nums.some((n, i) => parts[i] === "" || !Number.isFinite(n))) {
    throw new CgError({
      code: "invalid_payoffs",
      path,
      message: "payoffs must be four numbers R,S,T,P",
      expected: "e.g. 3,0,5,1",
      received: text
    });
  }
  return symmetricGame({ R: nums[0], S: nums[1], T: nums[2], P: nums[3] });
}

// src/cooperation/player.ts
var C = 0;
var D = 1;
function emptyHistory(capacity = 0) {
  return {
    length: 0,
    own: new Uint8Array(capacity),
    opp: new Uint8Array(capacity),
    intended: new Uint8Array(capacity),
    ownDefections: 0,
    oppDefections: 0
  };
}
function randomChoice(rng, p) {
  if (p <= 0) return D;
  if (p >= 1) return C;
  return rng.next() < p ? C : D;
}
function stateless(next) {
  const player = { next };
  return () => player;
}

// src/cooperation/match.ts
var DEFAULT_TURNS = 200;
var MAX_TURNS = 1e7;
function sampleLength(probEnd, r) {
  if (probEnd <= 0) return Infinity;
  if (probEnd >= 1) return 1;
  return Math.max(1, Math.ceil(Math.log(1 - r) / Math.log(1 - probEnd)));
}
var NO_RNG = {
  seed: 0,
  next() {
    throw new Error("a deterministic strategy drew a random number");
  },
  int() {
    throw new Error("a deterministic strategy drew a random number");
  },
  chance() {
    throw new Error("a deterministic strategy drew a random number");
  }
};
var FlipStream = class {
  a;
  b;
  c;
  d;
  constructor(seed) {
    let x = seed >>> 0;
    const sm = () => {
      x = x + 2654435769 | 0;
      let t = x ^ x >>> 16;
      t = Math.imul(t, 569420461);
      t ^= t >>> 15;
      t = Math.imul(t, 1935289751);
      return (t ^ t >>> 15) >>> 0;
    };
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  /** Uniform 32-bit unsigned integer. */
  u32() {
    const b = this.b;
    const x = Math.imul(b, 5);
    const r = Math.imul(x << 7 | x >>> 25, 9) >>> 0;
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = this.d << 11 | this.d >>> 21;
    return r;
  }
};
function flipThreshold(p) {
  return p <= 0 ? 0 : p >= 1 ? 4294967296 : Math.floor(p * 4294967296);
}
var MatchEngine = class {
  a1 = new Uint8Array(0);
  a2 = new Uint8Array(0);
  i1 = new Uint8Array(0);
  i2 = new Uint8Array(0);
  o1 = new Uint8Array(0);
  o2 = new Uint8Array(0);
  h1 = emptyHistory();
  h2 = emptyHistory();
  score1 = 0;
  score2 = 0;
  coop1 = 0;
  coop2 = 0;
  /** Running totals after each turn, filled when `prefix` is requested (for prefix reuse). */
  cum1 = new Float64Array(0);
  cum2 = new Float64Array(0);
  ccum1 = new Int32Array(0);
  ccum2 = new Int32Array(0);
  ensure(n, prefix) {
    if (this.a1.length < n) {
      const cap = Math.max(n, this.a1.length * 2, 16);
      this.a1 = new Uint8Array(cap);
      this.a2 = new Uint8Array(cap);
      this.i1 = new Uint8Array(cap);
      this.i2 = new Uint8Array(cap);
      this.o1 = new Uint8Array(cap);
      this.o2 = new Uint8Array(cap);
    }
    if (prefix && this.cum1.length < n) {
      const cap = Math.max(n, this.cum1.length * 2, 16);
      this.cum1 = new Float64Array(cap);
      this.cum2 = new Float64Array(cap);
      this.ccum1 = new Int32Array(cap);
      this.ccum2 = new Int32Array(cap);
    }
  }
  /** Play `length` turns of `s1` against `s2`. */
  run(s1, s2, game, length, params, seed, prefix = false) {
    this.ensure(length, prefix);
    const { noise, misread1, misread2, knownLength } = params;
    const noiseRng = noise > 0 ? new FlipStream(deriveSeed(seed, "noise")) : null;
    const misRng = misread1 > 0 || misread2 > 0 ? new FlipStream(deriveSeed(seed, "misread")) : null;
    const noiseT = flipThreshold(noise);
    const mis1T = flipThreshold(misread1);
    const mis2T = flipThreshold(misread2);
    const p1 = s1.create({
      length: knownLength,
      game: game.row,
      noise,
      rng: s1.stochastic ? createRng(deriveSeed(seed, "player", 0)) : NO_RNG
    });
    const p2 = s2.create({
      length: knownLength,
      game: game.col,
      noise,
      rng: s2.stochastic ? createRng(deriveSeed(seed, "player", 1)) : NO_RNG
    });
    const { a1, a2, i1, i2 } = this;
    const o1 = misread1 > 0 ? this.o1 : a2;
    const o2 = misread2 > 0 ? this.o2 : a1;
    const h1 = this.h1;
    const h2 = this.h2;
    h1.own = a1;
    h1.opp = o1;
    h1.intended = i1;
    h1.length = 0;
    h1.ownDefections = 0;
    h1.oppDefections = 0;
    h2.own = a2;
    h2.opp = o2;
    h2.intended = i2;
    h2.length = 0;
    h2.ownDefections = 0;
    h2.oppDefections = 0;
    const r = game.row;
    const c = game.col;
    const t1 = [r.R, r.S, r.T, r.P];
    const t2 = [c.R, c.S, c.T, c.P];
    let sc1 = 0;
    let sc2 = 0;
    let d1 = 0;
    let d2 = 0;
    const { cum1, cum2, ccum1, ccum2 } = this;
    for (let t = 0; t < length; t++) {
      let x1 = p1.next(h1);
      let x2 = p2.next(h2);
      i1[t] = x1;
      i2[t] = x2;
      if (noiseRng !== null) {
        if (noiseRng.u32() < noiseT) x1 ^= 1;
        if (noiseRng.u32() < noiseT) x2 ^= 1;
      }
      a1[t] = x1;
      a2[t] = x2;
      let y1 = x2;
      let y2 = x1;
      if (misRng !== null) {
        if (misread1 > 0 && misRng.u32() < mis1T) y1 ^= 1;
        if (misread2 > 0 && misRng.u32() < mis2T) y2 ^= 1;
        if (misread1 > 0) o1[t] = y1;
        if (misread2 > 0) o2[t] = y2;
      }
      sc1 += t1[x1 * 2 + x2];
      sc2 += t2[x2 * 2 + x1];
      d1 += x1;
      d2 += x2;
      h1.length = h2.length = t + 1;
      h1.ownDefections = d1;
      h2.ownDefections = d2;
      h1.oppDefections += y1;
      h2.oppDefections += y2;
      if (prefix) {
        cum1[t] = sc1;
        cum2[t] = sc2;
        ccum1[t] = t + 1 - d1;
        ccum2[t] = t + 1 - d2;
      }
    }
    this.score1 = sc1;
    this.score2 = sc2;
    this.coop1 = length - d1;
    this.coop2 = length - d2;
  }
};
function misreadPair(m) {
  if (m === void 0) return [0, 0];
  return typeof m === "number" ? [m, m] : [m[0], m[1]];
}
function checkProbability(p, path, problems) {
  if (typeof p !== "number" || !(p >= 0 && p <= 1))
    problems.push({
      code: "invalid_probability",
      path: [path],
      message: `${path} must be a probability in [0, 1]`,
      received: String(p)
    });
}
function matchOptionProblems(o) {
  const problems = [];
  if (o.turns !== void 0 && !(Number.isInteger(o.turns) && o.turns >= 1) && o.turns !== Infinity) {
    problems.push({
      code: "invalid_turns",
      path: ["turns"],
      message: "turns must be a whole number >= 1",
      received: String(o.turns)
    });
  } else if (o.turns !== void 0 && Number.isFinite(o.turns) && o.turns > MAX_TURNS) {
    problems.push({
      code: "invalid_turns",
      path: ["turns"],
      message: `turns must be at most ${MAX_TURNS.toLocaleString("en-US")} (a match keeps every action in memory)`,
      received: String(o.turns)
    });
  }
  if (o.probEnd !== void 0) {
    checkProbability(o.probEnd, "probEnd", problems);
    if (o.probEnd === 0 && (o.turns === void 0 || o.turns === Infinity)) {
      problems.push({
        code: "invalid_probability",
        path: ["probEnd"],
        message: "probEnd 0 never ends the match; give turns or a probEnd > 0"
      });
    }
  } else if (o.turns === Infinity) {
    problems.push({ code: "invalid_turns", path: ["turns"], message: "an unbounded match needs probEnd > 0" });
  }
  if (o.noise !== void 0) checkProbability(o.noise, "noise", problems);
  const [m1, m2] = misreadPair(o.misread);
  checkProbability(m1, "misread", problems);
  checkProbability(m2, "misread", problems);
  if (o.seed !== void 0 && !Number.isInteger(o.seed))
    problems.push({
      code: "invalid_seed",
      path: ["seed"],
      message: "seed must be an integer",
      received: String(o.seed)
    });
  return problems;
}
function lengthSettings(o) {
  const probEnd = o.probEnd ?? 0;
  const turns = o.turns ?? (probEnd > 0 ? Infinity : DEFAULT_TURNS);
  return { turns, probEnd, knownLength: probEnd > 0 ? Infinity : turns };
}
function matchLength(turns, probEnd, seed) {
  if (probEnd <= 0) return Math.min(turns, MAX_TURNS);
  return Math.min(turns, MAX_TURNS, sampleLength(probEnd, createRng(deriveSeed(seed, "length")).next()));
}
function playMatch(s1, s2, options = {}) {
  const problems = matchOptionProblems(options);
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const length = matchLength(turns, probEnd, seed);
  const [m1, m2] = misreadPair(options.misread);
  const engine = new MatchEngine();
  engine.run(
    s1,
    s2,
    options.game ?? DEFAULT_GAME,
    length,
    { noise: options.noise ?? 0, misread1: m1, misread2: m2, knownLength },
    seed
  );
  const cut = (a) => a.slice(0, length);
  return {
    players: [s1.name, s2.name],
    turns: length,
    actions: [cut(engine.a1), cut(engine.a2)],
    perceived: [m1 > 0 ? cut(engine.o1) : cut(engine.a2), m2 > 0 ? cut(engine.o2) : cut(engine.a1)],
    scores: [engine.score1, engine.score2],
    cooperations: [engine.coop1, engine.coop2]
  };
}
function actionString(actions, length = actions.length) {
  let s = "";
  for (let i = 0; i < length; i++) s += actions[i] === C ? "C" : "D";
  return s;
}

// src/cooperation/strategies/references.ts
var REF = {
  Axelrod1980: "Axelrod, R. (1980). Effective choice in the Prisoner's Dilemma. Journal of Conflict Resolution 24(1), 3-25",
  Axelrod1980b: "Axelrod, R. (1980). More effective choice in the Prisoner's Dilemma. Journal of Conflict Resolution 24(3), 379-403",
  Axelrod1984: "Axelrod, R. (1984). The Evolution of Cooperation. Basic Books",
  Axelrod1995: "Wu, J. and Axelrod, R. (1995). How to cope with noise in the iterated Prisoner's Dilemma. Journal of Conflict Resolution 39(1), 183-189",
  Beaufils1997: "Beaufils, B., Delahaye, J.-P. and Mathieu, P. (1997). Our meeting with Gradual: a good strategy for the iterated Prisoner's Dilemma. Artificial Life V, 202-209",
  Cristal2018: "CRISTAL-SMAC (2018). ipd: iterated prisoner's dilemma strategies, https://github.com/cristal-smac/ipd",
  Frean1994: "Frean, M. R. (1994). The Prisoner's Dilemma without synchrony. Proceedings of the Royal Society B 257, 75-79",
  Friedman1971: "Friedman, J. W. (1971). A non-cooperative equilibrium for supergames. Review of Economic Studies 38(1), 1-12",
  Hilbe2013: "Hilbe, C., Nowak, M. A. and Traulsen, A. (2013). Adaptive dynamics of extortion and compliance. PLoS ONE 8(11), e77886",
  Kraines1989: "Kraines, D. and Kraines, V. (1989). Pavlov and the Prisoner's Dilemma. Theory and Decision 26, 47-79",
  Li2011: "Li, J., Hingston, P. and Kendall, G. (2011). Engineering design of strategies for winning iterated Prisoner's Dilemma competitions. IEEE Transactions on Computational Intelligence and AI in Games 3(4), 348-360",
  Mittal2009: "Mittal, S. and Deb, K. (2009). Optimal strategies of the iterated Prisoner's Dilemma problem for multiple conflicting objectives. IEEE Transactions on Evolutionary Computation 13(3), 554-565",
  Nachbar1992: "Nachbar, J. H. (1992). Evolution in the finitely repeated Prisoner's Dilemma. Journal of Economic Behavior & Organization 19(3), 307-326",
  Nowak1990: "Nowak, M. (1990). Stochastic strategies in the Prisoner's Dilemma. Theoretical Population Biology 38(1), 93-112",
  Nowak1992: "Nowak, M. A. and Sigmund, K. (1992). Tit for tat in heterogeneous populations. Nature 355, 250-253",
  Nowak1993: "Nowak, M. and Sigmund, K. (1993). A strategy of win-stay, lose-shift that outperforms tit-for-tat in the Prisoner's Dilemma game. Nature 364, 56-58",
  PD2017: "Prisoner's Dilemma competition strategies, http://www.prisoners-dilemma.com/competition.html (as cited by the Axelrod library)",
  Press2012: "Press, W. H. and Dyson, F. J. (2012). Iterated Prisoner's Dilemma contains strategies that dominate any evolutionary opponent. PNAS 109(26), 10409-10413",
  Prison1998: "LIFL (1998). PRISON: a set of iterated Prisoner's Dilemma strategies, http://www.lifl.fr/IPD/ipd.frame.html (as cited by the Axelrod library)",
  Slany2007: "Slany, W. and Kienreich, W. (2007). On some winning strategies for the iterated Prisoner's Dilemma. In Kendall, Yao and Chong (eds.), The Iterated Prisoners' Dilemma: 20 Years On, World Scientific, 171-204",
  Stewart2012: "Stewart, A. J. and Plotkin, J. B. (2012). Extortion and cooperation in the Prisoner's Dilemma. PNAS 109(26), 10134-10135",
  Tzafestas2000: "Tzafestas, E. (2000). Toward adaptive cooperative behavior. From Animals to Animats 6, 334-340"
};
function axl(file, cls) {
  return `Axelrod-Python/Axelrod 4.13.0, axelrod/strategies/${file} (${cls})`;
}
function cite(...parts) {
  return parts.join("; ");
}

// src/cooperation/strategies/adaptive.ts
var OPENING = [C, C, C, C, C, C, D, D, D, D, D];
var adaptive = {
  id: "Adaptive",
  name: "Adaptive",
  description: "Opens with C x6 then D x5, then plays whichever action has earned it more in total so far (ties go to D).",
  citation: cite(REF.Li2011, axl("adaptive.py", "Adaptive")),
  stochastic: false,
  memoryDepth: Infinity,
  create: (info) => {
    const g = info.game;
    let scoreC = 0;
    let scoreD = 0;
    return {
      next(h) {
        const n = h.length;
        if (n > 0) {
          const own = h.own[n - 1];
          const s = ownPayoff(g, own, h.opp[n - 1]);
          if (own === C) scoreC += s;
          else scoreD += s;
        }
        if (n < OPENING.length) return OPENING[n];
        return scoreC > scoreD ? C : D;
      }
    };
  }
};

// src/cooperation/strategies/adaptive-tit-for-tat.ts
var adaptiveTitForTat = {
  id: "AdaptiveTitForTat",
  name: "Adaptive Tit For Tat: 0.5",
  aliases: ["Adaptive Tit For Tat", "ATFT"],
  description: "Keeps an image of the opponent, world in [0, 1] starting at 0.5, moved halfway towards 1 after its cooperation and towards 0 after its defection; cooperates while world >= 0.5.",
  citation: cite(REF.Tzafestas2000, axl("titfortat.py", "AdaptiveTitForTat")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    const rate = 0.5;
    let world = 0.5;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (h.opp[n - 1] === C) world += rate * (1 - world);
        else world -= rate * world;
        return world >= 0.5 ? C : D;
      }
    };
  }
};

// src/cooperation/strategies/aggravater.ts
var aggravater = {
  id: "Aggravater",
  name: "Aggravater",
  description: "Grudger that defects on its first three moves whatever happens.",
  citation: cite("Original name by Thomas Campbell", axl("grudger.py", "Aggravater")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.length < 3 || h.oppDefections > 0 ? D : C)
};

// src/cooperation/strategies/alternator.ts
var alternator = {
  id: "Alternator",
  name: "Alternator",
  description: "Cooperates first, then plays the opposite of its own previous (executed) move: C, D, C, D, ...",
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl("alternator.py", "Alternator")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => h.length === 0 ? C : h.own[h.length - 1] === C ? D : C)
};

// src/cooperation/strategies/anti-tit-for-tat.ts
var antiTitForTat = {
  id: "AntiTitForTat",
  name: "Anti Tit For Tat",
  description: "Cooperates first, then plays the opposite of the opponent's previous move.",
  citation: cite(REF.Hilbe2013, axl("titfortat.py", "AntiTitForTat")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => h.length > 0 && h.opp[h.length - 1] === C ? D : C)
};

// src/cooperation/strategies/bully.ts
var bully = {
  id: "Bully",
  name: "Bully",
  aliases: ["Reverse Tit For Tat"],
  description: "Defects first, then plays the opposite of the opponent's previous move (the reverse of Tit For Tat).",
  citation: cite(REF.Nachbar1992, axl("titfortat.py", "Bully")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => h.length > 0 && h.opp[h.length - 1] === D ? C : D)
};

// src/cooperation/strategies/memory-one.ts
function memoryOnePlayer(info, vector, initial) {
  const [pcc, pcd, pdc, pdd] = vector.map((p) => Math.min(1, Math.max(0, p)));
  const rng = info.rng;
  return {
    next(h) {
      const n = h.length;
      if (n === 0) return initial;
      const own = h.own[n - 1];
      const opp = h.opp[n - 1];
      const p = own === C ? opp === C ? pcc : pcd : opp === C ? pdc : pdd;
      return randomChoice(rng, p);
    }
  };
}
function memoryOne(vector, initial = C) {
  const label = `(${vector.map(String).join(", ")}), ${initial === C ? "C" : "D"}`;
  return {
    id: `MemoryOnePlayer(${vector.join(",")},${initial === C ? "C" : "D"})`,
    name: `Generic Memory One Player: ${label}`,
    description: `Memory-one player cooperating with probabilities ${label.split("),")[0]}) after CC, CD, DC, DD (own move first); first move ${initial === C ? "C" : "D"}.`,
    citation: cite(REF.Nowak1990, axl("memoryone.py", "MemoryOnePlayer")),
    stochastic: vector.some((p) => p > 0 && p < 1),
    memoryDepth: vector.every((p) => p === 0) || vector.every((p) => p === 1) ? 0 : 1,
    create: (info) => memoryOnePlayer(info, vector, initial)
  };
}
function namedMemoryOne(base, vector, initial = C) {
  return { memoryDepth: 1, ...base, create: (info) => memoryOnePlayer(info, vector(info.game), initial) };
}

// src/cooperation/strategies/first-by-joss.ts
var JOSS_VECTOR = [0.9, 0, 0.9, 0];
var firstByJoss = namedMemoryOne(
  {
    id: "FirstByJoss",
    name: "First by Joss: 0.9",
    aliases: ["First by Joss", "Joss"],
    description: "Tit For Tat that sneaks in a defection: after the opponent cooperates it cooperates only with probability 0.9. Seeded.",
    citation: cite(REF.Axelrod1980, axl("axelrod_first.py", "FirstByJoss")),
    stochastic: true
  },
  () => JOSS_VECTOR
);

// src/cooperation/strategies/calculator.ts
function detectCycle(seq, length, minSize = 1, maxSize = 12) {
  const max = Math.min(Math.floor(length / 2), maxSize);
  for (let size = minSize; size <= max; size++) {
    let ok = true;
    for (let j = 0; j < length && ok; j++) if (seq[j] !== seq[j % size]) ok = false;
    if (ok) return size;
  }
  return null;
}
var calculator = {
  id: "Calculator",
  name: "Calculator",
  description: "Plays like Joss (Tit For Tat that cooperates with probability 0.9) for 20 moves; if the opponent's first 20 moves form a cycle it defects for the rest of the match, otherwise it plays Tit For Tat. Seeded.",
  citation: cite(REF.Prison1998, axl("calculator.py", "Calculator")),
  stochastic: true,
  memoryDepth: Infinity,
  create: (info) => {
    const joss = memoryOnePlayer(info, JOSS_VECTOR, C);
    let cycle = false;
    return {
      next(h) {
        const n = h.length;
        if (n < 20) return joss.next(h);
        if (n === 20) cycle = detectCycle(h.opp, 20) !== null;
        if (cycle) return D;
        return h.opp[n - 1];
      }
    };
  }
};

// src/cooperation/strategies/contrite-tit-for-tat.ts
var contriteTitForTat = {
  id: "ContriteTitForTat",
  name: "Contrite Tit For Tat",
  aliases: ["CTFT"],
  description: "Tit For Tat that notices when noise turned its own intended cooperation into a defection against a cooperating opponent; it then becomes contrite and does not retaliate until it has managed to cooperate. Without noise it plays exactly Tit For Tat.",
  citation: cite(REF.Axelrod1995, axl("titfortat.py", "ContriteTitForTat (with TrackHistoryTransformer)")),
  stochastic: false,
  memoryDepth: 3,
  create: () => {
    let contrite = false;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (contrite && h.own[n - 1] === C) {
          contrite = false;
          return C;
        }
        if (h.intended[n - 1] !== h.own[n - 1] && h.own[n - 1] === D && h.opp[n - 1] === C) contrite = true;
        return h.opp[n - 1];
      }
    };
  }
};

// src/cooperation/strategies/cooperator.ts
var cooperator = {
  id: "Cooperator",
  name: "Cooperator",
  aliases: ["ALLC", "Always Cooperate"],
  description: "Always chooses joint action (cooperates).",
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl("cooperator.py", "Cooperator")),
  stochastic: false,
  memoryDepth: 0,
  create: stateless(() => C)
};

// src/cooperation/strategies/cycler.ts
function parseCycle(cycle) {
  const s = cycle.trim().toUpperCase();
  if (!/^[CD]+$/.test(s)) {
    throw new CgError({
      code: "invalid_cycle",
      path: ["cycle"],
      message: "a cycle is a non-empty string of C and D",
      received: JSON.stringify(cycle)
    });
  }
  return [...s].map((ch) => ch === "C" ? C : D);
}
function cycler(cycle) {
  const moves = parseCycle(cycle);
  const text = moves.map((a) => a === C ? "C" : "D").join("");
  const named = ["CCD", "DC", "DDC", "CCCD", "CCCCCD"].includes(text);
  const len = moves.length;
  return {
    id: named ? `Cycler${text}` : `Cycler(${text})`,
    name: `Cycler ${text}`,
    aliases: [`MockPlayer(cycle=${text})`],
    description: `Plays ${text} over and over, ignoring the opponent.`,
    citation: named && (text === "CCD" || text === "DDC") ? cite(REF.Mittal2009, axl("cycler.py", `Cycler${text}`)) : cite("Original name by Marc Harper", axl("cycler.py", "Cycler")),
    stochastic: false,
    memoryDepth: len - 1,
    create: () => ({ next: (h) => moves[h.length % len] })
  };
}
var cyclerCCD = cycler("CCD");
var cyclerDC = cycler("DC");
var cyclerDDC = cycler("DDC");
var cyclerCCCD = cycler("CCCD");
var cyclerCCCCCD = cycler("CCCCCD");

// src/cooperation/strategies/defector.ts
var defector = {
  id: "Defector",
  name: "Defector",
  aliases: ["ALLD", "Always Defect"],
  description: "Always chooses unilateral action (defects).",
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl("defector.py", "Defector")),
  stochastic: false,
  memoryDepth: 0,
  create: stateless(() => D)
};

// src/cooperation/strategies/firm-but-fair.ts
var firmButFair = namedMemoryOne(
  {
    id: "FirmButFair",
    name: "Firm But Fair",
    description: "Cooperates except after receiving the sucker payoff (C against D); after mutual defection it cooperates with probability 2/3. Seeded.",
    citation: cite(REF.Frean1994, axl("memoryone.py", "FirmButFair")),
    stochastic: true
  },
  () => [1, 0, 1, 2 / 3]
);

// src/cooperation/strategies/forgetful-grudger.ts
var forgetfulGrudger = {
  id: "ForgetfulGrudger",
  name: "Forgetful Grudger",
  description: "Defects after each opponent defection and keeps defecting until it has defected 10 times in a row, then forgets the grudge (a new defection restarts it).",
  citation: cite("Original name by Geraint Palmer", axl("grudger.py", "ForgetfulGrudger")),
  stochastic: false,
  memoryDepth: 10,
  create: () => {
    const memLength = 10;
    let grudged = false;
    let memory = 0;
    return {
      next(h) {
        if (memory === memLength) {
          memory = 0;
          grudged = false;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) grudged = true;
        if (grudged) {
          memory++;
          return D;
        }
        return C;
      }
    };
  }
};

// src/cooperation/strategies/forgiver.ts
var forgiver = {
  id: "Forgiver",
  name: "Forgiver",
  description: "Cooperates unless the opponent has defected in more than 10% of the moves so far.",
  citation: cite("Original name by Thomas Campbell", axl("forgiver.py", "Forgiver")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.oppDefections * 10 > h.length ? D : C)
};

// src/cooperation/strategies/forgiving-tit-for-tat.ts
var forgivingTitForTat = {
  id: "ForgivingTitForTat",
  name: "Forgiving Tit For Tat",
  description: "Cooperates while the opponent has defected in at most 10% of the moves; above that it plays Tit For Tat.",
  citation: cite("Original name by Thomas Campbell", axl("forgiver.py", "ForgivingTitForTat")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.oppDefections * 10 > h.length ? h.opp[h.length - 1] : C)
};

// src/cooperation/strategies/go-by-majority.ts
function goByMajority(memory = Infinity, soft = true) {
  const finite = Number.isFinite(memory) && memory > 0;
  const suffix = finite ? `: ${memory}` : "";
  const kind = soft ? "Soft" : "Hard";
  const id = soft ? finite ? `GoByMajority${memory}` : "GoByMajority" : finite ? `HardGoByMajority${memory}` : "HardGoByMajority";
  return {
    id,
    name: `${kind} Go By Majority${suffix}`,
    aliases: finite ? [`${soft ? "" : "Hard "}Go By Majority ${memory}`] : soft ? ["Go By Majority", "Soft Majority", "Grisell"] : ["Hard Majority"],
    description: `${soft ? "Cooperates" : "Defects"} on a tie; otherwise plays the opponent's majority move over ${finite ? `its last ${memory} moves` : "the whole match"}.`,
    citation: cite(REF.Axelrod1984, REF.Mittal2009, axl("gobymajority.py", id)),
    stochastic: false,
    memoryDepth: finite ? memory : Infinity,
    create: () => ({
      next(h) {
        const n = h.length;
        let defections;
        let window;
        if (finite && n > memory) {
          defections = 0;
          for (let k = n - memory; k < n; k++) defections += h.opp[k];
          window = memory;
        } else {
          defections = h.oppDefections;
          window = n;
        }
        const cooperations = window - defections;
        if (defections > cooperations) return D;
        if (defections === cooperations) return soft ? C : D;
        return C;
      }
    })
  };
}
var softGoByMajority = goByMajority();
var hardGoByMajority = goByMajority(Infinity, false);
var goByMajorityMemoryVariants = [5, 10, 20, 40].flatMap((m) => [
  goByMajority(m, true),
  goByMajority(m, false)
]);

// src/cooperation/strategies/gradual.ts
var gradual = {
  id: "Gradual",
  name: "Gradual",
  description: "Answers the opponent's defection with as many defections as the opponent has made in total, then cooperates twice to calm down (the CRISTAL-SMAC version; the punishment count includes defections made during punishment).",
  citation: cite(REF.Cristal2018, axl("titfortat.py", "Gradual")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let calm = 0;
    let punish = 0;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (punish > 0) {
          punish--;
          return D;
        }
        if (calm > 0) {
          calm--;
          return C;
        }
        if (h.opp[n - 1] === D) {
          punish = h.oppDefections - 1;
          calm = 2;
          return D;
        }
        return C;
      }
    };
  }
};

// src/cooperation/strategies/grudger.ts
var grudger = {
  id: "Grudger",
  name: "Grudger",
  aliases: ["Grim Trigger", "Grim", "Friedman's strategy", "Spite"],
  description: "Cooperates until the opponent defects once, then defects for the rest of the match (grim trigger).",
  citation: cite(REF.Friedman1971, REF.Axelrod1980, REF.Li2011, axl("grudger.py", "Grudger")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.oppDefections > 0 ? D : C)
};

// src/cooperation/strategies/grudger-alternator.ts
var grudgerAlternator = {
  id: "GrudgerAlternator",
  name: "GrudgerAlternator",
  description: "Cooperates until the opponent defects once, then alternates D and C for the rest of the match.",
  citation: cite(REF.Prison1998, axl("grudger.py", "GrudgerAlternator")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.oppDefections > 0 && h.own[h.length - 1] === C ? D : C)
};

// src/cooperation/strategies/gtft.ts
function gtftGenerosity(g) {
  const a = g.R - g.S === 0 ? 0 : 1 - (g.T - g.R) / (g.R - g.S);
  const b = g.T - g.P === 0 ? 0 : (g.R - g.P) / (g.T - g.P);
  return Math.min(1, Math.max(0, Math.min(a, b)));
}
function gtft(p) {
  const vector = (g) => {
    const q = p ?? gtftGenerosity(g);
    return [1, q, 1, q];
  };
  return namedMemoryOne(
    {
      id: p === void 0 ? "GTFT" : `GTFT(${p})`,
      name: p === void 0 ? "GTFT" : `GTFT: ${p}`,
      aliases: p === void 0 ? ["Generous Tit For Tat", "Generous TFT"] : [],
      description: "Tit For Tat that forgives: after the opponent's defection it still cooperates with probability p = min(1 - (T-R)/(R-S), (R-P)/(T-P)) (1/3 for the standard game). Seeded.",
      citation: cite(REF.Nowak1992, axl("memoryone.py", "GTFT")),
      stochastic: true
    },
    vector
  );
}
var generousTitForTat = gtft();

// src/cooperation/strategies/hard-prober.ts
var hardProber = {
  id: "HardProber",
  name: "Hard Prober",
  description: "Plays D, D, C, C; if the opponent cooperated on moves 2 and 3 it defects forever, otherwise it plays Tit For Tat.",
  citation: cite(REF.Prison1998, axl("prober.py", "HardProber")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n < 2) return D;
      if (n < 4) return C;
      if (h.opp[1] === C && h.opp[2] === C) return D;
      return h.opp[n - 1];
    }
  })
};

// src/cooperation/strategies/hard-tit-for-2-tats.ts
var hardTitFor2Tats = {
  id: "HardTitFor2Tats",
  name: "Hard Tit For 2 Tats",
  description: "Cooperates first; defects if the opponent played two consecutive defections within its last three moves.",
  citation: cite(REF.Stewart2012, axl("titfortat.py", "HardTitFor2Tats")),
  stochastic: false,
  memoryDepth: 3,
  create: stateless((h) => {
    const n = h.length;
    for (let k = Math.max(0, n - 3); k + 1 < n; k++) if (h.opp[k] === D && h.opp[k + 1] === D) return D;
    return C;
  })
};

// src/cooperation/strategies/hard-tit-for-tat.ts
var hardTitForTat = {
  id: "HardTitForTat",
  name: "Hard Tit For Tat",
  description: "Cooperates first; defects if the opponent defected in any of its last three moves.",
  citation: cite(REF.PD2017, axl("titfortat.py", "HardTitForTat")),
  stochastic: false,
  memoryDepth: 3,
  create: stateless((h) => {
    const n = h.length;
    for (let k = Math.max(0, n - 3); k < n; k++) if (h.opp[k] === D) return D;
    return C;
  })
};

// src/cooperation/strategies/n-tits-for-m-tats.ts
function nTitsForMTats(N = 3, M = 2) {
  const dflt = N === 3 && M === 2;
  return {
    id: dflt ? "NTitsForMTats" : `NTitsForMTats(${N},${M})`,
    name: `N Tit(s) For M Tat(s): ${N}, ${M}`,
    aliases: dflt ? ["N Tit(s) For M Tat(s)"] : [],
    description: `Answers ${M} consecutive defections by the opponent with ${N} defections; otherwise cooperates.`,
    citation: cite("Original name by Marc Harper", axl("titfortat.py", "NTitsForMTats")),
    stochastic: false,
    memoryDepth: Math.max(N, M),
    create: () => {
      let retaliate = 0;
      return {
        next(h) {
          const n = h.length;
          let triggered = M === 0;
          if (!triggered && n >= M) {
            triggered = true;
            for (let k = n - M; k < n; k++) if (h.opp[k] !== D) triggered = false;
          }
          if (triggered) retaliate = N;
          if (retaliate > 0) {
            retaliate--;
            return D;
          }
          return C;
        }
      };
    }
  };
}
var nTitsForMTatsDefault = nTitsForMTats();

// src/cooperation/strategies/omega-tft.ts
var omegaTFT = {
  id: "OmegaTFT",
  name: "Omega TFT: 3, 8",
  aliases: ["Omega TFT"],
  description: "Tit For Tat that breaks C/D deadlock loops by cooperating (after 3 alternations) and defects for good once a randomness counter of the opponent reaches 8; built to cope with noise.",
  citation: cite(REF.Slany2007, axl("titfortat.py", "OmegaTFT")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    const deadlockThreshold = 3;
    const randomnessThreshold = 8;
    let randomness = 0;
    let deadlock = 0;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        const last = h.opp[n - 1];
        if (n === 1) return last;
        const prev = h.opp[n - 2];
        let move;
        if (deadlock >= deadlockThreshold) {
          move = C;
          deadlock = deadlock === deadlockThreshold ? deadlockThreshold + 1 : 0;
        } else {
          if (prev === C && last === C) randomness--;
          if (prev !== last) randomness++;
          if (h.own[n - 1] !== last) randomness++;
          if (randomness >= randomnessThreshold) {
            move = D;
          } else {
            move = last;
            if (prev !== last) deadlock++;
            else deadlock = 0;
          }
        }
        return move;
      }
    };
  }
};

// src/cooperation/strategies/opposite-grudger.ts
var oppositeGrudger = {
  id: "OppositeGrudger",
  name: "Opposite Grudger",
  description: "Defects until the opponent cooperates once, then cooperates for the rest of the match.",
  citation: cite("Original name by Geraint Palmer", axl("grudger.py", "OppositeGrudger")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => h.length - h.oppDefections > 0 ? C : D)
};

// src/cooperation/strategies/original-gradual.ts
var originalGradual = {
  id: "OriginalGradual",
  name: "Original Gradual",
  description: "Beaufils et al.'s Gradual as published: punishes the n-th punished defection with n defections, then cooperates twice; defections during punishment or calming are not counted. Reproduces the scores of Beaufils et al. (1997).",
  citation: cite(REF.Beaufils1997, axl("titfortat.py", "OriginalGradual")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let calming = false;
    let punishing = false;
    let count = 0;
    let limit = 0;
    return {
      next(h) {
        if (calming) {
          calming = false;
          return C;
        }
        if (punishing) {
          if (count < limit) {
            count++;
            return D;
          }
          calming = true;
          punishing = false;
          count = 0;
          return C;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) {
          punishing = true;
          count++;
          limit++;
          return D;
        }
        return C;
      }
    };
  }
};

// src/cooperation/strategies/prober.ts
var prober = {
  id: "Prober",
  name: "Prober",
  description: "Plays D, C, C; if the opponent cooperated on moves 2 and 3 it defects forever, otherwise it plays Tit For Tat.",
  citation: cite(REF.Li2011, axl("prober.py", "Prober")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n < 3) return C;
      if (h.opp[1] === C && h.opp[2] === C) return D;
      return h.opp[n - 1];
    }
  })
};

// src/cooperation/strategies/prober2.ts
var prober2 = {
  id: "Prober2",
  name: "Prober 2",
  description: "Plays D, C, C; if the opponent played D then C on moves 2 and 3 it cooperates forever, otherwise it plays Tit For Tat.",
  citation: cite(REF.Prison1998, axl("prober.py", "Prober2")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n < 3) return C;
      if (h.opp[1] === D && h.opp[2] === C) return C;
      return h.opp[n - 1];
    }
  })
};

// src/cooperation/strategies/prober3.ts
var prober3 = {
  id: "Prober3",
  name: "Prober 3",
  description: "Plays D, C; if the opponent cooperated on move 2 it defects forever, otherwise it plays Tit For Tat.",
  citation: cite(REF.Prison1998, axl("prober.py", "Prober3")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n === 1) return C;
      if (h.opp[1] === C) return D;
      return h.opp[n - 1];
    }
  })
};

// src/cooperation/strategies/random.ts
function randomPlayer(p = 0.5) {
  return {
    id: p === 0.5 ? "Random" : `Random(${p})`,
    name: `Random: ${p}`,
    aliases: p === 0.5 ? ["Random"] : [],
    description: `Cooperates with probability ${p} on every move, independently. Seeded.`,
    citation: cite(REF.Axelrod1980, axl("rand.py", "Random")),
    stochastic: p > 0 && p < 1,
    memoryDepth: 0,
    create: (info) => {
      const rng = info.rng;
      return { next: () => randomChoice(rng, p) };
    }
  };
}
var random = randomPlayer();

// src/cooperation/strategies/slow-tit-for-two-tats-2.ts
var slowTitForTwoTats2 = {
  id: "SlowTitForTwoTats2",
  name: "Slow Tit For Two Tats 2",
  description: "Cooperates twice; then copies the opponent when it played the same move twice in a row, otherwise repeats its own previous move.",
  citation: cite(REF.Prison1998, axl("titfortat.py", "SlowTitForTwoTats2")),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => {
    const n = h.length;
    if (n < 2) return C;
    if (h.opp[n - 2] === h.opp[n - 1]) return h.opp[n - 1];
    return h.own[n - 1];
  })
};

// src/cooperation/strategies/sneaky-tit-for-tat.ts
var sneakyTitForTat = {
  id: "SneakyTitForTat",
  name: "Sneaky Tit For Tat",
  description: "Cooperates twice, then defects while the opponent has never defected; once punished it repents (cooperates after a defection that answered its own), otherwise plays Tit For Tat.",
  citation: cite("Original name by Karol Langner", axl("titfortat.py", "SneakyTitForTat")),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => {
    const n = h.length;
    if (n < 2) return C;
    if (h.oppDefections === 0) return D;
    if (h.opp[n - 1] === D && h.own[n - 2] === D) return C;
    return h.opp[n - 1];
  })
};

// src/cooperation/strategies/soft-grudger.ts
var PUNISHMENT = [D, D, D, C, C];
var softGrudger = {
  id: "SoftGrudger",
  name: "Soft Grudger",
  description: "Cooperates; answers a defection with D, D, D, D, C, C and then cooperates again.",
  citation: cite(REF.Li2011, axl("grudger.py", "SoftGrudger")),
  stochastic: false,
  memoryDepth: 6,
  create: () => {
    let grudged = false;
    let memory = 0;
    return {
      next(h) {
        if (grudged) {
          const a = PUNISHMENT[memory];
          memory++;
          if (memory === PUNISHMENT.length) {
            memory = 0;
            grudged = false;
          }
          return a;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) {
          grudged = true;
          return D;
        }
        return C;
      }
    };
  }
};

// src/cooperation/strategies/spiteful-tit-for-tat.ts
var spitefulTitForTat = {
  id: "SpitefulTitForTat",
  name: "Spiteful Tit For Tat",
  description: "Plays Tit For Tat until the opponent defects twice in a row, then defects for the rest of the match.",
  citation: cite(REF.Prison1998, axl("titfortat.py", "SpitefulTitForTat")),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let retaliating = false;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (n >= 2 && h.opp[n - 1] === D && h.opp[n - 2] === D) retaliating = true;
        return retaliating ? D : h.opp[n - 1];
      }
    };
  }
};

// src/cooperation/strategies/stochastic-wsls.ts
var stochasticWSLS = namedMemoryOne(
  {
    id: "StochasticWSLS",
    name: "Stochastic WSLS: 0.05",
    aliases: ["Stochastic WSLS"],
    description: "Win-Stay Lose-Shift that errs with probability 0.05: four-vector (0.95, 0.05, 0.05, 0.95). Seeded.",
    citation: cite("Original name by Marc Harper", axl("memoryone.py", "StochasticWSLS")),
    stochastic: true
  },
  () => [0.95, 0.05, 0.05, 0.95]
);

// src/cooperation/strategies/suspicious-tit-for-tat.ts
var suspiciousTitForTat = {
  id: "SuspiciousTitForTat",
  name: "Suspicious Tit For Tat",
  aliases: ["STFT", "Mistrust"],
  description: "Defects on the first move, then copies the opponent's previous move.",
  citation: cite(REF.Hilbe2013, REF.Beaufils1997, axl("titfortat.py", "SuspiciousTitForTat")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => h.length > 0 && h.opp[h.length - 1] === C ? C : D)
};

// src/cooperation/strategies/tit-for-2-tats.ts
var titFor2Tats = {
  id: "TitFor2Tats",
  name: "Tit For 2 Tats",
  aliases: ["TF2T", "Tit For Two Tats"],
  description: "Cooperates unless the opponent defected on both of the last two moves.",
  citation: cite(REF.Axelrod1984, axl("titfortat.py", "TitFor2Tats")),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => h.length >= 2 && h.opp[h.length - 1] === D && h.opp[h.length - 2] === D ? D : C)
};

// src/cooperation/strategies/tit-for-tat.ts
var titForTat = {
  id: "TitForTat",
  name: "Tit For Tat",
  aliases: ["TFT", "Rapoport's strategy"],
  description: "Cooperates on the first move, then copies the opponent's previous move.",
  citation: cite(REF.Axelrod1980, axl("titfortat.py", "TitForTat")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => h.length === 0 ? C : h.opp[h.length - 1])
};

// src/cooperation/strategies/two-tits-for-tat.ts
var twoTitsForTat = {
  id: "TwoTitsForTat",
  name: "Two Tits For Tat",
  aliases: ["TTFT"],
  description: "Cooperates first and answers each defection with two defections (defects if the opponent defected in either of the last two moves).",
  citation: cite(REF.Axelrod1984, axl("titfortat.py", "TwoTitsForTat")),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => {
    const n = h.length;
    return n >= 1 && h.opp[n - 1] === D || n >= 2 && h.opp[n - 2] === D ? D : C;
  })
};

// src/cooperation/strategies/win-stay-lose-shift.ts
var winStayLoseShift = {
  id: "WinStayLoseShift",
  name: "Win-Stay Lose-Shift",
  aliases: ["WSLS", "Pavlov"],
  description: "Cooperates first; keeps its move after a good outcome (CC or DD) and switches after a bad one (CD or DC). Four-vector (1, 0, 0, 1).",
  citation: cite(REF.Nowak1993, REF.Kraines1989, axl("memoryone.py", "WinStayLoseShift")),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => {
    const n = h.length;
    if (n === 0) return C;
    return h.own[n - 1] === h.opp[n - 1] ? C : D;
  })
};

// src/cooperation/strategies/zero-determinant.ts
function zdVector(g, phi, s, l) {
  const { R, S, T, P } = g;
  return [
    1 - phi * (1 - s) * (R - l),
    1 - phi * (s * (l - S) + (T - l)),
    phi * (l - S + s * (T - l)),
    phi * (1 - s) * (l - P)
  ];
}
var zdExtort2 = namedMemoryOne(
  {
    id: "ZDExtort2",
    name: "ZD-Extort-2: 0.1111111111111111, 0.5",
    aliases: ["ZD-Extort-2", "ZD Extort 2"],
    description: "Extortionate zero-determinant player (phi = 1/9, s = 1/2, l = P): four-vector (8/9, 1/2, 1/3, 0) for the standard game. Seeded.",
    citation: cite(REF.Stewart2012, REF.Press2012, axl("zero_determinant.py", "ZDExtort2")),
    stochastic: true
  },
  (g) => zdVector(g, 1 / 9, 0.5, g.P)
);
var zdGTFT2 = namedMemoryOne(
  {
    id: "ZDGTFT2",
    name: "ZD-GTFT-2: 0.25, 0.5",
    aliases: ["ZD-GTFT-2", "ZD GTFT 2"],
    description: "Generous zero-determinant player (phi = 1/4, s = 1/2, l = R): four-vector (1, 1/8, 1, 1/4) for the standard game. Seeded.",
    citation: cite(REF.Stewart2012, axl("zero_determinant.py", "ZDGTFT2")),
    stochastic: true
  },
  (g) => zdVector(g, 0.25, 0.5, g.R)
);

// src/cooperation/strategies/index.ts
var STRATEGIES = [
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
  ...goByMajorityMemoryVariants
];
function normaliseName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function keysOf(s) {
  const keys = [s.id, s.name, ...s.aliases ?? []].map(normaliseName);
  return [.../* @__PURE__ */ new Set([...keys, ...keys.map((k) => k.replace("titfortat", "tft"))])];
}
var BY_KEY = /* @__PURE__ */ new Map();
for (const s of STRATEGIES) for (const k of keysOf(s)) if (!BY_KEY.has(k)) BY_KEY.set(k, s);
var NUM = String.raw`([0-9]*\.?[0-9]+(?:e-?[0-9]+)?|[0-9]+\s*/\s*[0-9]+)`;
function num(text) {
  const m = /^([0-9]+)\s*\/\s*([0-9]+)$/.exec(text.trim());
  return m ? Number(m[1]) / Number(m[2]) : Number(text);
}
function probability(text, what, name) {
  const p = num(text);
  if (!(p >= 0 && p <= 1)) {
    throw new CgError({
      code: "invalid_strategy_parameter",
      path: ["strategy"],
      message: `${what} in "${name}" must be a probability in [0, 1]`,
      received: text
    });
  }
  return p;
}
function parameterised(raw) {
  const name = raw.trim();
  let m = /^(?:cycler|mockplayer)\s*(?:[:(]\s*)?(?:cycle\s*=\s*)?['"]?([CDcd]+)['"]?\s*\)?$/i.exec(name);
  if (m) return cycler(m[1]);
  m = new RegExp(
    String.raw`^(?:generic\s*memory\s*one\s*player|memory\s*one\s*player)\s*[:(]?\s*\(?\s*${NUM}\s*,\s*${NUM}\s*,\s*${NUM}\s*,\s*${NUM}\s*\)?\s*(?:,\s*([CDcd]))?\s*\)?$`,
    "i"
  ).exec(name);
  if (m) {
    const v = [m[1], m[2], m[3], m[4]].map((x) => probability(x, "a four-vector entry", name));
    return memoryOne(v, m[5] && m[5].toUpperCase() === "D" ? D : C);
  }
  m = new RegExp(String.raw`^random\s*[:(]\s*${NUM}\s*\)?$`, "i").exec(name);
  if (m) return randomPlayer(probability(m[1], "the cooperation probability", name));
  m = new RegExp(String.raw`^(?:gtft|generous\s*tit\s*for\s*tat)\s*[:(]\s*${NUM}\s*\)?$`, "i").exec(name);
  if (m) return gtft(probability(m[1], "the generosity", name));
  m = /^(soft|hard)?\s*go\s*by\s*majority\s*[:(]?\s*([0-9]+)\s*\)?$/i.exec(name);
  if (m) return goByMajority(Number(m[2]), (m[1] ?? "soft").toLowerCase() !== "hard");
  m = /^(hard)?gobymajority\s*\(?\s*([0-9]+)\s*\)?$/i.exec(name.replace(/\s+/g, ""));
  if (m) return goByMajority(Number(m[2]), !m[1]);
  m = /^(?:n\s*tit\(?s\)?\s*for\s*m\s*tat\(?s\)?|ntitsformtats)\s*[:(]\s*([0-9]+)\s*,\s*([0-9]+)\s*\)?$/i.exec(name);
  if (m) return nTitsForMTats(Number(m[1]), Number(m[2]));
  return null;
}
function editDistance(a, b) {
  const prev = new Array(b.length + 1);
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
function closestStrategyNames(name, count = 3) {
  const key = normaliseName(name);
  const scored = STRATEGIES.map((s) => ({ s, d: Math.min(...keysOf(s).map((k) => editDistance(key, k))) }));
  scored.sort((a, b) => a.d - b.d);
  return scored.slice(0, count).map((x) => x.s.name);
}
function resolveStrategy(name, path = ["strategy"]) {
  const hit = BY_KEY.get(normaliseName(name));
  if (hit) return hit;
  const p = parameterised(name);
  if (p) return p;
  const close = closestStrategyNames(name);
  throw new CgError({
    code: "unknown_strategy",
    path,
    message: `unknown strategy "${name}"; closest: ${close.map((s) => `"${s}"`).join(", ")} (run \`commonground cooperate strategies\` for the list)`,
    received: name
  });
}
function resolveStrategies(names) {
  const out = [];
  const problems = [];
  names.forEach((n, i) => {
    try {
      out.push(resolveStrategy(n, ["strategies", i]));
    } catch (e) {
      if (e instanceof CgError) problems.push(...e.problems);
      else throw e;
    }
  });
  if (problems.length) throw new CgError(problems);
  return out;
}

// src/cooperation/moran.ts
function fitnessProportionate(weights, rng) {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  if (total <= 0) return rng.int(weights.length);
  const r = rng.next() * total;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (acc >= r && weights[i] > 0) return i;
  }
  return weights.length - 1;
}
var Matches = class {
  constructor(opts) {
    this.opts = opts;
    const { turns, probEnd, knownLength } = lengthSettings(opts);
    const [m1, m2] = misreadPair(opts.misread);
    this.turns = turns;
    this.probEnd = probEnd;
    this.params = { noise: opts.noise ?? 0, misread1: m1, misread2: m2, knownLength };
  }
  opts;
  engine = new MatchEngine();
  /** Deterministic results by strategy object (no key strings: a step looks up every pair). */
  cache = /* @__PURE__ */ new Map();
  params;
  turns;
  probEnd;
  /** Per-turn payoffs of a match between two individuals (the seed is derived only for a match actually played). */
  play(a, b, seedOf) {
    const deterministic = this.params.noise === 0 && this.params.misread1 === 0 && this.params.misread2 === 0 && !a.stochastic && !b.stochastic && this.probEnd === 0;
    let row;
    if (deterministic) {
      row = this.cache.get(a);
      if (!row) this.cache.set(a, row = /* @__PURE__ */ new Map());
      const hit = row.get(b);
      if (hit) return hit;
    }
    const seed = seedOf();
    const L = matchLength(this.turns, this.probEnd, seed);
    this.engine.run(a, b, this.opts.game ?? DEFAULT_GAME, L, this.params, seed);
    const out = [this.engine.score1 / L, this.engine.score2 / L];
    if (out[0] < 0 || out[1] < 0) {
      throw new CgError({
        code: "negative_fitness",
        path: ["game"],
        message: "the Moran process needs non-negative payoffs (fitness is the per-turn payoff); shift the game by a constant"
      });
    }
    if (row) row.set(b, out);
    return out;
  }
};
function checkOptions(o, n) {
  const problems = matchOptionProblems(o);
  if (o.mutationRate !== void 0 && !(o.mutationRate >= 0 && o.mutationRate <= 1))
    problems.push({
      code: "invalid_probability",
      path: ["mutationRate"],
      message: "mutationRate must be in [0, 1]",
      received: String(o.mutationRate)
    });
  if (n < 2)
    problems.push({
      code: "too_few_players",
      path: ["population"],
      message: "a Moran process needs at least 2 individuals",
      received: String(n)
    });
  if (problems.length) throw new CgError(problems);
}
function counts(pop) {
  const c = {};
  for (const s of pop) c[s.name] = (c[s.name] ?? 0) + 1;
  return c;
}
function moranProcess(population, options = {}, matches = new Matches(options)) {
  checkOptions(options, population.length);
  const seed = options.seed ?? 0;
  const rng = createRng(deriveSeed(seed, "moran-rng"));
  const mutation = options.mutationRate ?? 0;
  const maxSteps = options.maxSteps ?? 1e5;
  const record = options.recordPopulations ?? true;
  const types = [];
  for (const s of population) if (!types.some((t) => t.name === s.name)) types.push(s);
  types.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const pop = [...population];
  const N = pop.length;
  const fitness = new Float64Array(N);
  const populations = record ? [counts(pop)] : [];
  const fixated = () => mutation === 0 && pop.every((s) => s.name === pop[0].name);
  let steps = 0;
  while (!fixated() && steps < maxSteps) {
    fitness.fill(0);
    for (let i = 0; i < N; i++) {
      for (let j = i + 1; j < N; j++) {
        const [fi, fj] = matches.play(pop[i], pop[j], () => deriveSeed(seed, "moran", steps, i, j));
        fitness[i] += fi;
        fitness[j] += fj;
      }
    }
    const parent = fitnessProportionate(fitness, rng);
    const dead = rng.int(N);
    let child = pop[parent];
    if (mutation > 0 && rng.next() < mutation) {
      const others = types.filter((t) => t.name !== child.name);
      if (others.length) child = others[rng.int(others.length)];
    }
    pop[dead] = child;
    steps++;
    if (record) populations.push(counts(pop));
  }
  return { winner: fixated() ? pop[0].name : null, steps, populations };
}
function fixationProbability(mutant, resident, options = {}) {
  const N = options.populationSize ?? 10;
  const k = options.initialMutants ?? 1;
  const trials = options.trials ?? 1e3;
  const problems = [];
  if (!(Number.isInteger(N) && N >= 2))
    problems.push({
      code: "invalid_population",
      path: ["populationSize"],
      message: "populationSize must be a whole number >= 2",
      received: String(N)
    });
  if (!(Number.isInteger(k) && k >= 1 && k < N))
    problems.push({
      code: "invalid_mutants",
      path: ["initialMutants"],
      message: `initialMutants must be a whole number in 1..${N - 1}`,
      received: String(k)
    });
  if (!(Number.isInteger(trials) && trials >= 1))
    problems.push({
      code: "invalid_trials",
      path: ["trials"],
      message: "trials must be a whole number >= 1",
      received: String(trials)
    });
  if (mutant.name === resident.name)
    problems.push({ code: "same_type", path: ["mutant"], message: "mutant and resident must be different strategies" });
  if (problems.length) throw new CgError(problems);
  const population = [...Array.from({ length: k }, () => mutant), ...Array.from({ length: N - k }, () => resident)];
  const base = { ...options, mutationRate: 0, recordPopulations: false };
  const matches = new Matches(base);
  let fixations = 0;
  const seed = options.seed ?? 0;
  for (let t = 0; t < trials; t++) {
    const r = moranProcess(population, { ...base, seed: deriveSeed(seed, "trial", t) }, matches);
    if (r.winner === mutant.name) fixations++;
  }
  const p = fixations / trials;
  return {
    mutant: mutant.name,
    resident: resident.name,
    populationSize: N,
    initialMutants: k,
    trials,
    fixations,
    estimate: p,
    standardError: Math.sqrt(p * (1 - p) / trials),
    neutral: k / N
  };
}
function exactFixationProbability(a, b, c, d, N, k = 1) {
  let sum = 1;
  let prod = 1;
  let partial = 1;
  for (let j = 1; j < N; j++) {
    const f = (j - 1) * a + (N - j) * b;
    const g = j * c + (N - j - 1) * d;
    prod *= f === 0 && g === 0 ? 1 : g / f;
    sum += prod;
    if (j < k) partial += prod;
  }
  return partial / sum;
}

// src/cooperation/linkage.ts
function criticalDelta(p) {
  return pooledThreshold(p.T - p.R, p.T - p.P);
}
function pooledThreshold(gain, loss) {
  if (gain <= 0) return 0;
  if (loss <= 0) return Infinity;
  return gain / loss;
}
function linkedCriticalDelta(ps) {
  let gain = 0;
  let stake = 0;
  for (const p of ps) {
    gain += Math.max(0, p.T - p.R);
    stake += p.R - p.P;
  }
  return pooledThreshold(gain, gain + stake);
}
var JOIN_THEN_DEFECT = {
  id: "JoinThenDefect",
  name: "Join Then Defect",
  description: "C in the first period, D afterwards.",
  citation: "",
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({ next: (h) => h.length === 0 ? C : D })
};
function analyseLinkage(issues) {
  if (issues.length === 0)
    throw new CgError({ code: "no_issues", path: ["issues"], message: "linkage needs at least one issue" });
  const per = issues.map((i) => {
    const parties = [criticalDelta(i.game.row), criticalDelta(i.game.col)];
    return { id: i.id, name: i.name ?? i.id, parties, pair: Math.max(...parties) };
  });
  const linkedParties = [
    linkedCriticalDelta(issues.map((i) => i.game.row)),
    linkedCriticalDelta(issues.map((i) => i.game.col))
  ];
  const pair = Math.max(...linkedParties);
  return {
    issues: per,
    linked: { parties: linkedParties, pair },
    helped: per.filter((p) => p.pair > pair).map((p) => p.id)
  };
}
function playLinkedMatch(issues, sides, options = {}) {
  const problems = matchOptionProblems(options);
  if (issues.length === 0)
    problems.push({ code: "no_issues", path: ["issues"], message: "a linked match needs at least one issue" });
  sides.forEach((s, k) => {
    if (Array.isArray(s.strategies) && s.strategies.length !== issues.length)
      problems.push({
        code: "strategy_count",
        path: ["sides", k],
        message: `give one strategy or one per issue (${issues.length})`
      });
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const L = matchLength(turns, probEnd, seed);
  const noise = options.noise ?? 0;
  const misread = misreadPair(options.misread);
  const noiseRng = new FlipStream(deriveSeed(seed, "noise"));
  const misRng = new FlipStream(deriveSeed(seed, "misread"));
  const noiseT = flipThreshold(noise);
  const misT = [flipThreshold(misread[0]), flipThreshold(misread[1])];
  const K = issues.length;
  const strat = (s, i) => Array.isArray(s.strategies) ? s.strategies[i] : s.strategies;
  const hist = [0, 1].map(() => Array.from({ length: K }, () => emptyHistory(L)));
  const players = [0, 1].map(
    (p) => issues.map((issue2, i) => {
      const s = strat(sides[p], i);
      return s.create({
        length: knownLength,
        game: p === 0 ? issue2.game.row : issue2.game.col,
        noise,
        rng: createRng(deriveSeed(seed, "player", p, i))
      });
    })
  );
  const linked = sides.map((s) => s.linked ?? true);
  const actions = [0, 1].map(() => Array.from({ length: K }, () => new Uint8Array(L)));
  const scores = [new Array(K).fill(0), new Array(K).fill(0)];
  const intended = [new Uint8Array(K), new Uint8Array(K)];
  const seen = [new Uint8Array(K), new Uint8Array(K)];
  for (let t = 0; t < L; t++) {
    for (let p = 0; p < 2; p++) for (let i = 0; i < K; i++) intended[p][i] = players[p][i].next(hist[p][i]);
    for (let p = 0; p < 2; p++) {
      for (let i = 0; i < K; i++) {
        let a = intended[p][i];
        if (noise > 0 && noiseRng.u32() < noiseT) a ^= 1;
        actions[p][i][t] = a;
      }
    }
    for (let p = 0; p < 2; p++) {
      const q = 1 - p;
      let anyD = 0;
      for (let i = 0; i < K; i++) {
        let o = actions[q][i][t];
        if (misread[p] > 0 && misRng.u32() < misT[p]) o ^= 1;
        seen[p][i] = o;
        anyD |= o;
      }
      for (let i = 0; i < K; i++) {
        const h = hist[p][i];
        const own = actions[p][i][t];
        const o = linked[p] ? anyD : seen[p][i];
        h.own[t] = own;
        h.intended[t] = intended[p][i];
        h.opp[t] = o;
        h.length = t + 1;
        h.ownDefections += own;
        h.oppDefections += o;
      }
    }
    issues.forEach((issue2, i) => {
      const a = actions[0][i][t];
      const b = actions[1][i][t];
      scores[0][i] += ownPayoff(issue2.game.row, a, b);
      scores[1][i] += ownPayoff(issue2.game.col, b, a);
    });
  }
  const str = (arr) => Array.from(arr, (x) => x === C ? "C" : "D").join("");
  return {
    turns: L,
    actions: [actions[0].map(str), actions[1].map(str)],
    scores,
    totals: [scores[0].reduce((a, b) => a + b, 0), scores[1].reduce((a, b) => a + b, 0)]
  };
}
function simulateDeviation(issues, delta, grim, defector2, options = {}) {
  if (!(delta > 0 && delta < 1))
    throw new CgError({
      code: "invalid_probability",
      path: ["delta"],
      message: "delta must be in (0, 1)",
      received: String(delta)
    });
  const samples = options.samples ?? 2e3;
  const party2 = options.party ?? 0;
  const seed = options.seed ?? 0;
  const probEnd = 1 - delta;
  let coop = 0;
  let dev = 0;
  let sumGain = 0;
  let sumGain2 = 0;
  const own = (i) => party2 === 0 ? i.game.row : i.game.col;
  const tempting = issues.map((i) => own(i).T > own(i).R);
  const deviateOn = tempting.some(Boolean) ? tempting : tempting.map(() => true);
  const grimSide = { strategies: grim, linked: true };
  const devSide = { strategies: deviateOn.map((d) => d ? defector2 : JOIN_THEN_DEFECT), linked: true };
  for (let k = 0; k < samples; k++) {
    const s = deriveSeed(seed, "deviation", k);
    const c = playLinkedMatch(issues, [grimSide, grimSide], { probEnd, seed: s }).totals[party2];
    const d = playLinkedMatch(issues, party2 === 0 ? [devSide, grimSide] : [grimSide, devSide], { probEnd, seed: s }).totals[party2];
    coop += c;
    dev += d;
    sumGain += c - d;
    sumGain2 += (c - d) ** 2;
  }
  const meanGain = sumGain / samples;
  const variance = Math.max(0, sumGain2 / samples - meanGain ** 2);
  const R = issues.reduce((a, i) => a + own(i).R, 0);
  const first = issues.reduce((a, i, k) => a + (deviateOn[k] ? own(i).T : own(i).R), 0);
  const P = issues.reduce((a, i) => a + own(i).P, 0);
  return {
    delta,
    samples,
    cooperate: coop / samples,
    deviate: dev / samples,
    standardError: Math.sqrt(variance / samples),
    expectedCooperate: R / (1 - delta),
    expectedDeviate: first + delta * P / (1 - delta),
    sustainable: meanGain >= 0
  };
}

// src/cooperation/nplayer.ts
function linearNPlayerGame(parties, payoffs) {
  const n = parties.length;
  if (n < 2)
    throw new CgError({
      code: "too_few_parties",
      path: ["parties"],
      message: "an n-party game needs at least 2 parties"
    });
  const list = Array.isArray(payoffs) ? payoffs : parties.map(() => payoffs);
  if (list.length !== n)
    throw new CgError({
      code: "payoff_count",
      path: ["payoffs"],
      message: `give payoffs for each of the ${n} parties`
    });
  return {
    parties: [...parties],
    payoffs: list.map((p) => ({
      cooperate: Array.from({ length: n }, (_, k) => (k * p.R + (n - 1 - k) * p.S) / (n - 1)),
      defect: Array.from({ length: n }, (_, k) => (k * p.T + (n - 1 - k) * p.P) / (n - 1))
    }))
  };
}
function playNPlayerMatch(game, strategies, options = {}) {
  const n = game.parties.length;
  const problems = matchOptionProblems(options);
  if (strategies.length !== n)
    problems.push({
      code: "strategy_count",
      path: ["strategies"],
      message: `give one strategy per party (${n})`,
      received: String(strategies.length)
    });
  const quorum = options.quorum ?? n - 1;
  if (!(Number.isInteger(quorum) && quorum >= 1 && quorum <= n - 1))
    problems.push({
      code: "invalid_quorum",
      path: ["quorum"],
      message: `quorum must be a whole number in 1..${n - 1}`,
      received: String(quorum)
    });
  game.payoffs.forEach((p, i) => {
    if (p.cooperate.length !== n || p.defect.length !== n)
      problems.push({
        code: "invalid_payoffs",
        path: ["payoffs", i],
        message: `cooperate and defect need ${n} entries (k = 0..${n - 1} others acting jointly)`
      });
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const L = matchLength(turns, probEnd, seed);
  const noise = options.noise ?? 0;
  const misread = typeof options.misread === "number" ? options.misread : options.misread ? options.misread[0] : 0;
  const noiseRng = new FlipStream(deriveSeed(seed, "noise"));
  const misRng = new FlipStream(deriveSeed(seed, "misread"));
  const noiseT = flipThreshold(noise);
  const misT = flipThreshold(misread);
  const hs = Array.from({ length: n }, () => emptyHistory(L));
  const players = strategies.map((s, i) => {
    const p = game.payoffs[i];
    const own = { R: p.cooperate[n - 1], S: p.cooperate[0], T: p.defect[n - 1], P: p.defect[0] };
    return s.create({ length: knownLength, game: own, noise, rng: createRng(deriveSeed(seed, "player", i)) });
  });
  const acts = Array.from({ length: n }, () => new Uint8Array(L));
  const scores = new Array(n).fill(0);
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
    actions: acts.map((a) => Array.from(a, (x) => x === C ? "C" : "D").join("")),
    scores,
    cooperations: acts.map((a) => a.reduce((s, x) => s + (x === C ? 1 : 0), 0))
  };
}

// src/cooperation/rational.ts
function gcd(a, b) {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
var Rational = class _Rational {
  n;
  d;
  constructor(n, d) {
    this.n = n;
    this.d = d;
  }
  static of(n, d = 1n) {
    let N = BigInt(n);
    let D2 = BigInt(d);
    if (D2 === 0n) throw new RangeError("division by zero");
    if (D2 < 0n) {
      N = -N;
      D2 = -D2;
    }
    const g = gcd(N, D2);
    return g > 1n ? new _Rational(N / g, D2 / g) : new _Rational(N, D2);
  }
  static ZERO = new _Rational(0n, 1n);
  static ONE = new _Rational(1n, 1n);
  /** Parse "3", "-1/3", "0.25", "1e-3" or a finite JS number (taken at its exact binary value if not a short decimal). */
  static parse(value, path = []) {
    if (typeof value === "bigint") return _Rational.of(value);
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        throw new CgError({
          code: "invalid_number",
          path,
          message: "expected a finite number",
          received: String(value)
        });
      return _Rational.parse(String(value), path);
    }
    const s = value.trim();
    let m = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/.exec(s);
    if (m) {
      if (BigInt(m[2]) === 0n)
        throw new CgError({ code: "invalid_number", path, message: "zero denominator", received: value });
      return _Rational.of(BigInt(m[1]), BigInt(m[2]));
    }
    m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (m && (m[2] || m[3])) {
      const digits = (m[2] || "") + (m[3] || "");
      const exp = -(m[3] || "").length + (m[4] ? Number(m[4]) : 0);
      let n = BigInt(digits || "0");
      let d = 1n;
      if (exp >= 0) n *= 10n ** BigInt(exp);
      else d = 10n ** BigInt(-exp);
      return _Rational.of(m[1] === "-" ? -n : n, d);
    }
    throw new CgError({
      code: "invalid_number",
      path,
      message: "expected a rational number such as 3, -1/3 or 0.25",
      received: JSON.stringify(value)
    });
  }
  add(o) {
    return this.d === o.d ? _Rational.of(this.n + o.n, this.d) : _Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o) {
    return this.d === o.d ? _Rational.of(this.n - o.n, this.d) : _Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o) {
    return _Rational.of(this.n * o.n, this.d * o.d);
  }
  div(o) {
    if (o.n === 0n) throw new RangeError("division by zero");
    return _Rational.of(this.n * o.d, this.d * o.n);
  }
  neg() {
    return new _Rational(-this.n, this.d);
  }
  sign() {
    return this.n > 0n ? 1 : this.n < 0n ? -1 : 0;
  }
  isZero() {
    return this.n === 0n;
  }
  cmp(o) {
    const x = this.n * o.d - o.n * this.d;
    return x > 0n ? 1 : x < 0n ? -1 : 0;
  }
  eq(o) {
    return this.n === o.n && this.d === o.d;
  }
  toNumber() {
    return Number(this.n) / Number(this.d);
  }
  toString() {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
  toJSON() {
    return this.toString();
  }
};
function solveExact(M, b) {
  const n = b.length;
  const A = M.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = -1;
    for (let r = c; r < n; r++)
      if (!A[r][c].isZero()) {
        piv = r;
        break;
      }
    if (piv < 0) return null;
    if (piv !== c) [A[c], A[piv]] = [A[piv], A[c]];
    const p = A[c][c];
    for (let k = c; k <= n; k++) A[c][k] = A[c][k].div(p);
    for (let r = 0; r < n; r++) {
      if (r === c || A[r][c].isZero()) continue;
      const f = A[r][c];
      for (let k = c; k <= n; k++) A[r][k] = A[r][k].sub(f.mul(A[c][k]));
    }
  }
  return A.map((row) => row[n]);
}
function dot(a, b) {
  let s = Rational.ZERO;
  for (let i = 0; i < a.length; i++) if (!a[i].isZero() && !b[i].isZero()) s = s.add(a[i].mul(b[i]));
  return s;
}

// src/cooperation/equilibria.ts
function parseBimatrix(rowPayoffs, colPayoffs, path = []) {
  const problems = [];
  const parseMatrix = (m, key) => {
    if (!Array.isArray(m) || m.length === 0) {
      problems.push({
        code: "invalid_matrix",
        path: [...path, key],
        message: `${key} must be a non-empty array of rows`
      });
      return [];
    }
    return m.map((row, i) => {
      if (!Array.isArray(row) || row.length === 0) {
        problems.push({
          code: "invalid_matrix",
          path: [...path, key, i],
          message: "each row must be a non-empty array of numbers"
        });
        return [];
      }
      return row.map((v, j) => {
        try {
          if (typeof v !== "string" && typeof v !== "number")
            throw new CgError({
              code: "invalid_number",
              path: [...path, key, i, j],
              message: "expected a number or a rational string",
              received: JSON.stringify(v)
            });
          return Rational.parse(v, [...path, key, i, j]);
        } catch (e) {
          if (e instanceof CgError) problems.push(...e.problems);
          else throw e;
          return Rational.ZERO;
        }
      });
    });
  };
  const A = parseMatrix(rowPayoffs, "row_payoffs");
  const B = parseMatrix(colPayoffs, "col_payoffs");
  if (!problems.length) {
    const m = A.length;
    const n = A[0].length;
    if (A.some((r) => r.length !== n))
      problems.push({
        code: "ragged_matrix",
        path: [...path, "row_payoffs"],
        message: `every row of row_payoffs must have ${n} entries`
      });
    if (B.length !== m || B.some((r) => r.length !== n))
      problems.push({
        code: "shape_mismatch",
        path: [...path, "col_payoffs"],
        message: `col_payoffs must have the same shape as row_payoffs (${m}x${n})`
      });
  }
  if (problems.length) throw new CgError(problems);
  return { rowPayoffs: A, colPayoffs: B };
}
function* combinations(n, k) {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k > n) return;
  while (true) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
  }
}
function vertices(M, own, zeroLabel, tightLabel) {
  const others = M.length;
  const total = own + others;
  const out = /* @__PURE__ */ new Map();
  for (const tight of combinations(total, own)) {
    const rows = [];
    const rhs = [];
    rows.push([...Array.from({ length: own }, () => Rational.ONE), Rational.ZERO]);
    rhs.push(Rational.ONE);
    for (const c of tight) {
      if (c < own) {
        rows.push(Array.from({ length: own + 1 }, (_, k) => k === c ? Rational.ONE : Rational.ZERO));
      } else {
        rows.push([...M[c - own], Rational.ONE.neg()]);
      }
      rhs.push(Rational.ZERO);
    }
    const sol = solveExact(rows, rhs);
    if (!sol) continue;
    const p = sol.slice(0, own);
    const w = sol[own];
    if (p.some((x) => x.sign() < 0)) continue;
    let labels = 0n;
    let feasible = true;
    for (let k = 0; k < others && feasible; k++) {
      const c = dot(M[k], p).cmp(w);
      if (c > 0) feasible = false;
      else if (c === 0) labels |= 1n << BigInt(tightLabel(k));
    }
    if (!feasible) continue;
    p.forEach((x, i) => {
      if (x.isZero()) labels |= 1n << BigInt(zeroLabel(i));
    });
    const key = p.join(",");
    if (!out.has(key)) out.set(key, { p, value: w, labels });
  }
  return [...out.values()];
}
function transpose(M) {
  return M[0].map((_, j) => M.map((row) => row[j]));
}
function payoff(M, x, y) {
  let s = Rational.ZERO;
  for (let i = 0; i < x.length; i++) if (!x[i].isZero()) s = s.add(x[i].mul(dot(M[i], y)));
  return s;
}
function compareVec(a, b) {
  for (let i = 0; i < a.length; i++) {
    const c = b[i].cmp(a[i]);
    if (c !== 0) return c;
  }
  return 0;
}
function sortEquilibria(list) {
  return list.sort((e, f) => compareVec(e.row, f.row) || compareVec(e.col, f.col));
}
function extremeEquilibria(game) {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const m = A.length;
  const n = A[0].length;
  const P = vertices(
    transpose(B),
    m,
    (i) => i,
    (j) => m + j
  );
  const Q = vertices(
    A,
    n,
    (j) => m + j,
    (i) => i
  );
  const all = (1n << BigInt(m + n)) - 1n;
  const out = [];
  for (const x of P) {
    for (const y of Q) {
      if ((x.labels | y.labels) !== all) continue;
      out.push({ row: x.p, col: y.p, rowPayoff: payoff(A, x.p, y.p), colPayoff: payoff(B, x.p, y.p) });
    }
  }
  return sortEquilibria(out);
}
function isNashEquilibrium(game, x, y) {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const sum = (v2) => v2.reduce((a, b) => a.add(b), Rational.ZERO);
  if (x.length !== A.length || y.length !== A[0].length) return false;
  if (x.some((p) => p.sign() < 0) || y.some((p) => p.sign() < 0) || !sum(x).eq(Rational.ONE) || !sum(y).eq(Rational.ONE))
    return false;
  const u = payoff(A, x, y);
  const v = payoff(B, x, y);
  for (let i = 0; i < A.length; i++) if (dot(A[i], y).cmp(u) > 0) return false;
  const Bt = transpose(B);
  for (let j = 0; j < Bt.length; j++) if (dot(Bt[j], x).cmp(v) > 0) return false;
  return true;
}
function indifferent(M, support, oppSupport, size) {
  const k = support.length;
  const rows = [];
  const rhs = [];
  for (const r of oppSupport) {
    rows.push([...support.map((s) => M[r][s]), Rational.ONE.neg()]);
    rhs.push(Rational.ZERO);
  }
  rows.push([...support.map(() => Rational.ONE), Rational.ZERO]);
  rhs.push(Rational.ONE);
  if (rows.length !== k + 1) return null;
  const sol = solveExact(rows, rhs);
  if (!sol) return null;
  const p = Array.from({ length: size }, () => Rational.ZERO);
  support.forEach((s, i) => p[s] = sol[i]);
  return p;
}
function supportEnumeration(game) {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const m = A.length;
  const n = A[0].length;
  const Bt = transpose(B);
  const out = [];
  for (let k = 1; k <= Math.min(m, n); k++) {
    for (const I of combinations(m, k)) {
      for (const J of combinations(n, k)) {
        const y = indifferent(A, J, I, n);
        if (!y) continue;
        const x = indifferent(Bt, I, J, m);
        if (!x) continue;
        if (I.some((i) => x[i].sign() <= 0) || J.some((j) => y[j].sign() <= 0)) continue;
        if (!isNashEquilibrium(game, x, y)) continue;
        out.push({ row: x, col: y, rowPayoff: payoff(A, x, y), colPayoff: payoff(B, x, y) });
      }
    }
  }
  return sortEquilibria(out);
}
function equilibriumToJson(e) {
  return {
    row: e.row.map(String),
    col: e.col.map(String),
    row_payoff: e.rowPayoff.toString(),
    col_payoff: e.colPayoff.toString()
  };
}

// src/cooperation/scenario.ts
var import_yaml = __toESM(require_dist(), 1);
var payoffSchema = external_exports.object({ R: external_exports.number(), S: external_exports.number(), T: external_exports.number(), P: external_exports.number() }).strict();
var probability2 = external_exports.number().min(0).max(1);
var cooperationScenarioSchema = external_exports.object({
  kind: external_exports.literal("cooperation-game"),
  title: external_exports.string().min(1),
  source: external_exports.string().optional(),
  note: external_exports.string().optional(),
  parties: external_exports.array(
    external_exports.object({
      id: external_exports.string().regex(/^[a-z][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ or -"),
      name: external_exports.string().min(1)
    }).strict()
  ).min(2),
  issues: external_exports.array(
    external_exports.object({
      id: external_exports.string().regex(/^[a-z][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ or -"),
      name: external_exports.string().min(1),
      payoffs: external_exports.record(external_exports.string(), payoffSchema),
      basis: external_exports.enum(["modelling assumption", "sourced"]),
      rationale: external_exports.string().min(1),
      brief: external_exports.string().optional()
    }).strict()
  ).min(1),
  defaults: external_exports.object({
    turns: external_exports.number().int().min(1).optional(),
    repetitions: external_exports.number().int().min(1).optional(),
    noise: probability2.optional(),
    misread: probability2.optional(),
    continuation: external_exports.number().gt(0).lt(1).optional(),
    seed: external_exports.number().int().optional()
  }).strict().optional()
}).strict();
function lineOf(text, offset) {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
function parseCooperationScenario(text, file) {
  const doc = (0, import_yaml.parseDocument)(text);
  if (doc.errors.length) {
    throw new CgError(
      doc.errors.map((e) => ({
        code: "syntax_error",
        path: [],
        message: e.message.split("\n")[0],
        file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col
      }))
    );
  }
  const data = doc.toJS();
  const located = (p) => {
    for (let k = p.path.length; k >= 0; k--) {
      const node = doc.getIn(p.path.slice(0, k), true);
      if (node && node.range) return { ...p, ...lineOf(text, node.range[0]) };
    }
    return p;
  };
  const r = cooperationScenarioSchema.safeParse(data);
  if (!r.success) throw new CgError(problemsFromZod(r.error, file).map(located));
  const sc = r.data;
  const problems = [];
  const ids = /* @__PURE__ */ new Set();
  sc.parties.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push({
        code: "duplicate_id",
        path: ["parties", i, "id"],
        message: `party id "${p.id}" is used twice`,
        file
      });
    ids.add(p.id);
  });
  const issueIds = /* @__PURE__ */ new Set();
  sc.issues.forEach((issue2, i) => {
    if (issueIds.has(issue2.id))
      problems.push({
        code: "duplicate_id",
        path: ["issues", i, "id"],
        message: `issue id "${issue2.id}" is used twice`,
        file
      });
    issueIds.add(issue2.id);
    for (const p of sc.parties)
      if (!issue2.payoffs[p.id])
        problems.push({
          code: "missing_payoffs",
          path: ["issues", i, "payoffs"],
          message: `issue "${issue2.id}" has no payoffs for party "${p.id}"`,
          file
        });
    for (const k of Object.keys(issue2.payoffs))
      if (!ids.has(k))
        problems.push({
          code: "unknown_party",
          path: ["issues", i, "payoffs", k],
          message: `"${k}" is not a party of this scenario (parties: ${[...ids].join(", ")})`,
          file
        });
  });
  if (problems.length) throw new CgError(problems.map(located));
  return sc;
}
function party(sc, id) {
  if (!sc.parties.some((p) => p.id === id)) {
    throw new CgError({
      code: "unknown_party",
      path: ["parties"],
      message: `unknown party "${id}"; the scenario has ${sc.parties.map((p) => p.id).join(", ")}`
    });
  }
}
function issue(sc, id) {
  const hit = sc.issues.find((i) => i.id === id);
  if (!hit)
    throw new CgError({
      code: "unknown_issue",
      path: ["issues"],
      message: `unknown issue "${id}"; the scenario has ${sc.issues.map((i) => i.id).join(", ")}`
    });
  return hit;
}
function scenarioGame(sc, issueId, parties = [sc.parties[0].id, sc.parties[1].id]) {
  parties.forEach((p) => party(sc, p));
  const i = issue(sc, issueId);
  const own = (p) => ({ ...i.payoffs[p] });
  return { row: own(parties[0]), col: own(parties[1]) };
}
function scenarioIssues(sc, parties = [sc.parties[0].id, sc.parties[1].id]) {
  return sc.issues.map((i) => ({ id: i.id, name: i.name, game: scenarioGame(sc, i.id, parties) }));
}
function scenarioNPlayerGame(sc, issueId) {
  const i = issue(sc, issueId);
  return linearNPlayerGame(
    sc.parties.map((p) => p.id),
    sc.parties.map((p) => i.payoffs[p.id])
  );
}

// src/cooperation/tournament.ts
var DEFAULT_REPETITIONS = 10;
function tournamentPairs(n, edges) {
  if (edges) return edges.map(([i, j]) => [i, j]);
  const pairs = [];
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) pairs.push([i, j]);
  return pairs;
}
function tournamentSpec(strategies, options = {}) {
  const problems = matchOptionProblems(options);
  const repetitions = options.repetitions ?? DEFAULT_REPETITIONS;
  if (!(Number.isInteger(repetitions) && repetitions >= 1))
    problems.push({
      code: "invalid_repetitions",
      path: ["repetitions"],
      message: "repetitions must be a whole number >= 1",
      received: String(repetitions)
    });
  if (strategies.length < 2 && !options.edges)
    problems.push({
      code: "too_few_players",
      path: ["strategies"],
      message: "a tournament needs at least 2 strategies",
      received: String(strategies.length)
    });
  const n = strategies.length;
  options.edges?.forEach(([i, j], k) => {
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n))
      problems.push({
        code: "invalid_edge",
        path: ["edges", k],
        message: `edge ${i}-${j} names a player index outside 0..${n - 1}`
      });
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd } = lengthSettings(options);
  return {
    strategies: strategies.map((s) => s.id),
    game: options.game ?? DEFAULT_GAME,
    turns,
    probEnd,
    noise: options.noise ?? 0,
    misread: misreadPair(options.misread),
    repetitions,
    seed: options.seed ?? 0,
    edges: options.edges ? options.edges.map(([i, j]) => [i, j]) : null
  };
}
function emptyRaw(units) {
  return {
    score1: new Float64Array(units),
    score2: new Float64Array(units),
    length: new Int32Array(units),
    coop1: new Int32Array(units),
    coop2: new Int32Array(units)
  };
}
function packRaw(raw) {
  const units = raw.score1.length;
  const data = new Float64Array(units * 5);
  data.set(raw.score1, 0);
  data.set(raw.score2, units);
  data.set(raw.length, units * 2);
  data.set(raw.coop1, units * 3);
  data.set(raw.coop2, units * 4);
  return data;
}
function unpackInto(raw, pairIndices, repetitions, data) {
  const units = pairIndices.length * repetitions;
  pairIndices.forEach((p, k) => {
    for (let r = 0; r < repetitions; r++) {
      const src = k * repetitions + r;
      const dst = p * repetitions + r;
      raw.score1[dst] = data[src];
      raw.score2[dst] = data[units + src];
      raw.length[dst] = data[2 * units + src];
      raw.coop1[dst] = data[3 * units + src];
      raw.coop2[dst] = data[4 * units + src];
    }
  });
}
function playPairs(spec, strategies, pairIndices, out, offset = 0, engine = new MatchEngine(), onPair) {
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const reps = spec.repetitions;
  const [m1, m2] = spec.misread;
  const params = {
    noise: spec.noise,
    misread1: m1,
    misread2: m2,
    knownLength: spec.probEnd > 0 ? Infinity : spec.turns
  };
  const lengths = new Int32Array(reps);
  const g = spec.game;
  const asymmetric = g.row.R !== g.col.R || g.row.S !== g.col.S || g.row.T !== g.col.T || g.row.P !== g.col.P;
  pairIndices.forEach((p, k) => {
    const [i, j] = pairs[p];
    const base = offset + k * reps;
    const orientation = (first, second, swap) => {
      const seedOf = (r) => swap ? deriveSeed(spec.seed, "match", i, j, r, "swap") : deriveSeed(spec.seed, "match", i, j, r);
      const add = (u, L, sFirst, sSecond, cFirst, cSecond) => {
        out.length[u] += L;
        out.score1[u] += swap ? sSecond : sFirst;
        out.score2[u] += swap ? sFirst : sSecond;
        out.coop1[u] += swap ? cSecond : cFirst;
        out.coop2[u] += swap ? cFirst : cSecond;
      };
      const deterministic = spec.noise === 0 && m1 === 0 && m2 === 0 && !first.stochastic && !second.stochastic;
      if (deterministic) {
        let max = 0;
        for (let r = 0; r < reps; r++) {
          lengths[r] = matchLength(spec.turns, spec.probEnd, seedOf(r));
          if (lengths[r] > max) max = lengths[r];
        }
        const varying = spec.probEnd > 0;
        engine.run(first, second, g, max, params, seedOf(0), varying);
        for (let r = 0; r < reps; r++) {
          const L = lengths[r];
          if (varying)
            add(base + r, L, engine.cum1[L - 1], engine.cum2[L - 1], engine.ccum1[L - 1], engine.ccum2[L - 1]);
          else add(base + r, L, engine.score1, engine.score2, engine.coop1, engine.coop2);
        }
      } else {
        for (let r = 0; r < reps; r++) {
          const seed = seedOf(r);
          const L = matchLength(spec.turns, spec.probEnd, seed);
          engine.run(first, second, g, L, params, seed);
          add(base + r, L, engine.score1, engine.score2, engine.coop1, engine.coop2);
        }
      }
    };
    orientation(strategies[i], strategies[j], false);
    if (asymmetric) orientation(strategies[j], strategies[i], true);
    onPair?.();
  });
}
function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function summariseTournament(spec, names, raw) {
  const n = names.length;
  const R = spec.repetitions;
  const pairs = tournamentPairs(n, spec.edges);
  const zeros = () => Array.from({ length: n }, () => new Array(n).fill(0));
  const scores = Array.from({ length: n }, () => new Array(R).fill(0));
  const wins = Array.from({ length: n }, () => new Array(R).fill(0));
  const normSum = Array.from({ length: n }, () => new Array(R).fill(0));
  const opponents = Array.from({ length: n }, () => new Array(R).fill(0));
  const rowLength = Array.from({ length: n }, () => new Array(R).fill(-1));
  const payoffSum = zeros();
  const payoffCount = zeros();
  const cooperation = zeros();
  const coopNonSelf = new Array(n).fill(0);
  const turnsNonSelf = new Array(n).fill(0);
  const matchLengths = Array.from({ length: R }, () => zeros());
  const note = (i, r, score, len) => {
    scores[i][r] += score;
    normSum[i][r] += score / len;
    opponents[i][r] += 1;
    const cur = rowLength[i][r];
    rowLength[i][r] = cur === -1 ? len : cur === len ? cur : -2;
  };
  pairs.forEach(([i, j], p) => {
    for (let r = 0; r < R; r++) {
      const u = p * R + r;
      const s1 = raw.score1[u];
      const s2 = raw.score2[u];
      const L = raw.length[u];
      matchLengths[r][i][j] = L;
      matchLengths[r][j][i] = L;
      if (i === j) {
        payoffSum[i][i] += (s1 + s2) / 2 / L;
        payoffCount[i][i] += 1;
        cooperation[i][i] += (raw.coop1[u] + raw.coop2[u]) / 2;
        continue;
      }
      payoffSum[i][j] += s1 / L;
      payoffSum[j][i] += s2 / L;
      payoffCount[i][j] += 1;
      payoffCount[j][i] += 1;
      cooperation[i][j] += raw.coop1[u];
      cooperation[j][i] += raw.coop2[u];
      coopNonSelf[i] += raw.coop1[u];
      coopNonSelf[j] += raw.coop2[u];
      turnsNonSelf[i] += L;
      turnsNonSelf[j] += L;
      note(i, r, s1, L);
      note(j, r, s2, L);
      if (s1 > s2) wins[i][r] += 1;
      else if (s2 > s1) wins[j][r] += 1;
    }
  });
  const normalisedScores = scores.map(
    (row, i) => row.map((total, r) => {
      const k = opponents[i][r];
      if (k === 0) return 0;
      const L = rowLength[i][r];
      return L > 0 ? total / (L * k) : normSum[i][r] / k;
    })
  );
  for (let i = 0; i < n; i++) cooperation[i][i] = Math.floor(cooperation[i][i]);
  const payoffMatrix = payoffSum.map((row, i) => row.map((s, j) => payoffCount[i][j] ? s / payoffCount[i][j] : 0));
  const cooperatingRating = coopNonSelf.map((c, i) => c / Math.max(1, turnsNonSelf[i]));
  const medians = normalisedScores.map(median);
  const ranking = names.map((_, i) => i).sort((a, b) => medians[b] - medians[a]);
  const summary = ranking.map((i, rank) => ({
    rank,
    name: names[i],
    index: i,
    medianScore: medians[i],
    cooperationRate: cooperatingRating[i],
    medianWins: median(wins[i]),
    meanScore: scores[i].reduce((a, b) => a + b, 0) / R
  }));
  return {
    players: [...names],
    turns: spec.turns,
    probEnd: spec.probEnd,
    noise: spec.noise,
    misread: spec.misread,
    repetitions: R,
    seed: spec.seed,
    scores,
    normalisedScores,
    wins,
    ranking,
    rankedNames: ranking.map((i) => names[i]),
    payoffMatrix,
    cooperation,
    cooperatingRating,
    matchLengths,
    summary
  };
}
function playTournament(strategies, options = {}, onProgress) {
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const raw = emptyRaw(pairs.length * spec.repetitions);
  let done = 0;
  playPairs(
    spec,
    strategies,
    pairs.map((_, p) => p),
    raw,
    0,
    new MatchEngine(),
    onProgress ? () => onProgress(++done, pairs.length) : void 0
  );
  return summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw
  );
}

// src/cooperation/replicator.ts
var A21 = 1 / 5;
var A31 = 3 / 40;
var A32 = 9 / 40;
var A41 = 44 / 45;
var A42 = -56 / 15;
var A43 = 32 / 9;
var A51 = 19372 / 6561;
var A52 = -25360 / 2187;
var A53 = 64448 / 6561;
var A54 = -212 / 729;
var A61 = 9017 / 3168;
var A62 = -355 / 33;
var A63 = 46732 / 5247;
var A64 = 49 / 176;
var A65 = -5103 / 18656;
var B1 = 35 / 384;
var B3 = 500 / 1113;
var B4 = 125 / 192;
var B5 = -2187 / 6784;
var B6 = 11 / 84;
var E1 = 71 / 57600;
var E3 = -71 / 16695;
var E4 = 71 / 1920;
var E5 = -17253 / 339200;
var E6 = 22 / 525;
var E7 = -1 / 40;

export {
  STANDARD_PAYOFFS,
  DEFAULT_GAME,
  parseRstp,
  MAX_TURNS,
  MatchEngine,
  playMatch,
  actionString,
  STRATEGIES,
  resolveStrategy,
  resolveStrategies,
  tournamentPairs,
  tournamentSpec,
  emptyRaw,
  packRaw,
  unpackInto,
  playPairs,
  summariseTournament,
  playTournament,
  fixationProbability,
  exactFixationProbability,
  analyseLinkage,
  simulateDeviation,
  linearNPlayerGame,
  playNPlayerMatch,
  Rational,
  parseBimatrix,
  extremeEquilibria,
  supportEnumeration,
  equilibriumToJson,
  parseCooperationScenario,
  scenarioGame,
  scenarioIssues,
  scenarioNPlayerGame
};
