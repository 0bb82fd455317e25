import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  bargainingSolutions,
  computeFrontier
} from "./chunk-3GAVIFVA.js";
import {
  loadDomainInput
} from "./chunk-GTYHQHJY.js";
import "./chunk-TYYTMHJZ.js";
import {
  isFeasible,
  outcomeToRecord,
  statusQuoOutcome,
  utilities,
  utilityOf,
  violates,
  withStatusQuo
} from "./chunk-U4ILYQAA.js";
import {
  moduleWorker
} from "./chunk-TO2OZYOK.js";
import {
  printJson,
  println
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import "./chunk-RGWUEVWY.js";
import {
  CgError,
  createRng,
  deriveSeed,
  isCgError,
  lowerBound,
  upperBound,
  wrap
} from "./chunk-KZ6JZQI3.js";

// src/cli/commands/negotiate.ts
import os from "node:os";

// src/negotiation/view.ts
function freezeDeep(x) {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) freezeDeep(v);
  }
  return x;
}
function noDealUtilities(domain) {
  const sq = statusQuoOutcome(domain);
  return domain.parties.map(
    (p, i) => sq ? Math.max(p.reservation, utilityOf(domain.utilities[i], sq)) : p.reservation
  );
}
var views = /* @__PURE__ */ new WeakMap();
function viewOf(domain, p) {
  let list = views.get(domain);
  if (!list) views.set(domain, list = []);
  return list[p] ??= buildView(domain, p);
}
function buildView(domain, p) {
  const sq = statusQuoOutcome(domain);
  const party = domain.parties[p];
  const utility = domain.utilities[p];
  return freezeDeep({
    index: p,
    party: { ...party },
    parties: domain.parties.map((x) => ({ id: x.id, name: x.name })),
    issues: domain.issues.map((i) => ({
      ...i,
      options: [...i.options],
      ...i.optionLabels ? { optionLabels: [...i.optionLabels] } : {}
    })),
    utility: structuredClone(utility),
    statusQuo: sq,
    noDeal: sq ? Math.max(party.reservation, utilityOf(utility, sq)) : party.reservation
  });
}

// src/negotiation/acceptance/conditions.ts
var fmt = (x) => String(x);
function acNext(alpha = 1, beta = 0) {
  return {
    spec: alpha === 1 && beta === 0 ? "next" : `next(${fmt(alpha)},${fmt(beta)})`,
    accept: (i) => alpha * i.offer + beta >= i.next
  };
}
function acPrev(alpha = 1, beta = 0) {
  return {
    spec: alpha === 1 && beta === 0 ? "prev" : `prev(${fmt(alpha)},${fmt(beta)})`,
    accept: (i) => i.previous !== null && alpha * i.offer + beta >= i.previous
  };
}
function acConst(c) {
  return { spec: `const(${fmt(c)})`, accept: (i) => i.offer >= c };
}
function acTime(T) {
  return { spec: `time(${fmt(T)})`, accept: (i) => i.time >= T };
}
function acLowest() {
  return { spec: "lowest", accept: (i) => i.lowestSent !== null && i.offer > i.lowestSent };
}
function windowUtilities(i) {
  const from = i.time - (1 - i.time);
  return i.received.filter((r) => r.time >= from).map((r) => r.utility);
}
function acCombi(T, kind = "max") {
  return {
    spec: kind === "max" ? `combi(${fmt(T)})` : `combi_avg(${fmt(T)})`,
    accept: (i) => {
      if (i.offer >= i.next) return true;
      if (i.time < T) return false;
      const w = windowUtilities(i);
      if (w.length === 0) return true;
      const ref = kind === "max" ? Math.max(...w) : w.reduce((a, b) => a + b, 0) / w.length;
      return i.offer >= ref;
    }
  };
}
function acAnd(...cs) {
  return { spec: `and(${cs.map((c) => c.spec).join(",")})`, accept: (i) => cs.every((c) => c.accept(i)) };
}
function acOr(...cs) {
  return { spec: `or(${cs.map((c) => c.spec).join(",")})`, accept: (i) => cs.some((c) => c.accept(i)) };
}
function acNot(c) {
  return { spec: `not(${c.spec})`, accept: (i) => !c.accept(i) };
}

// src/negotiation/space/decompose.ts
var MERGE_CAP = 4096;
function termsOf(u) {
  const terms = [];
  for (const t of u.interactions) {
    terms.push({
      kind: "interaction",
      constraints: [
        { issue: t.a.issue, min: t.a.option, max: t.a.option },
        { issue: t.b.issue, min: t.b.option, max: t.b.option }
      ],
      value: t.value
    });
  }
  for (const l of u.redLines) {
    terms.push({
      kind: "redline",
      constraints: l.options.map((r) => ({ issue: r.issue, min: r.option, max: r.option })),
      value: 0
    });
  }
  if (u.rectangles) {
    for (const r of u.rectangles.items) {
      terms.push({
        kind: "rectangle",
        constraints: r.ranges.map((g) => ({ issue: g.issue, min: g.min, max: g.max })),
        value: r.utility / u.rectangles.scale
      });
    }
  }
  return terms.map(normalise).filter((t) => t !== null);
}
function normalise(t) {
  const by = /* @__PURE__ */ new Map();
  for (const c of t.constraints) {
    const prev = by.get(c.issue);
    const next = prev ? { issue: c.issue, min: Math.max(prev.min, c.min), max: Math.min(prev.max, c.max) } : { ...c };
    if (next.min > next.max) return null;
    by.set(c.issue, next);
  }
  return { kind: t.kind, value: t.value, constraints: [...by.values()].sort((a, b) => a.issue - b.issue) };
}
function matches(t, optionOf) {
  for (const c of t.constraints) {
    const k = optionOf(c.issue);
    if (k < c.min || k > c.max) return false;
  }
  return true;
}
function decompose(u, sizes, mergeCap = MERGE_CAP) {
  const n = sizes.length;
  let constant = u.constant;
  const table = sizes.map((s, j) => Array.from({ length: s }, (_, k) => u.table[j]?.[k] ?? 0));
  const forbidden = sizes.map((s) => new Uint8Array(s));
  const multi = [];
  let empty = false;
  for (const t of termsOf(u)) {
    if (t.constraints.length === 0) {
      if (t.kind === "redline") empty = true;
      else constant += t.value;
    } else if (t.constraints.length === 1) {
      const c = t.constraints[0];
      for (let k = c.min; k <= Math.min(c.max, sizes[c.issue] - 1); k++) {
        if (t.kind === "redline") forbidden[c.issue][k] = 1;
        else table[c.issue][k] += t.value;
      }
    } else multi.push(t);
  }
  const parent = Array.from({ length: n }, (_, j) => j);
  const product = sizes.map((s) => s);
  const find = (j) => parent[j] === j ? j : parent[j] = find(parent[j]);
  const order = multi.map((t, i) => ({ t, i })).sort(
    (a, b) => (a.t.kind === "redline" ? 0 : 1) - (b.t.kind === "redline" ? 0 : 1) || Math.abs(b.t.value) - Math.abs(a.t.value) || a.i - b.i
  );
  for (const { t } of order) {
    const roots = [...new Set(t.constraints.map((c) => find(c.issue)))];
    if (roots.length < 2) continue;
    let p = 1;
    for (const r of roots) p *= product[r];
    if (p > mergeCap) continue;
    for (const r of roots.slice(1)) parent[r] = roots[0];
    product[roots[0]] = p;
  }
  const groups = /* @__PURE__ */ new Map();
  for (let j = 0; j < n; j++) {
    const r = find(j);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(j);
  }
  const compOf = new Int32Array(n);
  const groupList = [...groups.values()].sort((a, b) => a[0] - b[0]);
  groupList.forEach((g, c) => g.forEach((j) => compOf[j] = c));
  const internal = groupList.map(() => []);
  const residual = [];
  for (const t of multi) {
    const comps = new Set(t.constraints.map((c) => compOf[c.issue]));
    if (comps.size === 1) internal[[...comps][0]].push(t);
    else residual.push(t);
  }
  const components = groupList.map(
    (issues, c) => buildComponent(issues, sizes, table, forbidden, internal[c])
  );
  if (components.some((c) => c.count === 0)) empty = true;
  return { issueCount: n, sizes: [...sizes], constant, max: u.max, components, residual, empty };
}
function buildComponent(issues, sizes, table, forbidden, terms) {
  const m = issues.length;
  const opts = [];
  const vals = [];
  const cur = new Array(m).fill(0);
  const local = /* @__PURE__ */ new Map();
  const optionOf = (issue) => cur[local.get(issue)];
  issues.forEach((j, i) => local.set(j, i));
  for (; ; ) {
    let ok = true;
    let v = 0;
    for (let i2 = 0; i2 < m; i2++) {
      if (forbidden[issues[i2]][cur[i2]]) ok = false;
      v += table[issues[i2]][cur[i2]];
    }
    if (ok) {
      for (const t of terms) {
        if (!matches(t, optionOf)) continue;
        if (t.kind === "redline") {
          ok = false;
          break;
        }
        v += t.value;
      }
    }
    if (ok) {
      opts.push(...cur);
      vals.push(v);
    }
    let i = m - 1;
    while (i >= 0 && ++cur[i] === sizes[issues[i]]) cur[i--] = 0;
    if (i < 0) break;
  }
  let minValue = Infinity;
  let maxValue = -Infinity;
  for (const v of vals) {
    if (v < minValue) minValue = v;
    if (v > maxValue) maxValue = v;
  }
  return {
    issues,
    count: vals.length,
    options: Int32Array.from(opts),
    value: Float64Array.from(vals),
    minValue,
    maxValue
  };
}
function entryObjective(c, objective) {
  const m = c.issues.length;
  const out = new Float64Array(c.count);
  for (let e = 0; e < c.count; e++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += objective[c.issues[i]][c.options[e * m + i]];
    out[e] = s;
  }
  return out;
}
function entryMatches(t, c, e) {
  const m = c.issues.length;
  for (const con of t.constraints) {
    const i = c.issues.indexOf(con.issue);
    if (i < 0) continue;
    const k = c.options[e * m + i];
    if (k < con.min || k > con.max) return false;
  }
  return true;
}

// src/negotiation/space/bnb.ts
var DEFAULT_NODE_BUDGET = 2e6;
var BranchAndBoundEngine = class {
  constructor(d, budget = DEFAULT_NODE_BUDGET) {
    this.d = d;
    this.budget = budget;
    const touching = d.components.map(
      (c) => d.residual.filter((t) => t.constraints.some((k) => c.issues.includes(k.issue))).length
    );
    const order = d.components.map((_, i) => i).sort(
      (x, y) => touching[y] - touching[x] || d.components[y].maxValue - d.components[y].minValue - (d.components[x].maxValue - d.components[x].minValue) || x - y
    );
    this.comps = order.map((i) => d.components[i]);
    const m = this.comps.length;
    this.touch = this.comps.map(() => []);
    this.terms = d.residual.map((t, ti) => {
      let last = -1;
      this.comps.forEach((c, depth) => {
        if (!t.constraints.some((k) => c.issues.includes(k.issue))) return;
        const match = new Uint8Array(c.count);
        for (let e = 0; e < c.count; e++) match[e] = entryMatches(t, c, e) ? 1 : 0;
        this.touch[depth].push({ term: ti, match });
        last = depth;
      });
      return { value: t.value, redline: t.kind === "redline", lastDepth: last };
    });
    this.minRem = new Float64Array(m + 1);
    this.maxRem = new Float64Array(m + 1);
    for (let i = m - 1; i >= 0; i--) {
      this.minRem[i] = this.minRem[i + 1] + this.comps[i].minValue;
      this.maxRem[i] = this.maxRem[i + 1] + this.comps[i].maxValue;
    }
    const sorted = (c, dir) => {
      const idx = new Int32Array(c.count);
      for (let e = 0; e < c.count; e++) idx[e] = e;
      return idx.sort((x, y) => dir * (c.value[x] - c.value[y]) || x - y);
    };
    this.byValueDesc = this.comps.map((c) => sorted(c, -1));
    this.byValueAsc = this.comps.map((c) => sorted(c, 1));
  }
  d;
  budget;
  name = "branch-and-bound";
  lastExact = true;
  lastWork = 0;
  comps;
  terms;
  /** touch[d] = residual terms touching the component at depth d, with per-entry match flags. */
  touch;
  minRem;
  maxRem;
  byValueDesc;
  byValueAsc;
  solve(lo, hi, goal) {
    const comps = this.comps;
    const m = comps.length;
    const terms = this.terms;
    const dead = new Uint8Array(terms.length);
    let openPos = 0;
    let openNeg = 0;
    for (const t of terms) {
      if (t.redline) continue;
      if (t.value > 0) openPos += t.value;
      else openNeg += t.value;
    }
    let active = 0;
    let nodes = 0;
    let stopped = false;
    let order;
    let objOf = null;
    const objMaxRem = new Float64Array(m + 1);
    if (goal.kind === "objective") {
      objOf = comps.map((c) => entryObjective(c, goal.table));
      order = comps.map((c, i) => {
        const idx = new Int32Array(c.count);
        for (let e = 0; e < c.count; e++) idx[e] = e;
        const o = objOf[i];
        return idx.sort((x, y) => o[y] - o[x] || c.value[y] - c.value[x] || x - y);
      });
      for (let i = m - 1; i >= 0; i--) {
        let mx = -Infinity;
        for (const v of objOf[i]) if (v > mx) mx = v;
        objMaxRem[i] = objMaxRem[i + 1] + mx;
      }
    } else order = goal.kind === "max" ? this.byValueDesc : this.byValueAsc;
    const chosen = new Int32Array(m);
    const best = new Int32Array(m);
    let found = false;
    let bestKey = -Infinity;
    let bestRaw = -Infinity;
    const c0 = this.d.constant;
    const dfs = (depth, s, obj) => {
      if (stopped) return;
      if (depth === m) {
        const raw = c0 + s + active;
        if (raw < lo || raw > hi) return;
        const key = goal.kind === "max" ? raw : goal.kind === "min" ? -raw : obj;
        if (!found || key > bestKey + 1e-12 || goal.kind === "objective" && key >= bestKey - 1e-12 && raw > bestRaw) {
          found = true;
          bestKey = key;
          bestRaw = raw;
          best.set(chosen);
        }
        return;
      }
      const c = comps[depth];
      const ord = order[depth];
      const touching = this.touch[depth];
      for (let r = 0; r < c.count; r++) {
        if (++nodes > this.budget) {
          stopped = true;
          return;
        }
        const e = ord[r];
        const changed = [];
        let infeasible = false;
        for (const { term, match } of touching) {
          if (dead[term]) continue;
          const t = terms[term];
          if (!match[e]) {
            dead[term] = 1;
            changed.push(term);
            if (!t.redline) {
              if (t.value > 0) openPos -= t.value;
              else openNeg -= t.value;
            }
          } else if (t.lastDepth === depth) {
            dead[term] = 2;
            changed.push(term);
            if (t.redline) infeasible = true;
            else {
              if (t.value > 0) openPos -= t.value;
              else openNeg -= t.value;
              active += t.value;
            }
          }
        }
        if (!infeasible) {
          const s2 = s + c.value[e];
          const upper = c0 + s2 + this.maxRem[depth + 1] + active + openPos;
          const lower = c0 + s2 + this.minRem[depth + 1] + active + openNeg;
          let prune = upper < lo || lower > hi;
          if (!prune && found) {
            if (goal.kind === "max") prune = upper <= bestKey;
            else if (goal.kind === "min") prune = -lower <= bestKey;
            else {
              const ob = obj + objOf[depth][e] + objMaxRem[depth + 1];
              prune = ob < bestKey - 1e-12 || ob <= bestKey + 1e-12 && upper <= bestRaw;
            }
          }
          if (!prune) {
            chosen[depth] = e;
            dfs(depth + 1, s2, objOf ? obj + objOf[depth][e] : 0);
          }
        }
        for (const term of changed) {
          const t = terms[term];
          if (!t.redline) {
            if (t.value > 0) openPos += t.value;
            else openNeg += t.value;
            if (dead[term] === 2) active -= t.value;
          }
          dead[term] = 0;
        }
        if (stopped) return;
      }
    };
    dfs(0, 0, 0);
    this.lastWork = Math.min(nodes, this.budget);
    this.lastExact = !stopped;
    if (!found) return null;
    const out = new Array(this.d.issueCount).fill(0);
    comps.forEach((c, depth) => {
      const e = best[depth];
      const k = c.issues.length;
      for (let i = 0; i < k; i++) out[c.issues[i]] = c.options[e * k + i];
    });
    return out;
  }
};

// src/negotiation/space/ladder.ts
var LadderEngine = class {
  name = "ladder";
  lastExact = false;
  lastWork = 0;
  /** Raw utilities, ascending, and the outcome of each (flat, n per outcome). */
  raw;
  flat;
  n;
  constructor(d, utility, opts = {}) {
    const sizes = d.sizes;
    const n = this.n = sizes.length;
    const rawUtility = { ...utility, max: void 0 };
    const rng = createRng(opts.seed ?? 110035);
    const found = /* @__PURE__ */ new Map();
    const ok = (o) => !utility.redLines.some((l) => violates(l, o));
    const value = (o) => {
      let s = rawUtility.constant;
      for (let j = 0; j < n; j++) s += rawUtility.table[j][o[j]];
      for (const t of rawUtility.interactions)
        if (o[t.a.issue] === t.a.option && o[t.b.issue] === t.b.option) s += t.value;
      if (rawUtility.rectangles) {
        let r = 0;
        for (const rect of rawUtility.rectangles.items)
          if (rect.ranges.every((g) => o[g.issue] >= g.min && o[g.issue] <= g.max)) r += rect.utility;
        s += r / rawUtility.rectangles.scale;
      }
      return s;
    };
    const keep = (o, v) => {
      if (ok(o)) found.set(o.join(","), v);
    };
    const random2 = () => sizes.map((k) => rng.int(k));
    for (let i = 0; i < (opts.samples ?? 4096); i++) {
      const o = random2();
      keep(o, value(o));
    }
    for (let c = 0; c < (opts.climbs ?? 96); c++) {
      const dir = c % 2 === 0 ? 1 : -1;
      const o = random2();
      let v = value(o);
      keep(o, v);
      for (let step = 0; step < 4 * n * 10; step++) {
        let bestJ = -1;
        let bestK = -1;
        let bestV = v;
        for (let j = 0; j < n; j++) {
          const was = o[j];
          for (let k = 0; k < sizes[j]; k++) {
            if (k === was) continue;
            o[j] = k;
            const w = value(o);
            if (dir * (w - bestV) > 1e-15) {
              bestV = w;
              bestJ = j;
              bestK = k;
            }
          }
          o[j] = was;
        }
        if (bestJ < 0) break;
        o[bestJ] = bestK;
        v = bestV;
        keep(o, v);
      }
    }
    const bnb = new BranchAndBoundEngine(d, opts.nodeBudget ?? 2e5);
    for (const goal of [{ kind: "max" }, { kind: "min" }]) {
      const o = bnb.solve(-Infinity, Infinity, goal);
      if (o) keep(o, value(o));
    }
    const entries = [...found.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    this.raw = Float64Array.from(entries.map((e) => e[1]));
    this.flat = new Int32Array(entries.length * n);
    entries.forEach(([key], i) => key.split(",").forEach((x, j) => this.flat[i * n + j] = Number(x)));
  }
  get size() {
    return this.raw.length;
  }
  outcome(i) {
    return Array.from(this.flat.subarray(i * this.n, (i + 1) * this.n));
  }
  solve(lo, hi, goal) {
    const l = lowerBound(this.raw, lo);
    const r = upperBound(this.raw, hi) - 1;
    this.lastWork = 0;
    if (l > r) return null;
    if (goal.kind === "max") return this.outcome(r);
    if (goal.kind === "min") return this.outcome(l);
    let best = -1;
    let bestKey = -Infinity;
    for (let i = l; i <= r; i++) {
      let key = 0;
      for (let j = 0; j < this.n; j++) key += goal.table[j][this.flat[i * this.n + j]];
      if (key > bestKey + 1e-12 || key >= bestKey - 1e-12 && i > best) {
        bestKey = key;
        best = i;
      }
    }
    this.lastWork = r - l + 1;
    return this.outcome(best);
  }
};

// src/negotiation/space/mitm.ts
var MITM_HALF_CAP = 1 << 20;
var OBJ_GRID = 1e-11;
function halfSize(comps) {
  return comps.reduce((p, c) => p * c.count, 1);
}
function splitHalves(components) {
  const a = [];
  const b = [];
  let pa = 1;
  let pb = 1;
  for (const c of [...components].sort((x, y) => y.count - x.count)) {
    if (pa <= pb) {
      a.push(c);
      pa *= c.count;
    } else {
      b.push(c);
      pb *= c.count;
    }
  }
  return [a, b];
}
function mitmFits(d, cap = MITM_HALF_CAP) {
  if (d.residual.length > 0 || d.empty) return false;
  const [a, b] = splitHalves(d.components);
  return halfSize(a) <= cap && halfSize(b) <= cap;
}
function buildHalf(comps) {
  const radix = [];
  let size = 1;
  for (const c of comps) {
    radix.push(size);
    size *= c.count;
  }
  const raw = new Float64Array(size);
  let filled = 1;
  for (const c of comps) {
    for (let e = c.count - 1; e >= 0; e--) {
      const v = c.value[e];
      for (let i = 0; i < filled; i++) raw[e * filled + i] = raw[i] + v;
    }
    filled *= c.count;
  }
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  order.sort((x, y) => raw[x] - raw[y] || x - y);
  const value = new Float64Array(size);
  for (let i = 0; i < size; i++) value[i] = raw[order[i]];
  return { comps, radix, size, value, code: order };
}
function decodeInto(h, code, out) {
  h.comps.forEach((c, ci) => {
    const e = Math.floor(code / h.radix[ci]) % c.count;
    const m = c.issues.length;
    for (let i = 0; i < m; i++) out[c.issues[i]] = c.options[e * m + i];
  });
}
function halfObjective(h, table) {
  const out = new Float64Array(h.size);
  let filled = 1;
  for (const c of h.comps) {
    const obj = entryObjective(c, table);
    for (let e = c.count - 1; e >= 0; e--) {
      const v = obj[e];
      for (let i = 0; i < filled; i++) out[e * filled + i] = out[i] + v;
    }
    filled *= c.count;
  }
  return out;
}
var MitmEngine = class {
  constructor(d) {
    this.d = d;
    const [ca, cb] = splitHalves(d.components);
    const h1 = buildHalf(ca);
    const h2 = buildHalf(cb);
    [this.a, this.b] = h1.size <= h2.size ? [h1, h2] : [h2, h1];
    this.n = d.issueCount;
  }
  d;
  name = "meet-in-the-middle";
  lastExact = true;
  lastWork = 0;
  a;
  b;
  n;
  /** Combinations listed by the index (|A| + |B|), the memory the search uses. */
  get indexSize() {
    return this.a.size + this.b.size;
  }
  solve(lo, hi, goal) {
    const { a, b } = this;
    const c = this.d.constant;
    const lo2 = lo - c;
    const hi2 = hi - c;
    this.lastWork = a.size;
    let bestA = -1;
    let bestB = -1;
    let bestKey = -Infinity;
    let bestRaw = -Infinity;
    if (goal.kind === "max" || goal.kind === "min") {
      for (let i = 0; i < a.size; i++) {
        const va = a.value[i];
        let j;
        if (goal.kind === "max") {
          j = upperBound(b.value, hi2 - va) - 1;
          if (j < 0 || va + b.value[j] < lo2) continue;
        } else {
          j = lowerBound(b.value, lo2 - va);
          if (j >= b.size || va + b.value[j] > hi2) continue;
        }
        const raw = va + b.value[j];
        const key = goal.kind === "max" ? raw : -raw;
        if (key > bestKey) {
          bestKey = key;
          bestRaw = raw;
          bestA = i;
          bestB = j;
        }
      }
    } else {
      const objA = halfObjective(a, goal.table);
      const objBByCode = halfObjective(b, goal.table);
      const keyB = new Float64Array(b.size);
      for (let p = 0; p < b.size; p++) keyB[p] = Math.round(objBByCode[b.code[p]] / OBJ_GRID);
      const deque = new Int32Array(b.size);
      let head = 0;
      let tail = 0;
      let added = 0;
      this.lastWork += b.size;
      for (let i = a.size - 1; i >= 0; i--) {
        const va = a.value[i];
        const r = upperBound(b.value, hi2 - va) - 1;
        const l = lowerBound(b.value, lo2 - va);
        while (added <= r) {
          while (tail > head && keyB[deque[tail - 1]] <= keyB[added]) tail--;
          deque[tail++] = added++;
        }
        while (tail > head && deque[head] < l) head++;
        if (tail === head || l > r) continue;
        const j = deque[head];
        const key = objA[a.code[i]] + keyB[j] * OBJ_GRID;
        const raw = va + b.value[j];
        if (key > bestKey + OBJ_GRID || key >= bestKey - OBJ_GRID && raw > bestRaw) {
          bestKey = key;
          bestRaw = raw;
          bestA = i;
          bestB = j;
        }
      }
    }
    if (bestA < 0) return null;
    const out = new Array(this.n).fill(0);
    decodeInto(a, a.code[bestA], out);
    decodeInto(b, b.code[bestB], out);
    return out;
  }
  bracket(lo, hi) {
    const { a, b } = this;
    const c = this.d.constant;
    const lo2 = lo - c;
    const hi2 = hi - c;
    this.lastWork = a.size + b.size;
    if (a.size === 0 || b.size === 0) return [null, null];
    let up = lowerBound(b.value, lo2 - a.value[0]);
    let down = upperBound(b.value, hi2 - a.value[0]) - 1;
    let bestUp = Infinity;
    let upA = -1;
    let upB = -1;
    let bestDown = -Infinity;
    let downA = -1;
    let downB = -1;
    for (let i = 0; i < a.size; i++) {
      const va = a.value[i];
      const x = lo2 - va;
      while (up > 0 && b.value[up - 1] >= x) up--;
      if (up < b.size) {
        const r = va + b.value[up];
        if (r < bestUp) {
          bestUp = r;
          upA = i;
          upB = up;
        }
      }
      const y = hi2 - va;
      while (down >= 0 && b.value[down] > y) down--;
      if (down >= 0) {
        const r = va + b.value[down];
        if (r > bestDown) {
          bestDown = r;
          downA = i;
          downB = down;
        }
      }
    }
    const make2 = (i, j) => {
      if (i < 0) return null;
      const out = new Array(this.n).fill(0);
      decodeInto(a, a.code[i], out);
      decodeInto(b, b.code[j], out);
      return out;
    };
    return [make2(upA, upB), make2(downA, downB)];
  }
};

// src/negotiation/space/search.ts
var EPS = 1e-9;
var EXACT_BNB_LIMIT = 1 << 16;
var BidSearch = class {
  constructor(utility, sizes, opts = {}) {
    this.utility = utility;
    this.decomposition = decompose(utility, [...sizes], opts.mergeCap ?? MERGE_CAP);
    const d = this.decomposition;
    const size = sizes.reduce((p, k) => p * k, 1);
    const kind = opts.engine ?? (mitmFits(d, opts.halfCap ?? MITM_HALF_CAP) ? "meet-in-the-middle" : size <= (opts.exactLimit ?? EXACT_BNB_LIMIT) ? "branch-and-bound" : "ladder");
    if (d.empty) this.engine = null;
    else if (kind === "branch-and-bound")
      this.engine = new BranchAndBoundEngine(d, opts.nodeBudget ?? DEFAULT_NODE_BUDGET);
    else if (kind === "ladder") this.engine = new LadderEngine(d, utility, { nodeBudget: opts.nodeBudget });
    else {
      if (d.residual.length > 0) throw new Error("meet-in-the-middle needs a utility without residual coupling terms");
      this.engine = new MitmEngine(d);
    }
  }
  utility;
  decomposition;
  engine;
  maxCache;
  minCache;
  /** True when no outcome respects the party's own red lines. */
  get empty() {
    return this.engine === null;
  }
  /** False when the last query hit the branch-and-bound node budget. */
  get lastExact() {
    return this.engine?.lastExact ?? true;
  }
  utilityOf(outcome) {
    return utilityOf(this.utility, outcome);
  }
  run(lo, hi, goal) {
    if (!this.engine) return null;
    const o = this.engine.solve(lo, hi, goal);
    return o ? { outcome: o, utility: utilityOf(this.utility, o) } : null;
  }
  /** Raw-utility range whose clamped utility lies in [lo, hi] (widened by EPS). */
  rawRange(lo, hi) {
    const max = this.decomposition.max;
    return [lo - EPS, max !== void 0 && hi >= max ? Infinity : hi + EPS];
  }
  /** The party's best outcome. */
  max() {
    if (this.maxCache === void 0) this.maxCache = this.run(-Infinity, Infinity, { kind: "max" });
    return this.maxCache;
  }
  /** The party's worst outcome (among those its own red lines allow). */
  min() {
    if (this.minCache === void 0) this.minCache = this.run(-Infinity, Infinity, { kind: "min" });
    return this.minCache;
  }
  /** The outcome with the smallest utility >= target, or null if none reaches it. */
  atLeast(target) {
    const max = this.decomposition.max;
    if (max !== void 0 && target > max + EPS) return null;
    return this.run(target - EPS, Infinity, { kind: "min" });
  }
  /** The outcome with the largest utility <= target, or null if every outcome is above it. */
  atMost(target) {
    const max = this.decomposition.max;
    if (max !== void 0 && target >= max) return this.max();
    return this.run(-Infinity, target + EPS, { kind: "max" });
  }
  /** The outcome whose utility is closest to target (Genius `getBidNearUtility`); ties go above. */
  nearest(target) {
    const max = this.decomposition.max;
    if (max !== void 0 && target >= max) return this.max();
    let up;
    let down;
    if (this.engine?.bracket) {
      const [u, d] = this.engine.bracket(target - EPS, target + EPS);
      up = u ? { outcome: u, utility: utilityOf(this.utility, u) } : null;
      down = d ? { outcome: d, utility: utilityOf(this.utility, d) } : null;
    } else {
      up = this.atLeast(target);
      down = this.atMost(target);
    }
    if (!up) return down;
    if (!down) return up;
    return up.utility - target <= target - down.utility ? up : down;
  }
  /**
   * Among outcomes with utility in [lo, hi], the one maximising the additive objective
   * `objective[issue][option]` (ties: higher own utility). Null when the band is empty.
   */
  bestInRange(lo, hi, objective) {
    const max = this.decomposition.max;
    if (max !== void 0 && lo > max + EPS) return null;
    const [a, b] = this.rawRange(lo, hi);
    return this.run(a, b, { kind: "objective", table: objective });
  }
};
var shared = /* @__PURE__ */ new WeakMap();
function bidSearchFor(utility, sizes, opts = {}) {
  let byKey = shared.get(utility);
  if (!byKey) shared.set(utility, byKey = /* @__PURE__ */ new Map());
  const key = `${sizes.join("x")}|${opts.mergeCap ?? ""}|${opts.halfCap ?? ""}|${opts.nodeBudget ?? ""}|${opts.exactLimit ?? ""}|${opts.engine ?? ""}`;
  let s = byKey.get(key);
  if (!s) byKey.set(key, s = new BidSearch(utility, sizes, opts));
  return s;
}

// src/negotiation/agent.ts
var Agent = class {
  constructor(strategy, view, rng, opts = {}) {
    this.strategy = strategy;
    this.view = view;
    this.rng = rng;
    this.search = bidSearchFor(
      view.utility,
      view.issues.map((i) => i.options.length),
      opts.search
    );
    this.acceptance = opts.acceptance ?? acNext();
    this.best = this.search.max();
    this.pmax = this.best ? this.best.utility : -Infinity;
    this.pmin = this.best ? Math.max(this.search.min().utility, view.noDeal) : Infinity;
    this.hopeless = this.best === null || this.pmax <= view.noDeal + EPS && this.search.min().utility < view.noDeal - EPS;
  }
  strategy;
  view;
  rng;
  received = [];
  sent = [];
  search;
  acceptance;
  /** My best utility (Genius Pmax). */
  pmax;
  /** max(my worst utility, my no-deal utility) (Genius Pmin uses the reservation value). */
  pmin;
  /** True when no outcome beats my no-deal utility and some are worse: I walk away. */
  hopeless;
  best;
  lowestSent = null;
  /** Utility above which this agent accepts a worse change in the mediated protocol (default: never). */
  aspiration(_time) {
    return Infinity;
  }
  /** Called for every offer another party makes (opponent models learn here). */
  onOffer(_r) {
  }
  utility(o) {
    return this.search.utilityOf(o);
  }
  /** Respects my own red lines. */
  allowed(o) {
    return !this.view.utility.redLines.some((l) => violates(l, o));
  }
  /** Could I sign this? (not below my no-deal utility, no own red line broken) */
  acceptable(o) {
    return this.allowed(o) && this.utility(o) >= this.view.noDeal - EPS;
  }
  bestBid() {
    return this.best;
  }
  /** The bid to make, never below the no-deal utility. */
  nextBid(state) {
    const b = this.bid(state);
    if (b.utility >= this.view.noDeal - EPS) return b;
    return this.search.atLeast(this.view.noDeal) ?? this.best;
  }
  act(state) {
    if (this.hopeless) return { type: "walk" };
    const next = this.nextBid(state);
    const cur = state.current;
    if (cur && cur.by !== this.view.index && this.acceptable(cur.outcome)) {
      const last = this.sent.length ? this.sent[this.sent.length - 1].utility : null;
      const ok = this.acceptance.accept({
        offer: this.utility(cur.outcome),
        next: next.utility,
        previous: last,
        lowestSent: this.lowestSent,
        time: state.time,
        received: this.received
      });
      if (ok) return { type: "accept" };
    }
    this.sent.push({ outcome: next.outcome, utility: next.utility, time: state.time });
    if (this.lowestSent === null || next.utility < this.lowestSent) this.lowestSent = next.utility;
    return { type: "offer", outcome: next.outcome.slice() };
  }
  observe(e) {
    if (e.action.type !== "offer" || e.party === this.view.index) return;
    const r = {
      outcome: e.action.outcome.slice(),
      utility: this.utility(e.action.outcome),
      time: e.time,
      by: e.party
    };
    this.received.push(r);
    this.onOffer(r);
  }
  vote(p) {
    if (this.hopeless) return "walk";
    if (!this.allowed(p.proposed)) return "veto";
    const now = this.utility(p.current);
    const next = this.utility(p.proposed);
    if (next >= now - EPS) return "accept";
    return next >= this.aspiration(p.time) - EPS ? "accept" : "veto";
  }
  ratify(text) {
    return this.acceptable(text);
  }
};

// src/negotiation/protocols/clock.ts
var Clock = class {
  constructor(deadline, actors) {
    this.deadline = deadline;
    this.actors = actors;
    if ("rounds" in deadline) {
      if (!Number.isInteger(deadline.rounds) || deadline.rounds < 1) {
        throw new CgError({
          code: "bad_deadline",
          path: ["rounds"],
          message: "rounds must be a whole number >= 1",
          received: String(deadline.rounds)
        });
      }
      this.costs = null;
      this.limit = deadline.rounds * actors;
    } else {
      if (!(deadline.time > 0) || !Number.isFinite(deadline.time)) {
        throw new CgError({
          code: "bad_deadline",
          path: ["time"],
          message: "time must be a positive number",
          received: String(deadline.time)
        });
      }
      const c = deadline.actionCost ?? 1;
      const costs = Array.isArray(c) ? c : Array.from({ length: actors }, () => c);
      if (costs.some((x) => !(x > 0) || !Number.isFinite(x))) {
        throw new CgError({
          code: "bad_deadline",
          path: ["actionCost"],
          message: "--action-cost: every cost must be a positive number",
          received: costs.join(",")
        });
      }
      if (costs.length !== actors) {
        const who = actors === 1 ? "the mediated protocol has one actor (the mediator; parties only vote): give one value" : `${actors} parties: give one value, or one per party`;
        throw new CgError({
          code: "bad_deadline",
          path: ["actionCost"],
          message: `--action-cost: ${costs.length} values given${actors === 1 ? ", but" : " for"} ${who}`,
          received: costs.join(",")
        });
      }
      this.costs = costs;
      this.limit = deadline.time;
    }
  }
  deadline;
  actors;
  elapsed = 0;
  steps = 0;
  costs;
  limit;
  /** Relative time in [0, 1). */
  get time() {
    return this.costs ? this.elapsed / this.limit : this.steps / this.limit;
  }
  get step() {
    return this.steps;
  }
  get round() {
    return Math.floor(this.steps / this.actors);
  }
  get expired() {
    return this.costs ? this.elapsed >= this.limit : this.steps >= this.limit;
  }
  /** Record one action by `actor`. */
  advance(actor) {
    this.steps++;
    if (this.costs) this.elapsed += this.costs[actor];
  }
};

// src/negotiation/protocols/alternating.ts
function checkOffer(domain, o, party) {
  const ok = Array.isArray(o) && o.length === domain.issues.length && o.every((k, j) => Number.isInteger(k) && k >= 0 && k < domain.issues[j].options.length);
  if (!ok)
    throw new Error(
      `protocol violation: party ${party} offered ${JSON.stringify(o)}, not an outcome of domain ${domain.id}`
    );
}
function runAlternatingOffers(domain, negotiators, opts) {
  const n = negotiators.length;
  if (n < 2) throw new Error("alternating offers needs at least two parties");
  const clock = new Clock(opts.deadline, n);
  const record = opts.record ?? true;
  const offers = [];
  let current = null;
  let accepts = 0;
  let lastTime = 0;
  while (!clock.expired) {
    const step = clock.step;
    const party = step % n;
    const round = Math.floor(step / n);
    const time = clock.time;
    lastTime = time;
    const action = negotiators[party].act({
      round,
      step,
      time,
      current: current ? { outcome: current.outcome.slice(), by: current.by } : null
    });
    if (action.type === "offer") checkOffer(domain, action.outcome, party);
    else if (action.type === "accept" && !current)
      throw new Error(`protocol violation: party ${party} accepted with no offer on the table`);
    if (record) {
      const rec = { step, round, time, party, kind: action.type };
      if (action.type === "offer") {
        rec.outcome = action.outcome.slice();
        rec.utilities = utilities(domain, action.outcome);
      }
      offers.push(rec);
      opts.onRecord?.(rec);
    }
    const event = {
      party,
      round,
      step,
      time,
      action: action.type === "offer" ? { type: "offer", outcome: action.outcome.slice() } : action
    };
    clock.advance(party);
    if (action.type === "walk") {
      broadcast(negotiators, party, event);
      return { agreement: null, end: "walkaway", walkedAway: party, rounds: round + 1, steps: step + 1, time, offers };
    }
    if (action.type === "accept") {
      accepts++;
      if (accepts === n - 1) {
        broadcast(negotiators, party, event);
        return {
          agreement: current.outcome.slice(),
          end: "agreement",
          rounds: round + 1,
          steps: step + 1,
          time,
          offers
        };
      }
    } else {
      current = { outcome: action.outcome.slice(), by: party };
      accepts = 0;
    }
    broadcast(negotiators, party, event);
  }
  return {
    agreement: null,
    end: "deadline",
    rounds: Math.ceil(clock.step / n),
    steps: clock.step,
    time: lastTime,
    offers
  };
}
function broadcast(negotiators, from, e) {
  negotiators.forEach((neg, i) => {
    if (i !== from) neg.observe(e);
  });
}

// src/negotiation/protocols/mediated.ts
var DEFAULT_MEDIATOR_ISSUES = 2;
function runMediated(domain, negotiators, opts) {
  const rng = createRng(opts.seed);
  const clock = new Clock(opts.deadline, 1);
  const record = opts.record ?? true;
  const offers = [];
  const sizes = domain.issues.map((i) => i.options.length);
  const movable = sizes.map((k, j) => k > 1 ? j : -1).filter((j) => j >= 0);
  let text = opts.initial?.slice() ?? statusQuoOutcome(domain) ?? sizes.map((k) => rng.int(k));
  let lastTime = 0;
  const maxIssues = opts.maxIssues ?? DEFAULT_MEDIATOR_ISSUES;
  if (!Number.isInteger(maxIssues) || maxIssues < 1) {
    throw new CgError({
      code: "bad_mediator",
      path: ["mediatorIssues"],
      message: "the mediator must change a whole number >= 1 of issues per proposal",
      received: String(maxIssues)
    });
  }
  while (!clock.expired && movable.length > 0) {
    const step = clock.step;
    const time = clock.time;
    lastTime = time;
    const m = 1 + rng.int(Math.min(maxIssues, movable.length));
    const pool = movable.slice();
    const proposed = text.slice();
    const changed = [];
    for (let c = 0; c < m; c++) {
      const issue2 = pool.splice(rng.int(pool.length), 1)[0];
      let option2 = rng.int(sizes[issue2] - 1);
      if (option2 >= text[issue2]) option2++;
      proposed[issue2] = option2;
      changed.push(issue2);
    }
    changed.sort((a, b) => a - b);
    const issue = changed[0];
    const votes = negotiators.map(
      (neg) => neg.vote({
        round: step,
        time,
        current: text.slice(),
        proposed: proposed.slice(),
        issue,
        issues: changed.slice()
      })
    );
    const walker = votes.indexOf("walk");
    const adopted = walker < 0 && votes.every((v) => v === "accept");
    if (record) {
      offers.push({
        step,
        round: step,
        time,
        party: -1,
        kind: "proposal",
        outcome: proposed,
        issues: changed,
        utilities: utilities(domain, proposed),
        votes,
        adopted
      });
      opts.onRecord?.(offers[offers.length - 1]);
    }
    clock.advance(0);
    if (walker >= 0)
      return { agreement: null, end: "walkaway", walkedAway: walker, rounds: step + 1, steps: step + 1, time, offers };
    if (adopted) text = proposed;
  }
  const signed = negotiators.every((neg) => neg.ratify(text.slice(), 1));
  const rounds = clock.step;
  return signed ? { agreement: text, end: "agreement", rounds, steps: rounds, time: lastTime, offers } : { agreement: null, end: "rejected", rounds, steps: rounds, time: lastTime, offers };
}

// src/negotiation/acceptance/parse.ts
function bad(spec, message, pos) {
  throw new CgError({
    code: "bad_acceptance",
    path: ["acceptance"],
    message: `${message}${pos !== void 0 ? ` at character ${pos + 1}` : ""}`,
    expected: "next | next(a,b) | prev | const(c) | time(T) | combi(T) | combi_avg(T) | lowest | and(..) | or(..) | not(..)",
    received: JSON.stringify(spec)
  });
}
function parseNode(spec) {
  let i = 0;
  const skip = () => {
    while (spec[i] === " ") i++;
  };
  const node = () => {
    skip();
    const m = /^[A-Za-z_]+/.exec(spec.slice(i));
    if (!m) {
      const n = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(spec.slice(i));
      if (!n) bad(spec, "expected a condition name or a number", i);
      i += n[0].length;
      return Number(n[0]);
    }
    i += m[0].length;
    const out = { name: m[0].toLowerCase(), args: [] };
    skip();
    if (spec[i] === "(") {
      i++;
      skip();
      if (spec[i] !== ")") {
        for (; ; ) {
          out.args.push(node());
          skip();
          if (spec[i] === ",") {
            i++;
            continue;
          }
          if (spec[i] === ")") break;
          bad(spec, "expected ',' or ')'", i);
        }
      }
      i++;
    }
    return out;
  };
  const root = node();
  skip();
  if (i !== spec.length) bad(spec, "unexpected text", i);
  if (typeof root === "number") bad(spec, "a condition cannot be a bare number");
  return root;
}
function build(spec, n) {
  const nums = (min, max) => {
    if (n.args.length < min || n.args.length > max || n.args.some((a) => typeof a !== "number")) {
      bad(spec, `${n.name} takes ${min === max ? min : `${min} to ${max}`} number argument${max === 1 ? "" : "s"}`);
    }
    return n.args;
  };
  const conds = (min) => {
    if (n.args.length < min || n.args.some((a) => typeof a === "number"))
      bad(spec, `${n.name} takes at least ${min} condition${min === 1 ? "" : "s"}`);
    return n.args.map((a) => build(spec, a));
  };
  const unit = (x, what) => {
    if (!(x >= 0 && x <= 1)) bad(spec, `${what} must be between 0 and 1`);
    return x;
  };
  switch (n.name) {
    case "next": {
      const [a = 1, b = 0] = nums(0, 2);
      return acNext(a, b);
    }
    case "prev": {
      const [a = 1, b = 0] = nums(0, 2);
      return acPrev(a, b);
    }
    case "const":
      return acConst(nums(1, 1)[0]);
    case "time":
      return acTime(unit(nums(1, 1)[0], "time(T): T"));
    case "combi":
    case "combi_max":
      return acCombi(unit(nums(1, 1)[0], "combi(T): T"), "max");
    case "combi_avg":
      return acCombi(unit(nums(1, 1)[0], "combi_avg(T): T"), "avg");
    case "lowest":
      nums(0, 0);
      return acLowest();
    case "and":
      return acAnd(...conds(1));
    case "or":
      return acOr(...conds(1));
    case "not": {
      const c = conds(1);
      if (c.length !== 1) bad(spec, "not takes exactly one condition");
      return acNot(c[0]);
    }
    default:
      return bad(spec, `unknown acceptance condition "${n.name}"`);
  }
}
function parseAcceptance(spec) {
  return build(spec, parseNode(spec.trim()));
}

// src/negotiation/opponent/frequency.ts
var LEARNING_COEF = 0.2;
var VALUE_ADDITION = 1;
var FrequencyModel = class {
  weights;
  counts;
  last = null;
  bids = 0;
  constructor(sizes) {
    const n = sizes.length;
    this.weights = sizes.map(() => 1 / n);
    this.counts = sizes.map((k) => new Array(k).fill(1));
  }
  /** Number of bids the model has seen. */
  get observed() {
    return this.bids;
  }
  update(bid) {
    const n = this.weights.length;
    if (this.last) {
      const unchanged = bid.map((k, j) => k === this.last[j]);
      const u = unchanged.filter(Boolean).length;
      const golden = LEARNING_COEF / n;
      const total = 1 + golden * u;
      const maxWeight = 1 - n * golden / total;
      for (let j = 0; j < n; j++) {
        if (unchanged[j] && this.weights[j] < maxWeight) this.weights[j] = (this.weights[j] + golden) / total;
        else this.weights[j] = this.weights[j] / total;
      }
      bid.forEach((k, j) => this.counts[j][k] += VALUE_ADDITION);
    }
    this.last = bid.slice();
    this.bids++;
  }
  /** Additive table: table[j][k] = w_j * count_j(k) / max_k count_j(k). */
  table() {
    return this.counts.map((row, j) => {
      const m = Math.max(...row);
      return row.map((c) => this.weights[j] * c / m);
    });
  }
  utility(o) {
    const t = this.table();
    return o.reduce((s, k, j) => s + t[j][k], 0);
  }
};
function sumTables(tables, sizes) {
  return sizes.map((k, j) => Array.from({ length: k }, (_, o) => tables.reduce((s, t) => s + t[j][o], 0)));
}

// src/negotiation/strategies/strategy.ts
var AC_PARAM = {
  kind: "acceptance",
  description: "acceptance condition (see the acceptance condition syntax)",
  default: "next"
};
function num(params, key, fallback) {
  const v = params[key];
  return typeof v === "number" ? v : fallback;
}
function ac(params) {
  const v = params.ac;
  return typeof v === "object" ? v : void 0;
}

// src/negotiation/strategies/hardheaded.ts
var UTILITY_TOLERANCE = 0.01;
var HardHeadedAgent = class extends Agent {
  constructor(strategy, view, rng, ka, e, opts = {}) {
    super(strategy, view, rng, { ...opts, acceptance: opts.acceptance ?? acOr(acLowest(), acNext()) });
    this.ka = ka;
    this.e = e;
  }
  ka;
  e;
  models = /* @__PURE__ */ new Map();
  target(t) {
    const F = this.ka + (1 - this.ka) * Math.pow(t, 1 / this.e);
    return this.pmin + (1 - F) * (this.pmax - this.pmin);
  }
  onOffer(r) {
    let m = this.models.get(r.by);
    if (!m) this.models.set(r.by, m = new FrequencyModel(this.view.issues.map((i) => i.options.length)));
    m.update(r.outcome);
  }
  aspiration(time) {
    return this.target(time);
  }
  bid(state) {
    if (this.sent.length === 0 || this.models.size === 0) return this.bestBid();
    const p = this.target(state.time);
    const sizes = this.view.issues.map((i) => i.options.length);
    const table = sumTables(
      [...this.models.values()].map((m) => m.table()),
      sizes
    );
    let planned = this.search.bestInRange(p, p + UTILITY_TOLERANCE, table) ?? this.search.atLeast(p) ?? this.bestBid();
    let best = null;
    for (const r of this.received) if (!best || r.utility > best.utility) best = r;
    if (best && best.utility >= planned.utility) planned = { outcome: best.outcome.slice(), utility: best.utility };
    return planned;
  }
};
var hardheaded = {
  id: "hardheaded",
  name: "HardHeaded",
  description: "Very Boulware concession; among bids at its target it offers the one best for a frequency model of the opponent.",
  citation: "van Krimpen, Looije & Hajizadeh (2013) HardHeaded, ANAC 2011 winner; Genius 10.4 agents.anac.y2011.HardHeaded.KLH",
  params: {
    ka: { kind: "number", description: "initial concession Ka", default: 0.05, min: 0, max: 1 },
    e: { kind: "number", description: "concession exponent", default: 0.05, min: 1e-4 },
    ac: { ...AC_PARAM, default: "or(lowest,next)" }
  },
  create: (view, params, rng, spec) => new HardHeadedAgent(spec, view, rng, num(params, "ka", 0.05), num(params, "e", 0.05), { acceptance: ac(params) })
};

// src/negotiation/strategies/hardliner.ts
var HardlinerAgent = class extends Agent {
  constructor(strategy, view, rng, opts = {}) {
    super(strategy, view, rng, opts);
  }
  bid() {
    return this.bestBid();
  }
};
var hardliner = {
  id: "hardliner",
  name: "Hardliner",
  description: "Always bids its best outcome; accepts only offers at least as good.",
  citation: "Genius 10.4 agents.TimeDependentAgent with e = 0 (hardball); Faratin, Sierra & Jennings (1998)",
  params: { ac: AC_PARAM },
  create: (view, params, rng, spec) => new HardlinerAgent(spec, view, rng, { acceptance: ac(params) })
};

// src/negotiation/strategies/naive-tft.ts
var NaiveTitForTatAgent = class extends Agent {
  constructor(strategy, view, rng, kindness, opts = {}) {
    super(strategy, view, rng, opts);
    this.kindness = kindness;
    this.demand = this.pmax;
  }
  kindness;
  demand;
  initialConcessionDone = false;
  bid() {
    if (this.sent.length === 0) return this.bestBid();
    const r = this.received;
    if (r.length >= 2) {
      const d = r[r.length - 1].utility - r[r.length - 2].utility;
      if (d > 0) this.demand -= d * (1 + this.kindness);
    }
    if (!this.initialConcessionDone) {
      this.initialConcessionDone = true;
      const lower = this.search.atMost(this.demand - 1e-6);
      if (lower) this.demand = Math.min(this.demand, lower.utility);
    }
    this.demand = Math.max(this.demand, this.pmin);
    return this.search.nearest(this.demand) ?? this.bestBid();
  }
};
var naiveTft = {
  id: "naive-tft",
  name: "Naive Tit-for-Tat",
  description: "Mirrors the opponent's concessions as measured in its own utility (assumes zero-sum); opens with its best bid.",
  citation: "Baarslag, Hindriks & Jonker (2013) A tit for tat negotiation strategy for real-time bilateral negotiations; Faratin et al. (1998); NegMAS NaiveTitForTatNegotiator",
  params: {
    kindness: {
      kind: "number",
      description: "extra share of each mirrored concession (0 = exact mirror)",
      default: 0,
      min: -1
    },
    ac: AC_PARAM
  },
  create: (view, params, rng, spec) => new NaiveTitForTatAgent(spec, view, rng, num(params, "kindness", 0), { acceptance: ac(params) })
};

// src/negotiation/strategies/nice-tft.ts
var NASH_LEVELS = 24;
var NiceTitForTatAgent = class extends Agent {
  models = /* @__PURE__ */ new Map();
  myNash = 0.7;
  nashAt = -1;
  size;
  constructor(strategy, view, rng, opts = {}) {
    super(strategy, view, rng, opts);
    this.size = view.issues.reduce((p, i) => p * i.options.length, 1);
    if (!opts.acceptance) this.acceptance = this.niceAcceptance();
  }
  norm(u) {
    const span = this.pmax - this.pmin;
    return span > 0 ? (u - this.pmin) / span : 1;
  }
  denorm(x) {
    return this.pmin + x * (this.pmax - this.pmin);
  }
  /** Genius: learn until t = 0.99, and in big domains (> 10,000 outcomes) only until t = 0.5. */
  canUpdate(t) {
    return t <= 0.99 && (this.size <= 1e4 || t <= 0.5);
  }
  onOffer(r) {
    if (!this.canUpdate(r.time) && this.models.size > 0) return;
    let m = this.models.get(r.by);
    if (!m) this.models.set(r.by, m = new FrequencyModel(this.view.issues.map((i) => i.options.length)));
    m.update(r.outcome);
  }
  modelTable() {
    const sizes = this.view.issues.map((i) => i.options.length);
    return sumTables(
      [...this.models.values()].map((m) => m.table()),
      sizes
    );
  }
  updateNash(table) {
    let best = -Infinity;
    let nash = 0.7;
    for (let l = 0; l <= NASH_LEVELS; l++) {
      const x = l / NASH_LEVELS;
      const f = this.search.bestInRange(this.denorm(x), this.pmax, table);
      if (!f) continue;
      const opp = f.outcome.reduce((s, k, j) => s + table[j][k], 0);
      const prod = this.norm(f.utility) * opp;
      if (prod > best) {
        best = prod;
        nash = this.norm(f.utility);
      }
    }
    const first = this.received.length ? this.norm(this.received[0].utility) : 0;
    const mult = Math.max(0, 1.4 - 0.6 * (1 - first));
    this.myNash = Math.min(1, Math.max(0.5, nash * mult));
  }
  bid(state) {
    const r = this.received;
    if (r.length === 0) return this.bestBid();
    const table = this.modelTable();
    if (this.nashAt < 0 || this.sent.length % 10 === 0 && this.canUpdate(state.time) && this.nashAt !== r.length) {
      this.updateNash(table);
      this.nashAt = r.length;
    }
    let bestReceived = r[0];
    for (const x of r) if (x.utility > bestReceived.utility) bestReceived = x;
    const firstBids = r.filter((x) => x.time <= 0.01);
    const minFirst = this.norm(firstBids.length ? Math.min(...firstBids.map((x) => x.utility)) : r[0].utility);
    const concession = this.norm(bestReceived.utility) - minFirst;
    const gapNash = this.myNash - minFirst;
    const factor = gapNash > 0 ? Math.min(1, Math.max(0, concession / gapNash)) : 1;
    let target = 1 - factor * (1 - this.myNash);
    const t0 = this.size > 3e3 ? 0.85 : 0.91;
    const bonus = Math.max(0.1, Math.min(1, 20 * (state.time - t0)));
    target -= bonus * Math.max(0, target - this.myNash);
    target = Math.min(1, Math.max(0, target));
    const lo = this.denorm(0.98 * target);
    let planned = this.search.bestInRange(lo, this.denorm(target + 0.05), table) ?? this.search.bestInRange(lo, this.pmax, table) ?? this.bestBid();
    if (bestReceived.utility >= planned.utility)
      planned = { outcome: bestReceived.outcome.slice(), utility: bestReceived.utility };
    return planned;
  }
  niceAcceptance() {
    const enough = this.size > 1e4 ? 40 : 10;
    return {
      spec: "nice-tft",
      accept: (i) => {
        if (i.offer >= i.next) return true;
        if (i.time < 0.98) return false;
        const left = 1 - i.time;
        const recent = i.received.filter((x) => x.time >= i.time - left);
        if (recent.length > enough) return false;
        const better = recent.filter((x) => x.utility > i.offer);
        const expected = better.length ? better.reduce((s, x) => s + x.utility, 0) / better.length : 0;
        return i.offer > expected;
      }
    };
  }
};
var niceTft = {
  id: "nice-tft",
  name: "Nice Tit-for-Tat",
  description: "Reciprocates the opponent's concessions relative to the estimated Nash point, offering the bid best for a frequency opponent model at its target; never retaliates.",
  citation: "Baarslag, Hindriks & Jonker (2013) A tit for tat negotiation strategy for real-time bilateral negotiations; Genius 10.4 NiceTitForTat (ANAC 2011)",
  params: { ac: { ...AC_PARAM, default: "nice-tft (AC_next, then expected-utility rule from t = 0.98)" } },
  create: (view, params, rng, spec) => new NiceTitForTatAgent(spec, view, rng, { acceptance: ac(params) })
};

// src/negotiation/strategies/random.ts
var RandomAgent = class extends Agent {
  constructor(strategy, view, rng, opts = {}) {
    super(strategy, view, rng, opts);
  }
  bid() {
    const sizes = this.view.issues.map((i) => i.options.length);
    for (let tries = 0; tries < 64; tries++) {
      const o = sizes.map((k) => this.rng.int(k));
      if (this.acceptable(o)) return { outcome: o, utility: this.utility(o) };
    }
    const table = sizes.map((k) => Array.from({ length: k }, () => this.rng.next()));
    return this.search.bestInRange(this.view.noDeal, this.pmax, table) ?? this.bestBid();
  }
  vote(p) {
    if (this.hopeless) return "walk";
    if (!this.allowed(p.proposed) || this.utility(p.proposed) < this.view.noDeal - EPS) return "veto";
    return this.rng.chance(0.5) ? "accept" : "veto";
  }
};
var random = {
  id: "random",
  name: "Random",
  description: "Bids seeded random outcomes it could accept itself; accepts offers at least as good as its next random bid.",
  citation: "Baseline as in Genius' RandomCounterOfferParty and NegMAS RandomNegotiator",
  params: { ac: AC_PARAM },
  create: (view, params, rng, spec) => new RandomAgent(spec, view, rng, { acceptance: ac(params) })
};

// src/negotiation/strategies/time-dependent.ts
var TimeDependentAgent = class extends Agent {
  constructor(strategy, view, rng, e, k, opts = {}) {
    super(strategy, view, rng, opts);
    this.e = e;
    this.k = k;
  }
  e;
  k;
  f(t) {
    if (this.e === 0) return this.k;
    return this.k + (1 - this.k) * Math.pow(t, 1 / this.e);
  }
  /** Target utility p(t). */
  target(t) {
    return this.pmin + (this.pmax - this.pmin) * (1 - this.f(t));
  }
  bid(state) {
    return this.search.nearest(this.target(state.time)) ?? this.bestBid();
  }
  aspiration(time) {
    return this.target(time);
  }
};
var CITATION = "Faratin, Sierra & Jennings (1998) Negotiation decision functions for autonomous agents; Fatima, Wooldridge & Jennings (2001); Genius 10.4 agents.TimeDependentAgent (Baarslag, Hendrikx)";
function make(id, name, e, description) {
  return {
    id,
    name,
    description,
    citation: CITATION,
    params: {
      e: {
        kind: "number",
        description: "concession exponent (e < 1 Boulware, 1 linear, > 1 Conceder, 0 Hardliner)",
        default: e,
        min: 0
      },
      k: { kind: "number", description: "initial concession f(0)", default: 0, min: 0, max: 1 },
      ac: AC_PARAM
    },
    create: (view, params, rng, spec) => new TimeDependentAgent(spec, view, rng, num(params, "e", e), num(params, "k", 0), { acceptance: ac(params) })
  };
}
var boulware = make(
  "boulware",
  "Boulware",
  0.2,
  "Time-dependent with e = 0.2: holds near its best bid and concedes only close to the deadline."
);
var linear = make(
  "linear",
  "Linear",
  1,
  "Time-dependent with e = 1: concedes at a constant rate from its best bid to its minimum."
);
var conceder = make("conceder", "Conceder", 2, "Time-dependent with e = 2: concedes quickly early on.");
var timeDependent = make(
  "time-dependent",
  "Time-dependent",
  1,
  "Time-dependent concession with a chosen exponent e and initial concession k."
);

// src/negotiation/strategies/registry.ts
var STRATEGIES = [
  boulware,
  linear,
  conceder,
  timeDependent,
  hardliner,
  random,
  naiveTft,
  niceTft,
  hardheaded
];
function strategyById(id) {
  return STRATEGIES.find((s) => s.id === id);
}
function splitTopLevel(list, sep = ",") {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of list) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === sep && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((s) => s !== "");
}
function parseAgentSpec(spec, path = ["agents"]) {
  const parts = splitTopLevel(spec, ":");
  if (parts.length === 0)
    throw new CgError({
      code: "no_agents",
      path,
      message: "empty agent spec",
      expected: STRATEGIES.map((s) => s.id).join(", ")
    });
  const id = parts[0].trim().toLowerCase();
  const strategy = strategyById(id);
  if (!strategy) {
    throw new CgError({
      code: "unknown_strategy",
      path,
      message: `unknown strategy "${parts[0]}"`,
      expected: STRATEGIES.map((s) => s.id).join(", "),
      received: JSON.stringify(spec)
    });
  }
  const params = {};
  const problems = [];
  for (const part of parts.slice(1)) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? "" : part.slice(eq + 1).trim();
    const p = strategy.params[key];
    if (p && key in params) {
      problems.push({
        code: "bad_parameter",
        path: [...path, key],
        message: `${strategy.id}: ${key} is given twice`,
        expected: `${key} once`,
        received: JSON.stringify(spec)
      });
      continue;
    }
    if (!p) {
      problems.push({
        code: "unknown_parameter",
        path: [...path, key],
        message: `${strategy.id} has no parameter "${key}"`,
        expected: Object.keys(strategy.params).join(", ") || "no parameters",
        received: JSON.stringify(part)
      });
      continue;
    }
    if (p.kind === "acceptance") {
      try {
        params[key] = parseAcceptance(value);
      } catch (e) {
        if (!isCgError(e)) throw e;
        problems.push(...e.problems.map((q) => ({ ...q, path: [...path, key] })));
      }
      continue;
    }
    const x = Number(value);
    if (value === "" || !Number.isFinite(x) || p.min !== void 0 && x < p.min || p.max !== void 0 && x > p.max) {
      problems.push({
        code: "bad_parameter",
        path: [...path, key],
        message: `${strategy.id}: ${key} must be a number${p.min !== void 0 ? ` >= ${p.min}` : ""}${p.max !== void 0 ? ` and <= ${p.max}` : ""}`,
        received: JSON.stringify(value)
      });
      continue;
    }
    params[key] = x;
  }
  if (problems.length) throw new CgError(problems);
  return { spec: spec.trim(), strategy, params };
}
function parseAgentList(list) {
  const specs = splitTopLevel(list);
  if (specs.length === 0)
    throw new CgError({
      code: "no_agents",
      path: ["agents"],
      message: "no agents given",
      expected: STRATEGIES.map((s) => s.id).join(", ")
    });
  return specs.map((s, i) => parseAgentSpec(s, ["agents", i]));
}
function createNegotiator(agent, view, rng) {
  const a = typeof agent === "string" ? parseAgentSpec(agent) : agent;
  return a.strategy.create(view, a.params, rng, a.spec);
}

// src/negotiation/session.ts
var DEFAULT_ROUNDS = 100;
function resolveProtocol(domain, protocol) {
  const n = domain.parties.length;
  const p = protocol ?? (n === 2 ? "alternating" : "stacked");
  if (p === "alternating" && n !== 2) {
    throw new CgError({
      code: "bad_protocol",
      path: ["protocol"],
      message: `alternating offers is bilateral but ${domain.id} has ${n} parties; use stacked or mediated`,
      received: p
    });
  }
  if (n < 2)
    throw new CgError({
      code: "bad_protocol",
      path: ["parties"],
      message: `a negotiation needs at least two parties; ${domain.id} has ${n}`
    });
  return p;
}
function runSession(domain, config) {
  const n = domain.parties.length;
  const protocol = resolveProtocol(domain, config.protocol);
  const seed = (config.seed ?? 1) >>> 0;
  const specs = config.agents.map((a, i) => typeof a === "string" ? parseAgentSpec(a, ["agents", i]) : a);
  if (!config.negotiators && specs.length !== n) {
    throw new CgError({
      code: "agent_count",
      path: ["agents"],
      message: `${domain.id} has ${n} parties (${domain.parties.map((p) => p.id).join(", ")}) but ${specs.length} agent${specs.length === 1 ? " was" : "s were"} given`,
      expected: `${n} agents`,
      received: String(specs.length)
    });
  }
  const negotiators = domain.parties.map((_, p) => {
    const rng = createRng(deriveSeed(seed, "agent", p));
    const view = viewOf(domain, p);
    return config.negotiators ? config.negotiators(view, rng, p) : createNegotiator(specs[p], view, rng);
  });
  const deadline = config.deadline ?? { rounds: DEFAULT_ROUNDS };
  const record = config.record ?? true;
  const r = protocol === "mediated" ? runMediated(domain, negotiators, {
    deadline,
    seed: deriveSeed(seed, "mediator"),
    record,
    initial: config.initialText,
    maxIssues: config.mediatorIssues,
    onRecord: config.onRecord
  }) : runAlternatingOffers(domain, negotiators, { deadline, record, onRecord: config.onRecord });
  const noDeal = noDealUtilities(domain);
  const agreementUtilities = r.agreement ? utilities(domain, r.agreement) : null;
  return {
    ...r,
    domain: domain.id,
    protocol,
    parties: domain.parties.map((p) => p.id),
    agents: negotiators.map((x) => x.strategy),
    seed,
    utilities: agreementUtilities ?? noDeal,
    agreementUtilities,
    noDeal
  };
}

// src/negotiation/delinked.ts
function requireStatusQuo(domain) {
  const sq = statusQuoOutcome(domain);
  if (sq) return sq;
  const missing = domain.issues.filter((i) => i.statusQuo === void 0).map((i) => i.id);
  throw new CgError({
    code: "no_status_quo",
    path: ["issues"],
    message: `delinked mode needs a status quo on every issue (what no agreement on that issue means); ${domain.id} has none on ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", \u2026" : ""}. Give one with --status-quo "issue=option;..."`
  });
}
function issueDomain(domain, j, base) {
  const issue = domain.issues[j];
  const o = base.slice();
  return {
    id: `${domain.id}#${issue.id}`,
    name: `${domain.name}: ${issue.name}`,
    parties: domain.parties.map((p) => ({ ...p })),
    issues: [{ ...issue, options: [...issue.options], statusQuo: base[j] }],
    utilities: domain.utilities.map((u) => {
      const row = [];
      const redLines = [];
      issue.options.forEach((_, k) => {
        o[j] = k;
        row.push(utilityOf(u, o));
        if (u.redLines.some((l) => violates(l, o))) redLines.push({ options: [{ issue: 0, option: k }] });
      });
      return { table: [row], constant: 0, interactions: [], redLines };
    }),
    meta: { delinkedFrom: domain.id, issue: issue.id }
  };
}
function liftRecord(rec, j, base) {
  if (!rec.outcome) return rec;
  const full = base.slice();
  full[j] = rec.outcome[0];
  return { ...rec, outcome: full, ...rec.issues ? { issues: [j] } : {} };
}
function runDelinked(domain, config) {
  const sq = requireStatusQuo(domain);
  const order = config.order ?? "sequential";
  const seed = (config.seed ?? 1) >>> 0;
  const combined = sq.slice();
  const sessions = [];
  domain.issues.forEach((issue, j) => {
    const base = order === "sequential" ? combined.slice() : sq.slice();
    const sub = issueDomain(domain, j, base);
    const { onRecord, ...rest } = config;
    const result = runSession(sub, {
      ...rest,
      seed: deriveSeed(seed, "issue", j),
      onRecord: onRecord && ((rec) => onRecord(liftRecord(rec, j, base), j))
    });
    const agreed = result.agreement ? result.agreement[0] : null;
    if (agreed !== null) combined[j] = agreed;
    sessions.push({ issue: issue.id, index: j, base, result, agreed });
  });
  return {
    domain: domain.id,
    order,
    seed,
    sessions,
    outcome: combined,
    utilities: utilities(domain, combined),
    statusQuoUtilities: utilities(domain, sq),
    issuesAgreed: sessions.filter((s) => s.agreed !== null).length,
    issuesChanged: sessions.filter((s) => s.agreed !== null && s.agreed !== sq[s.index]).length,
    feasible: isFeasible(domain, combined),
    rounds: sessions.reduce((s, x) => s + x.result.rounds, 0)
  };
}

// src/negotiation/metrics.ts
function referenceFor(domain) {
  const frontier = computeFrontier(domain);
  const noDeal = noDealUtilities(domain);
  const sol = bargainingSolutions(domain, frontier, noDeal);
  return { frontier, nash: sol.nash ? sol.nash.utilities.slice() : null, noDeal };
}
function euclid(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}
function distanceToFrontier(u, ref) {
  return ref.frontier.nearest(u)?.distance ?? NaN;
}
function distanceToNash(u, ref) {
  return ref.nash ? euclid(u, ref.nash) : null;
}

// src/negotiation/tournament.ts
function validateTournament(spec) {
  if (spec.agents.length === 0)
    throw new CgError({ code: "no_agents", path: ["agents"], message: "a tournament needs at least one agent" });
  spec.agents.forEach((a, i) => parseAgentSpec(a, ["agents", i]));
  const seen = /* @__PURE__ */ new Map();
  spec.agents.forEach((a, i) => {
    const key = a.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== void 0) {
      throw new CgError({
        code: "duplicate_agent",
        path: ["agents", i],
        message: `agent "${a}" is listed twice (also agents[${first}]); the ranking could not tell them apart`,
        expected: "distinct agent specs (self-play is included unless --no-self-play)"
      });
    }
    seen.set(key, i);
  });
  if (spec.domains.length === 0)
    throw new CgError({ code: "no_domains", path: ["domains"], message: "a tournament needs at least one domain" });
  const ids = spec.domains.map((d) => d.id);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0) {
    throw new CgError({
      code: "duplicate_domain",
      path: ["domains", twice],
      message: `two inputs are the domain "${ids[twice]}" (also domains[${ids.indexOf(ids[twice])}])`,
      expected: "each domain once (domains are named by their id, a Genius folder by its folder name)"
    });
  }
  const reps = spec.repetitions ?? 1;
  if (!Number.isInteger(reps) || reps < 1)
    throw new CgError({
      code: "bad_repetitions",
      path: ["repetitions"],
      message: "repetitions must be a whole number >= 1",
      received: String(reps)
    });
  spec.domains.forEach((d) => resolveProtocol(d, spec.protocol));
  if (spec.mode === "delinked") spec.domains.forEach(requireStatusQuo);
  if ((spec.selfPlay ?? true) === false) {
    const short = spec.domains.find((d) => d.parties.length > spec.agents.length);
    if (short)
      throw new CgError({
        code: "agent_count",
        path: ["agents"],
        message: `without self-play, ${short.id} (${short.parties.length} parties) needs at least ${short.parties.length} different agents`
      });
  }
}
var MAX_TOURNAMENT_SESSIONS = 1e6;
function tuplesOn(k, n, selfPlay) {
  if (selfPlay) return k ** n;
  let t = 1;
  for (let i = 0; i < n; i++) t *= Math.max(0, k - i);
  return t;
}
function tournamentSessionCount(spec) {
  const reps = spec.repetitions ?? 1;
  return spec.domains.reduce(
    (sum, d) => sum + tuplesOn(spec.agents.length, d.parties.length, spec.selfPlay ?? true) * reps,
    0
  );
}
function checkTournamentSize(spec) {
  const total = tournamentSessionCount(spec);
  if (total <= MAX_TOURNAMENT_SESSIONS) return;
  const k = spec.agents.length;
  const reps = spec.repetitions ?? 1;
  const selfPlay = spec.selfPlay ?? true;
  const per = spec.domains.map((d) => ({ d, n: tuplesOn(k, d.parties.length, selfPlay) * reps }));
  const big = per.reduce((a, b) => b.n > a.n ? b : a);
  const fmt2 = (x) => x.toLocaleString("en-US");
  const tuples = selfPlay ? `${k}^${big.d.parties.length}` : `${k}!/(${k}-${big.d.parties.length})!`;
  throw new CgError({
    code: "too_many_sessions",
    path: ["agents"],
    message: `${big.d.id}: ${k} agents for ${big.d.parties.length} parties make ${fmt2(big.n)} sessions (${tuples} ordered tuples x ${reps} repetition(s))${spec.domains.length > 1 ? `, ${fmt2(total)} in all` : ""}; a tournament may have at most ${fmt2(MAX_TOURNAMENT_SESSIONS)}`,
    expected: "fewer agents, --no-self-play, fewer repetitions, or the many-party domains in a tournament of their own with fewer agents",
    received: fmt2(total)
  });
}
function planTournament(spec) {
  checkTournamentSize(spec);
  const k = spec.agents.length;
  const reps = spec.repetitions ?? 1;
  const selfPlay = spec.selfPlay ?? true;
  const seed = (spec.seed ?? 1) >>> 0;
  const tasks = [];
  spec.domains.forEach((d, di) => {
    const n = d.parties.length;
    const total = k ** n;
    for (let code = 0; code < total; code++) {
      const tuple = [];
      let c = code;
      for (let p = 0; p < n; p++) {
        tuple.unshift(c % k);
        c = Math.floor(c / k);
      }
      if (!selfPlay && new Set(tuple).size < n) continue;
      for (let r = 0; r < reps; r++) {
        tasks.push({
          index: tasks.length,
          domain: di,
          agents: tuple,
          repetition: r,
          seed: deriveSeed(seed, d.id, tuple.join("-"), r)
        });
      }
    }
  });
  return tasks;
}
function runTask(spec, task, ref) {
  const domain = spec.domains[task.domain];
  const agents = task.agents.map((a) => spec.agents[a]);
  let utilities2;
  let agreement;
  let share;
  let moved;
  let rounds;
  let end;
  if ((spec.mode ?? "linked") === "delinked") {
    const r = runDelinked(domain, {
      agents,
      protocol: spec.protocol,
      deadline: spec.deadline,
      seed: task.seed,
      record: false,
      order: spec.order,
      mediatorIssues: spec.mediatorIssues
    });
    utilities2 = r.utilities;
    agreement = r.issuesAgreed > 0;
    share = r.issuesAgreed / domain.issues.length;
    moved = r.issuesChanged / domain.issues.length;
    rounds = r.rounds;
    end = "delinked";
  } else {
    const r = runSession(domain, {
      agents,
      protocol: spec.protocol,
      deadline: spec.deadline,
      seed: task.seed,
      record: false,
      mediatorIssues: spec.mediatorIssues
    });
    utilities2 = r.utilities;
    agreement = r.agreement !== null;
    share = agreement ? 1 : 0;
    const sq = statusQuoOutcome(domain);
    moved = r.agreement && sq && r.agreement.some((k, j) => k !== sq[j]) ? 1 : 0;
    rounds = r.rounds;
    end = r.end;
  }
  return {
    task: task.index,
    domain: task.domain,
    agents: task.agents,
    repetition: task.repetition,
    utilities: utilities2,
    agreement,
    agreementShare: share,
    movedShare: moved,
    rounds,
    end,
    welfare: utilities2.reduce((a, b) => a + b, 0),
    paretoDistance: distanceToFrontier(utilities2, ref),
    nashDistance: distanceToNash(utilities2, ref)
  };
}
function rank(spec, summaries) {
  const sorted = [...summaries].sort((a, b) => a.task - b.task);
  const acc = spec.agents.map(() => ({ n: 0, u: 0, agr: 0, w: 0, pd: 0, nd: 0, nn: 0, r: 0 }));
  for (const s of sorted) {
    s.agents.forEach((a, p) => {
      const x = acc[a];
      x.n++;
      x.u += s.utilities[p];
      x.agr += s.agreementShare;
      x.w += s.welfare;
      x.pd += s.paretoDistance;
      if (s.nashDistance !== null) {
        x.nd += s.nashDistance;
        x.nn++;
      }
      x.r += s.rounds;
    });
  }
  const rows = spec.agents.map((agent, i) => {
    const x = acc[i];
    const d = x.n || 1;
    return {
      rank: 0,
      agent,
      sessions: x.n,
      meanUtility: x.u / d,
      agreementRate: x.agr / d,
      socialWelfare: x.w / d,
      paretoDistance: x.pd / d,
      nashDistance: x.nn ? x.nd / x.nn : null,
      meanRounds: x.r / d
    };
  });
  rows.sort((a, b) => b.meanUtility - a.meanUtility || a.agent.localeCompare(b.agent));
  rows.forEach((r, i) => r.rank = i + 1);
  return rows;
}
function tournamentResult(spec, summaries) {
  return {
    domains: spec.domains.map((d) => d.id),
    agents: [...spec.agents],
    sessions: summaries.length,
    repetitions: spec.repetitions ?? 1,
    mode: spec.mode ?? "linked",
    ranking: rank(spec, summaries),
    summaries: [...summaries].sort((a, b) => a.task - b.task)
  };
}
function runTournament(spec, onProgress) {
  validateTournament(spec);
  const tasks = planTournament(spec);
  const refs = /* @__PURE__ */ new Map();
  const out = [];
  for (const t of tasks) {
    let ref = refs.get(t.domain);
    if (!ref) refs.set(t.domain, ref = referenceFor(spec.domains[t.domain]));
    out.push(runTask(spec, t, ref));
    onProgress?.(out.length, tasks.length);
  }
  return tournamentResult(spec, out);
}

// src/negotiation/random-domain.ts
function pick(rng, v) {
  return typeof v === "number" ? v : v[0] + rng.int(v[1] - v[0] + 1);
}
function monotone(rng, k) {
  if (k === 1) return [1];
  const steps = Array.from({ length: k - 1 }, () => 0.2 + rng.next());
  const total = steps.reduce((a, b) => a + b, 0);
  const out = [0];
  for (const s of steps) out.push(out[out.length - 1] + s / total);
  out[k - 1] = 1;
  return out;
}
function randomDomain(seed, opts = {}) {
  const rng = createRng(seed);
  const nParties = opts.parties ?? 2;
  const nIssues = pick(rng, opts.issues ?? [3, 5]);
  const sizes = Array.from({ length: nIssues }, () => pick(rng, opts.options ?? [2, 5]));
  const conflict = opts.conflict ?? "opposed";
  const issues = sizes.map((k, j) => ({
    id: `i${j}`,
    name: `Issue ${j}`,
    options: Array.from({ length: k }, (_, o) => `o${o}`),
    ...opts.statusQuo === false ? {} : { statusQuo: rng.int(k) }
  }));
  const utilities2 = [];
  for (let p = 0; p < nParties; p++) {
    const raw = sizes.map(() => 0.1 + rng.next());
    const sum = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => w / sum);
    const table = sizes.map((k, j) => {
      let values;
      if (conflict === "opposed") {
        values = monotone(rng, k);
        const increasing = p === 0 ? true : p === 1 ? false : rng.chance(0.5);
        if (!increasing) values = values.reverse();
      } else values = Array.from({ length: k }, () => rng.next());
      return values.map((v) => weights[j] * v);
    });
    const interactions = [];
    for (let t = 0; t < (opts.interactions ?? 0) && nIssues >= 2; t++) {
      const a = rng.int(nIssues);
      let b = rng.int(nIssues - 1);
      if (b >= a) b++;
      interactions.push({
        a: { issue: a, option: rng.int(sizes[a]) },
        b: { issue: b, option: rng.int(sizes[b]) },
        value: (rng.next() - 0.5) * 0.3
      });
    }
    const redLines = [];
    for (let t = 0; t < (opts.redLines ?? 0) && nIssues >= 2; t++) {
      const a = rng.int(nIssues);
      let b = rng.int(nIssues - 1);
      if (b >= a) b++;
      redLines.push({
        options: [
          { issue: a, option: rng.int(sizes[a]) },
          { issue: b, option: rng.int(sizes[b]) }
        ]
      });
    }
    const u = { table, constant: 0, interactions, redLines };
    if (opts.rectangles) {
      const items = [];
      for (let t = 0; t < opts.rectangles; t++) {
        const dims = Math.min(nIssues, 2 + rng.int(2));
        const chosen = /* @__PURE__ */ new Set();
        while (chosen.size < dims) chosen.add(rng.int(nIssues));
        items.push({
          utility: Math.round(rng.next() * 100) - 20,
          ranges: [...chosen].map((j) => {
            const x = rng.int(sizes[j]);
            const y = rng.int(sizes[j]);
            return { issue: j, min: Math.min(x, y), max: Math.max(x, y) };
          })
        });
      }
      u.rectangles = { items, scale: 400 };
    }
    if (opts.max !== void 0) u.max = opts.max;
    utilities2.push(u);
  }
  return {
    id: `random-${seed}`,
    name: `Random domain ${seed}`,
    parties: Array.from({ length: nParties }, (_, p) => ({
      id: `p${p}`,
      name: `Party ${p}`,
      reservation: opts.reservation ?? 0
    })),
    issues,
    utilities: utilities2,
    meta: { source: "synthetic: randomDomain(seed) in src/negotiation/random-domain.ts", seed, conflict }
  };
}

// src/negotiation/experiment.ts
function compareSpecs(spec) {
  spec.domains.forEach(requireStatusQuo);
  return [
    { ...spec, mode: "linked" },
    { ...spec, mode: "delinked" }
  ];
}
function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}
function linkageComparison(spec, linked, delinked) {
  const sqJoint = spec.domains.map((d) => utilities(d, statusQuoOutcome(d)).reduce((a, b) => a + b, 0));
  const groups = /* @__PURE__ */ new Map();
  const key = (s) => `${s.domain}|${s.agents.join(",")}`;
  for (const s of linked.summaries) {
    const k = key(s);
    if (!groups.has(k))
      groups.set(k, { domain: s.domain, agents: s.agents.map((a) => spec.agents[a]).join(" / "), l: [], d: [] });
    groups.get(k).l.push(s);
  }
  for (const s of delinked.summaries) groups.get(key(s)).d.push(s);
  const row = (domain, agents, l, d) => ({
    domain: spec.domains[domain].id,
    agents,
    sessions: l.length,
    linkedAgreement: mean(l.map((x) => x.agreementShare)),
    delinkedAgreement: mean(d.map((x) => x.agreementShare)),
    linkedMoved: mean(l.map((x) => x.movedShare)),
    delinkedMoved: mean(d.map((x) => x.movedShare)),
    linkedJoint: mean(l.map((x) => x.welfare)),
    delinkedJoint: mean(d.map((x) => x.welfare)),
    statusQuoJoint: sqJoint[domain]
  });
  const rows = [...groups.values()].map((g) => row(g.domain, g.agents, g.l, g.d));
  const byDomain = spec.domains.map((_, di) => {
    const l = linked.summaries.filter((s) => s.domain === di);
    const d = delinked.summaries.filter((s) => s.domain === di);
    return row(di, "all", l, d);
  });
  return { rows, byDomain, linked, delinked };
}

// src/negotiation/json.ts
function byParty(domain, values) {
  const out = {};
  domain.parties.forEach((p, i) => out[p.id] = values[i]);
  return out;
}
function offerJson(domain, o, issue) {
  const e = {
    step: o.step,
    round: o.round,
    time: o.time,
    party: o.party < 0 ? "mediator" : domain.parties[o.party].id,
    kind: o.kind
  };
  if (issue) e.issue = issue;
  if (o.outcome) e.outcome = outcomeToRecord(domain, o.outcome);
  if (o.utilities) e.utilities = byParty(domain, o.utilities);
  if (o.issues) e.issues = o.issues.map((j) => domain.issues[j].id);
  if (o.votes) e.votes = Object.fromEntries(o.votes.map((v, i) => [domain.parties[i].id, v]));
  if (o.adopted !== void 0) e.adopted = o.adopted;
  return e;
}
function offersSummary(domain, offers) {
  const parties = {};
  domain.parties.forEach((p, i) => {
    const mine = offers.filter((o) => o.party === i && o.kind === "offer");
    if (mine.length === 0) return;
    const first = mine[0].utilities?.[i] ?? null;
    const last = mine[mine.length - 1].utilities?.[i] ?? null;
    parties[p.id] = {
      offers: mine.length,
      firstUtility: first,
      lastUtility: last,
      conceded: first !== null && last !== null ? first - last : null
    };
  });
  return {
    actions: offers.length,
    offers: offers.filter((o) => o.kind === "offer" || o.kind === "proposal").length,
    accepted: offers.filter((o) => o.kind === "accept" || o.adopted === true).length,
    byParty: parties,
    first: offers.length ? offerJson(domain, offers[0]) : null,
    last: offers.length ? offerJson(domain, offers[offers.length - 1]) : null
  };
}
function distances(ref, u) {
  return ref ? { pareto: distanceToFrontier(u, ref), nash: distanceToNash(u, ref) } : null;
}
function agreementJson(domain, outcome, u) {
  return outcome && u ? { outcome: outcomeToRecord(domain, outcome), utilities: byParty(domain, u) } : null;
}
function sessionJson(domain, r, ref, offers) {
  return {
    domain: domain.id,
    mode: "linked",
    protocol: r.protocol,
    parties: r.parties,
    agents: r.agents,
    seed: r.seed,
    end: r.end,
    walkedAway: r.walkedAway !== void 0 ? domain.parties[r.walkedAway].id : null,
    agreement: agreementJson(domain, r.agreement, r.agreementUtilities),
    utilities: byParty(domain, r.utilities),
    noDeal: byParty(domain, r.noDeal),
    rounds: r.rounds,
    steps: r.steps,
    distances: distances(ref, r.utilities),
    nash: ref?.nash ? byParty(domain, ref.nash) : null,
    offers: offers === "all" ? r.offers.map((o) => offerJson(domain, o)) : offersSummary(domain, r.offers)
  };
}
function delinkedJson(domain, r, ref, offers) {
  const any = r.issuesAgreed > 0;
  return {
    domain: domain.id,
    mode: "delinked",
    order: r.order,
    protocol: r.sessions[0]?.result.protocol ?? null,
    parties: domain.parties.map((p) => p.id),
    agents: r.sessions[0]?.result.agents ?? [],
    seed: r.seed,
    agreement: any ? {
      ...agreementJson(domain, r.outcome, r.utilities),
      issuesAgreed: r.issuesAgreed,
      issuesChanged: r.issuesChanged
    } : null,
    outcome: outcomeToRecord(domain, r.outcome),
    utilities: byParty(domain, r.utilities),
    statusQuo: byParty(domain, r.statusQuoUtilities),
    noDeal: byParty(domain, noDealUtilities(domain)),
    feasible: r.feasible,
    rounds: r.rounds,
    steps: r.sessions.reduce((s, x) => s + x.result.steps, 0),
    distances: distances(ref, r.utilities),
    nash: ref?.nash ? byParty(domain, ref.nash) : null,
    issues: r.sessions.map((s) => ({
      issue: s.issue,
      agreed: s.agreed === null ? null : domain.issues[s.index].options[s.agreed],
      statusQuo: domain.issues[s.index].options[domain.issues[s.index].statusQuo],
      end: s.result.end,
      rounds: s.result.rounds,
      walkedAway: s.result.walkedAway !== void 0 ? domain.parties[s.result.walkedAway].id : null
    })),
    offers: offers === "all" ? r.sessions.flatMap(
      (s) => s.result.offers.map((o) => offerJson(domain, liftOffer(o, s.index, s.base), s.issue))
    ) : Object.fromEntries(
      r.sessions.map((s) => [
        s.issue,
        offersSummary(
          domain,
          s.result.offers.map((o) => liftOffer(o, s.index, s.base))
        )
      ])
    )
  };
}
function liftOffer(o, j, base) {
  if (!o.outcome) return o;
  const full = base.slice();
  full[j] = o.outcome[0];
  return { ...o, outcome: full, issues: o.issues ? [j] : void 0 };
}
function tournamentJson(r, extra = {}) {
  return {
    domains: r.domains,
    agents: r.agents,
    mode: r.mode,
    repetitions: r.repetitions,
    sessions: r.sessions,
    ...extra,
    ranking: r.ranking
  };
}
function comparisonJson(c, extra = {}) {
  return {
    ...extra,
    byDomain: c.byDomain,
    rows: c.rows,
    linkedRanking: c.linked.ranking,
    delinkedRanking: c.delinked.ranking
  };
}

// src/negotiation/report.ts
var f3 = (x) => x === null || x === void 0 || !Number.isFinite(x) ? "-" : x.toFixed(3);
var pct = (x) => Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : "-";
function option(domain, j, k) {
  return domain.issues[j].optionLabels?.[k] ?? domain.issues[j].options[k];
}
function grid(headers, rows, numeric) {
  const w = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r) => "  " + r.map((s, c) => numeric[c] ? s.padStart(w[c]) : s.padEnd(w[c])).join("  ").trimEnd();
  return [line(headers), "  " + w.map((x) => "-".repeat(x)).join("  "), ...rows.map(line)];
}
var WIDTH = 100;
function wrapList(prefix, items, suffix, indent = "    ") {
  const lines = [];
  let cur = prefix;
  let fresh = true;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? "," : suffix);
    const add = (fresh ? "" : " ") + piece;
    if (!fresh && cur.length + add.length > WIDTH) {
      lines.push(cur);
      cur = indent + piece;
    } else cur += add;
    fresh = false;
  });
  if (items.length === 0) cur += suffix;
  lines.push(cur);
  return lines;
}
function utilityRows(domain, rows) {
  const wide = grid(
    ["", ...domain.parties.map((p) => p.id)],
    rows.map(([label, u]) => [label, ...domain.parties.map((_, i) => u ? f3(u[i]) : "-")]),
    [false, ...domain.parties.map(() => true)]
  );
  if (wide.every((l) => l.length <= WIDTH)) return wide;
  return grid(
    ["party", ...rows.map(([label]) => label)],
    domain.parties.map((p, i) => [clip(p.id, 40), ...rows.map(([, u]) => u ? f3(u[i]) : "-")]),
    [false, ...rows.map(() => true)]
  );
}
function clip(text, n) {
  return text.length <= n ? text : text.slice(0, n - 1) + "\u2026";
}
function packageLines(domain, o, changedOnly) {
  const width = Math.min(48, Math.max(...domain.issues.map((i) => i.name.length)));
  return domain.issues.map((issue, j) => ({ issue, j })).filter(({ j }) => !changedOnly || changedOnly[j] !== o[j]).map(({ issue, j }) => {
    const sq = issue.statusQuo === o[j] ? "  (status quo)" : "";
    return `    ${clip(issue.name, width).padEnd(width)}  ${clip(option(domain, j, o[j]), 100 - 6 - width - sq.length)}${sq}`;
  });
}
function transcript(domain, offers, show) {
  const who = (p) => p < 0 ? "mediator" : domain.parties[p].id;
  const fmt2 = (o) => `    ${String(o.step).padStart(5)}  t=${o.time.toFixed(3)}  ${who(o.party).padEnd(10)} ${o.kind.padEnd(8)}` + (o.utilities ? ` [${o.utilities.map(f3).join(", ")}]` : "") + (o.votes ? ` votes ${o.votes.join("/")}${o.adopted ? " adopted" : ""}` : "");
  const lines = (o) => {
    const line = fmt2(o);
    if (line.length <= WIDTH) return [line];
    const out = [fmt2({ ...o, utilities: void 0, votes: void 0 }).trimEnd()];
    if (o.utilities) out.push(...wrapList("          [", o.utilities.map(f3), "]", "           "));
    if (o.votes)
      out.push(...wrapList("          votes ", o.votes.map(String), o.adopted ? " adopted" : "", "          "));
    return out;
  };
  if (show === "all" || offers.length <= 10) return offers.flatMap(lines);
  return [
    ...offers.slice(0, 4).flatMap(lines),
    `    \u2026 ${offers.length - 8} more \u2026`,
    ...offers.slice(-4).flatMap(lines)
  ];
}
function sessionReport(domain, r, ref, show) {
  const out = [];
  out.push(`${domain.name}`);
  out.push(
    ...wrapList(
      `Protocol: ${r.protocol}; agents: `,
      domain.parties.map((p, i) => `${p.id} = ${r.agents[i]}`),
      `; seed ${r.seed}`
    )
  );
  out.push(
    `Ended: ${r.end}${r.walkedAway !== void 0 ? ` (${domain.parties[r.walkedAway].id} walked away)` : ""} after ${r.rounds} round(s), ${r.steps} action(s)`
  );
  out.push("", `Transcript (${r.offers.length} actions; utilities of every party, which no agent sees):`);
  out.push(...transcript(domain, r.offers, show));
  out.push("", "Result:");
  out.push(
    ...utilityRows(domain, [
      ["agreement", r.agreementUtilities],
      ["no deal", r.noDeal],
      ...ref?.nash ? [["Nash point", ref.nash]] : []
    ])
  );
  if (ref)
    out.push(
      `  distance to the Pareto frontier ${f3(distanceToFrontier(r.utilities, ref))}; to the Nash point ${f3(distanceToNash(r.utilities, ref))}${r.agreement ? "" : " (measured at the no-deal utilities)"}`
    );
  if (r.agreement) out.push("", "Agreement:", ...packageLines(domain, r.agreement, null));
  return out;
}
function delinkedReport(domain, r, ref) {
  const out = [];
  const agents = r.sessions[0]?.result.agents ?? [];
  out.push(`${domain.name}`);
  out.push(
    ...wrapList(
      `Issue by issue (${r.order}); agents: `,
      domain.parties.map((p, i) => `${p.id} = ${agents[i]}`),
      ""
    )
  );
  out.push(
    `${r.issuesAgreed} of ${domain.issues.length} issue sessions ended in agreement, ${r.issuesChanged} changed the status quo; ${r.rounds} rounds in all`
  );
  out.push("", "Issue sessions:");
  out.push(
    ...grid(
      ["issue", "end", "rounds", "result"],
      r.sessions.map((s) => [
        clip(domain.issues[s.index].name, 32),
        s.result.end + (s.result.walkedAway !== void 0 ? ` (${domain.parties[s.result.walkedAway].id})` : ""),
        String(s.result.rounds),
        s.agreed === null ? "status quo" : clip(option(domain, s.index, s.agreed), 24) + (s.agreed === domain.issues[s.index].statusQuo ? " (status quo)" : "")
      ]),
      [false, false, true, false]
    )
  );
  out.push("", "Result:");
  out.push(
    ...utilityRows(domain, [
      ["combined", r.utilities],
      ["status quo", r.statusQuoUtilities],
      ...ref?.nash ? [["Nash point", ref.nash]] : []
    ])
  );
  if (ref)
    out.push(
      `  distance to the Pareto frontier ${f3(distanceToFrontier(r.utilities, ref))}; to the Nash point ${f3(distanceToNash(r.utilities, ref))}`
    );
  if (!r.feasible) out.push("  note: the combined outcome breaks a red line spanning several issues");
  if (r.issuesChanged)
    out.push(
      "",
      "Changed from the status quo:",
      ...packageLines(
        domain,
        r.outcome,
        domain.issues.map((i) => i.statusQuo)
      )
    );
  return out;
}
function rankingReport(r) {
  const out = [
    `Tournament: ${r.agents.length} agents, ${r.domains.length} domain(s), ${r.sessions} sessions (${r.repetitions} repetition(s), ${r.mode})`,
    ""
  ];
  out.push(
    ...grid(
      ["rank", "agent", "sessions", "utility", "agreement", "welfare", "to Pareto", "to Nash", "rounds"],
      r.ranking.map((x) => [
        String(x.rank),
        x.agent,
        String(x.sessions),
        f3(x.meanUtility),
        pct(x.agreementRate),
        f3(x.socialWelfare),
        f3(x.paretoDistance),
        f3(x.nashDistance),
        x.meanRounds.toFixed(1)
      ]),
      [true, false, true, true, true, true, true, true, true]
    )
  );
  out.push(
    "",
    "Means over every session an agent played (no agreement counts its no-deal utilities);",
    "distances are Euclidean in utility space."
  );
  return out;
}
function linkageReport(c) {
  const rows = (list) => list.map((x) => [
    x.domain,
    x.agents,
    String(x.sessions),
    pct(x.linkedAgreement),
    pct(x.delinkedAgreement),
    pct(x.linkedMoved),
    pct(x.delinkedMoved),
    f3(x.statusQuoJoint),
    f3(x.linkedJoint),
    f3(x.delinkedJoint)
  ]);
  const headers = [
    "domain",
    "agents",
    "runs",
    "agree L",
    "agree D",
    "moved L",
    "moved D",
    "joint SQ",
    "joint L",
    "joint D"
  ];
  const numeric = [false, false, true, true, true, true, true, true, true, true];
  return [
    "Linked (L, one package) versus delinked (D, one session per issue), same agents and seeds:",
    "",
    ...grid(headers, rows(c.byDomain), numeric),
    "",
    "By agent tuple:",
    ...grid(headers, rows(c.rows), numeric),
    "",
    "agree = share of sessions (L) or issue sessions (D) ending in agreement; moved = the same",
    "counting only agreements that change the status quo; joint = mean sum of the parties' utilities",
    "(SQ = status quo)."
  ];
}

// src/negotiation/tournament.node.ts
function spawn(spec) {
  return moduleWorker(new URL("./tournament-worker.node.ts", import.meta.url), { workerData: { spec } });
}
async function runTournamentParallel(spec, opts = {}) {
  const workers = opts.workers ?? 2;
  if (workers <= 0) return runTournament(spec, opts.onProgress);
  validateTournament(spec);
  const tasks = planTournament(spec);
  const chunk = opts.chunk ?? Math.max(1, Math.min(16, Math.ceil(tasks.length / (workers * 8))));
  const queue = [];
  for (let i = 0; i < tasks.length; i += chunk) queue.push(tasks.slice(i, i + chunk));
  const results = [];
  const pool = Array.from({ length: Math.min(workers, queue.length) }, () => spawn(spec));
  try {
    await Promise.all(
      pool.map(
        (w) => new Promise((resolve, reject) => {
          const next = () => {
            const c = queue.shift();
            if (c) w.postMessage({ tasks: c });
            else resolve();
          };
          w.on("message", (m) => {
            if (m.error) return reject(new Error(`tournament worker failed: ${m.error}`));
            if (m.summaries) {
              results.push(...m.summaries);
              opts.onProgress?.(results.length, tasks.length);
            }
            next();
          });
          w.on("error", reject);
          w.on("exit", (code) => {
            if (code !== 0) reject(new Error(`tournament worker exited with code ${code}`));
          });
        })
      )
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return tournamentResult(spec, results);
}

// src/cli/commands/negotiate.ts
var PROTOCOLS = ["alternating", "stacked", "mediated"];
function bad2(code, flag, message, received) {
  throw new CgError({
    code,
    path: [flag],
    message,
    ...received !== void 0 ? { received: JSON.stringify(received) } : {}
  });
}
function int(flag, v, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  if (v === void 0) return fallback;
  const x = Number(v);
  if (!Number.isInteger(x) || x < min || x > max) {
    bad2(
      "bad_option",
      flag,
      `--${flag} must be a whole number >= ${min}${max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ""}`,
      v
    );
  }
  return x;
}
var MAX_SEED = 2 ** 32 - 1;
function choice(flag, v, allowed, fallback) {
  if (v === void 0) return fallback;
  if (!allowed.includes(v))
    throw new CgError({
      code: "bad_option",
      path: [flag],
      message: `--${flag} must be one of ${allowed.join(", ")}`,
      received: JSON.stringify(v)
    });
  return v;
}
function deadlineOf(o) {
  if (o.time !== void 0) {
    if (o.rounds !== void 0) bad2("bad_option", "time", "give either --rounds or --time, not both");
    const time = Number(o.time);
    if (!(time > 0)) bad2("bad_option", "time", "--time must be a positive number (simulated seconds)", o.time);
    const costs = (o.actionCost ?? "1").split(",").map(Number);
    if (costs.some((c) => !(c > 0)))
      bad2("bad_option", "action-cost", "--action-cost must be positive numbers (one, or one per party)", o.actionCost);
    return { time, actionCost: costs.length === 1 ? costs[0] : costs };
  }
  if (o.actionCost !== void 0) bad2("bad_option", "action-cost", "--action-cost needs --time");
  return { rounds: int("rounds", o.rounds, DEFAULT_ROUNDS, 1) };
}
var MAX_RECORDED_ACTIONS = 2e6;
var MAX_JSON_ACTIONS = 2e5;
function actionBound(deadline, actors, sessions) {
  const perSession = "rounds" in deadline ? deadline.rounds * actors : Math.ceil(
    deadline.time / Math.min(...Array.isArray(deadline.actionCost) ? deadline.actionCost : [deadline.actionCost ?? 1])
  ) + actors;
  return perSession * sessions;
}
function checkTranscriptSize(domain, deadline, protocol, mode, json, show) {
  const protocolName = protocol ?? (domain.parties.length === 2 ? "alternating" : "stacked");
  const actors = protocolName === "mediated" ? 1 : domain.parties.length;
  const bound = actionBound(deadline, actors, mode === "delinked" ? domain.issues.length : 1);
  const flag = "rounds" in deadline ? "rounds" : "time";
  const fmt2 = (n) => n.toLocaleString("en-US");
  if (bound > MAX_RECORDED_ACTIONS) {
    bad2(
      "deadline_too_long",
      flag,
      `this deadline allows up to ${fmt2(bound)} recorded actions (the transcript is kept in memory); at most ${fmt2(MAX_RECORDED_ACTIONS)} in one run`
    );
  }
  if (json && show === "all" && bound > MAX_JSON_ACTIONS) {
    bad2(
      "deadline_too_long",
      flag,
      `--json prints every action, and this deadline allows up to ${fmt2(bound)} (at most ${fmt2(MAX_JSON_ACTIONS)}); add --offers summary (counts, first and last actions, concessions) or shorten the deadline`
    );
  }
}
function agentsOf(o) {
  if (!o.agents)
    bad2("no_agents", "agents", `--agents is required (strategies: ${STRATEGIES.map((s) => s.id).join(", ")})`);
  return parseAgentList(o.agents);
}
function randomInput(input) {
  if (!input.startsWith("random:")) return null;
  const [, seedText, ...rest] = input.split(":");
  const seed = Number(seedText);
  const fail = (message) => {
    throw new CgError({
      code: "bad_random_domain",
      path: [],
      message,
      expected: "random:<seed>[:opposed|independent][:parties=p][:issues=n][:options=k]",
      received: JSON.stringify(input)
    });
  };
  if (seedText === void 0 || seedText.trim() === "" || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    fail(`the seed must be a whole number from 0 to ${MAX_SEED}`);
  const opts = { conflict: "opposed" };
  for (const part of rest) {
    if (part === "opposed" || part === "independent") opts.conflict = part;
    else {
      const m = /^(parties|issues|options)=(\d+)$/.exec(part);
      if (!m) fail(`cannot read "${part}"`);
      const min = m[1] === "parties" ? 2 : 1;
      if (Number(m[2]) < min || Number(m[2]) > 50)
        fail(`cannot read "${part}": ${m[1]} must be a whole number from ${min} to 50`);
      opts[m[1]] = Number(m[2]);
    }
  }
  return randomDomain(seed, opts);
}
async function load(input, statusQuo) {
  const domain = randomInput(input) ?? (await loadDomainInput(input)).domain;
  if (statusQuo === void 0) return domain;
  try {
    return withStatusQuo(domain, statusQuo).domain;
  } catch (e) {
    if (isCgError(e))
      throw new CgError(
        e.problems.map((p) => ({ file: input, ...p })),
        { status: e.status, exitCode: e.exitCode }
      );
    throw e;
  }
}
function addCommon(cmd) {
  return cmd.option("--agents <list>", "comma-separated agent specs, name[:param=value...] (see `negotiate strategies`)").option("--protocol <name>", `${PROTOCOLS.join(" | ")} (default: alternating for 2 parties, stacked for more)`).option("--mode <mode>", "linked (one package over all issues) | delinked (one session per issue)", "linked").option(
    "--order <order>",
    "delinked mode: sequential (later issues start from earlier agreements) | parallel",
    "sequential"
  ).option("--rounds <n>", `deadline in rounds (default ${DEFAULT_ROUNDS})`).option("--time <seconds>", "deadline in simulated seconds instead of rounds").option(
    "--action-cost <list>",
    "with --time: simulated seconds per action, one value or one per party (mediated protocol: one, for the mediator) (default 1)"
  ).option("--seed <n>", "random seed (default 1)").option("--status-quo <spec>", 'status quo as "issue=option;..." (needed for delinked mode on Genius domains)').option("--mediator-issues <k>", "mediated protocol: most issues one proposal changes (default 2)").option("--json", "print exactly one JSON document");
}
function specOf(domains, o, agents) {
  return {
    domains,
    agents,
    repetitions: int("repetitions", o.repetitions, 1, 1),
    deadline: deadlineOf(o),
    protocol: choice("protocol", o.protocol, PROTOCOLS, void 0),
    mode: choice("mode", o.mode, ["linked", "delinked"], "linked"),
    order: choice("order", o.order, ["sequential", "parallel"], "sequential"),
    mediatorIssues: o.mediatorIssues !== void 0 ? int("mediator-issues", o.mediatorIssues, 2, 1) : void 0,
    seed: int("seed", o.seed, 1, 0, MAX_SEED),
    selfPlay: o.selfPlay ?? true
  };
}
function progress(enabled) {
  const start = performance.now();
  let last = 0;
  return {
    update(done, total) {
      if (!enabled) return;
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const fill = Math.round(width * done / total);
      const rate = done / Math.max(1e-3, (now - start) / 1e3);
      process.stderr.write(
        `\r[${"#".repeat(fill)}${".".repeat(width - fill)}] ${done}/${total} sessions, ${rate.toFixed(1)}/s `
      );
    },
    end() {
      if (enabled) process.stderr.write("\r" + " ".repeat(70) + "\r");
    }
  };
}
function workersOf(v, tasks) {
  if (v === void 0 || v === "auto") return tasks < 64 ? 0 : Math.min(4, os.availableParallelism());
  return int("workers", v, 0, 0, MAX_WORKERS);
}
var MAX_WORKERS = 64;
function register(program) {
  const neg = program.command("negotiate").description(commandEntry("negotiate").description);
  addCommon(
    neg.command("run", { isDefault: true }).description("run one negotiation session and print the transcript summary, agreement, utilities and distances")
  ).argument(
    "<input>",
    "a scenario file, a Genius folder, a built-in scenario id (north-america), or random:<seed>[:opposed|independent][:parties=p][:issues=n][:options=k]"
  ).option(
    "--offers <mode>",
    "all | summary: the full transcript or a summary (default: summary in text, all in --json)"
  ).addHelpText(
    "after",
    `
Examples:
  commonground negotiate us-mexico --agents boulware,conceder
  commonground negotiate north-america --agents linear,hardheaded,nice-tft --protocol stacked --rounds 200
  commonground negotiate north-america --agents conceder,conceder,conceder --mode delinked
  commonground negotiate ../shared/anchors/genius-domains/Energy --agents hardheaded,nice-tft --rounds 1000 --json`
  ).action(async (input, o) => {
    const agents = agentsOf(o);
    const domain = await load(input, o.statusQuo);
    const show = choice("offers", o.offers, ["all", "summary"], o.json ? "all" : "summary");
    const spec = specOf(
      [domain],
      o,
      agents.map((a) => a.spec)
    );
    checkTranscriptSize(
      domain,
      spec.deadline ?? { rounds: DEFAULT_ROUNDS },
      spec.protocol,
      spec.mode,
      !!o.json,
      show
    );
    const config = {
      agents,
      protocol: spec.protocol,
      deadline: spec.deadline,
      seed: spec.seed,
      mediatorIssues: spec.mediatorIssues
    };
    const ref = referenceFor(domain);
    if (spec.mode === "delinked") {
      const r = runDelinked(domain, { ...config, order: spec.order });
      if (o.json) printJson(delinkedJson(domain, r, ref, show));
      else delinkedReport(domain, r, ref).forEach((l) => println(l));
    } else {
      const r = runSession(domain, config);
      if (o.json) printJson(sessionJson(domain, r, ref, show));
      else sessionReport(domain, r, ref, show).forEach((l) => println(l));
    }
  });
  const tournamentOptions = (cmd) => addCommon(cmd).argument(
    "<inputs...>",
    "scenario files, Genius folders, built-in scenario ids, or random:<seed>[:...] synthetic domains"
  ).option("--repetitions <n>", "sessions per agent tuple and domain, with derived seeds (default 1)").option("--workers <k>", "worker threads (0 = this thread; default auto: 0 below 64 sessions, else up to 4)").option("--no-self-play", "skip tuples in which an agent meets itself").option("--no-progress", "no progress bar on stderr");
  tournamentOptions(
    neg.command("tournament").description("every ordered tuple of the agents (both role orders) on every domain; prints the ranked table")
  ).addHelpText(
    "after",
    "\nExample:\n  commonground negotiate tournament ../shared/anchors/genius-domains/Laptop ../shared/anchors/genius-domains/Camera --agents boulware,conceder,hardliner,nice-tft --repetitions 5"
  ).action(
    async (inputs, o) => {
      const agents = agentsOf(o).map((a) => a.spec);
      const domains = await Promise.all(inputs.map((i) => load(i, o.statusQuo)));
      const spec = specOf(domains, o, agents);
      const workers = workersOf(o.workers, planTournament(spec).length);
      const bar = progress(o.progress !== false && !!process.stderr.isTTY);
      const r = await runTournamentParallel(spec, { workers, onProgress: bar.update });
      bar.end();
      if (o.json)
        printJson(
          tournamentJson(r, { protocol: spec.protocol ?? null, deadline: spec.deadline, seed: spec.seed, workers })
        );
      else rankingReport(r).forEach((l) => println(l));
    }
  );
  tournamentOptions(
    neg.command("compare").description(
      "linked versus delinked: the same agent tuples negotiate each domain as one package and issue by issue"
    )
  ).addHelpText(
    "after",
    "\nExample:\n  commonground negotiate compare north-america us-mexico --agents boulware,linear,conceder --repetitions 5"
  ).action(
    async (inputs, o) => {
      const agents = agentsOf(o).map((a) => a.spec);
      const domains = await Promise.all(inputs.map((i) => load(i, o.statusQuo)));
      const spec = specOf(domains, o, agents);
      const [l, d] = compareSpecs(spec);
      const workers = workersOf(o.workers, 2 * planTournament(spec).length);
      const bar = progress(o.progress !== false && !!process.stderr.isTTY);
      const linked = await runTournamentParallel(l, { workers, onProgress: bar.update });
      const delinked = await runTournamentParallel(d, { workers, onProgress: bar.update });
      bar.end();
      const c = linkageComparison(spec, linked, delinked);
      if (o.json)
        printJson(
          comparisonJson(c, {
            domains: spec.domains.map((x) => x.id),
            agents,
            repetitions: spec.repetitions,
            deadline: spec.deadline,
            seed: spec.seed
          })
        );
      else linkageReport(c).forEach((x) => println(x));
    }
  );
  neg.command("strategies").description("list the strategies with what they do, their parameters and where they come from").option("--json", "print exactly one JSON document").action((o) => {
    if (o.json) {
      printJson({
        strategies: STRATEGIES.map((s) => ({
          id: s.id,
          name: s.name,
          description: s.description,
          citation: s.citation,
          params: s.params
        }))
      });
      return;
    }
    const say = (text, indent) => wrap(text, 4, 100 - indent).forEach((l) => println(" ".repeat(indent) + l));
    for (const s of STRATEGIES) {
      println(`${s.id} \u2014 ${s.name}`);
      say(s.description, 2);
      const params = Object.entries(s.params).map(([k, p]) => `${k} (${p.description}; default ${p.default})`);
      if (params.length) say(`parameters: ${params.join("; ")}`, 2);
      say(`source: ${s.citation}`, 2);
      println();
    }
    say(
      "Acceptance conditions (ac=...): next, next(a,b), prev, const(c), time(T), combi(T), combi_avg(T), lowest, and(..), or(..), not(..)",
      0
    );
  });
}
export {
  MAX_JSON_ACTIONS,
  MAX_RECORDED_ACTIONS,
  actionBound,
  randomInput,
  register
};
