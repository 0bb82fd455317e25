import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  isFeasible,
  outcomeCount,
  outcomeToRecord,
  statusQuoOutcome,
  utilities,
  utilityOf,
  violates
} from "./chunk-U4ILYQAA.js";
import {
  CgError,
  lowerBound,
  wrap
} from "./chunk-KZ6JZQI3.js";

// src/analysis/tolerance.ts
var DEFAULT_RELATIVE_TOLERANCE = 1e-12;
function utilityScale(domain) {
  let scale = 1;
  for (const u of domain.utilities) {
    let s = Math.abs(u.constant);
    for (const row of u.table) {
      let m = 0;
      for (const v of row) m = Math.max(m, Math.abs(v));
      s += m;
    }
    for (const t of u.interactions) s += Math.abs(t.value);
    if (u.rectangles && u.rectangles.scale !== 0) {
      for (const r of u.rectangles.items) s += Math.abs(r.utility / u.rectangles.scale);
    }
    if (Number.isFinite(s)) scale = Math.max(scale, s);
  }
  return scale;
}
function defaultTolerance(domain) {
  return DEFAULT_RELATIVE_TOLERANCE * utilityScale(domain);
}

// src/analysis/bargaining.ts
var Best = class {
  constructor(sumTol) {
    this.sumTol = sumTol;
  }
  sumTol;
  point = null;
  key = -Infinity;
  keyTol = 0;
  sum = -Infinity;
  offer(point, key, keyTol, sum) {
    if (this.point !== null) {
      const t = Math.max(keyTol, this.keyTol);
      if (key < this.key - t) return;
      if (key <= this.key + t && sum <= this.sum + this.sumTol) return;
    }
    this.point = point;
    this.key = key;
    this.keyTol = keyTol;
    this.sum = sum;
  }
};
function sumOf(u) {
  let s = 0;
  for (const x of u) s += x;
  return s;
}
function nashKey(u, d, tol) {
  let key = 0;
  let keyTol = 0;
  for (let p = 0; p < u.length; p++) {
    const g = u[p] - d[p];
    if (!(g > tol)) return null;
    key += Math.log(g);
    keyTol += tol / g;
  }
  return { key, keyTol };
}
function isAcceptable(u, d, tol) {
  for (let p = 0; p < u.length; p++) if (!(u[p] >= d[p] - tol)) return false;
  return true;
}
function ksKey(u, d, ideal, tol) {
  let key = Infinity;
  let minRange = Infinity;
  for (let p = 0; p < u.length; p++) {
    const range = ideal[p] - d[p];
    if (range <= tol) continue;
    key = Math.min(key, (u[p] - d[p]) / range);
    minRange = Math.min(minRange, range);
  }
  if (key === Infinity) return { key: 1, keyTol: 0 };
  return { key: Math.min(key, 1), keyTol: 2 * tol / minRange };
}
function bargainingSolutions(domain, frontier, disagreement, tolerance) {
  const points = Array.isArray(frontier) ? frontier : frontier.points;
  const tol = tolerance ?? (Array.isArray(frontier) ? defaultTolerance(domain) : frontier.tolerance);
  const k = domain.parties.length;
  const d = disagreement;
  const acceptable = points.filter((pt) => isAcceptable(pt.utilities, d, tol));
  if (acceptable.length === 0)
    return { nash: null, kalaiSmorodinsky: null, egalitarian: null, utilitarian: null, ideal: null };
  const ideal = new Array(k).fill(-Infinity);
  for (const pt of acceptable) for (let p = 0; p < k; p++) ideal[p] = Math.max(ideal[p], pt.utilities[p]);
  const sumTol = k * tol;
  const nash = new Best(sumTol);
  const ks = new Best(sumTol);
  const egal = new Best(sumTol);
  const util = new Best(sumTol);
  for (const pt of acceptable) {
    const u = pt.utilities;
    const sum = sumOf(u);
    const nk = nashKey(u, d, tol);
    if (nk) nash.offer(pt, nk.key, nk.keyTol, sum);
    const kk = ksKey(u, d, ideal, tol);
    ks.offer(pt, kk.key, kk.keyTol, sum);
    let minGain = Infinity;
    for (let p = 0; p < k; p++) minGain = Math.min(minGain, u[p] - d[p]);
    egal.offer(pt, minGain, tol, sum);
    util.offer(pt, sum, sumTol, sum);
  }
  return { nash: nash.point, kalaiSmorodinsky: ks.point, egalitarian: egal.point, utilitarian: util.point, ideal };
}

// src/analysis/branch-bound.ts
var DEFAULT_MAX_NODES = 5e7;
function branchAndBoundComponent(domain, comp, tol, maxNodes = DEFAULT_MAX_NODES) {
  const k = domain.parties.length;
  const m = comp.issues.length;
  const terms = comp.terms.map((t) => ({ party: t.party, value: t.value, arity: t.issues.length }));
  const touching = comp.issues.map(() => []);
  const localOf = new Map(comp.issues.map((j, a) => [j, a]));
  const maskOf = comp.issues.map(() => /* @__PURE__ */ new Map());
  comp.terms.forEach((t, ti) => {
    t.issues.forEach((j, x) => {
      const a = localOf.get(j);
      touching[a].push(ti);
      maskOf[a].set(ti, t.allowed[x]);
    });
  });
  const infos = comp.issues.map((j, a) => {
    const size = domain.issues[j].options.length;
    const sig = /* @__PURE__ */ new Map();
    const reps = [];
    for (let o = 0; o < size; o++) {
      const parts = [];
      for (let p = 0; p < k; p++) parts.push(domain.utilities[p].table[j][o]);
      for (const ti of touching[a]) parts.push(maskOf[a].get(ti)[o]);
      const key = parts.join(",");
      if (!sig.has(key)) {
        sig.set(key, reps.length);
        reps.push(o);
      }
    }
    const table = new Float64Array(reps.length * k);
    reps.forEach((o, c) => {
      for (let p = 0; p < k; p++) table[c * k + p] = domain.utilities[p].table[j][o];
    });
    const allowed = reps.map((o) => Uint8Array.from(touching[a].map((ti) => maskOf[a].get(ti)[o])));
    let weight = 0;
    for (let p = 0; p < k; p++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let c = 0; c < reps.length; c++) {
        lo = Math.min(lo, table[c * k + p]);
        hi = Math.max(hi, table[c * k + p]);
      }
      weight += hi - lo;
    }
    for (const ti of touching[a]) weight += Math.abs(terms[ti].value) + (terms[ti].party < 0 ? 1 : 0);
    return { issue: j, reps, table, terms: touching[a], allowed, weight };
  });
  const order = infos.map((_, a) => a).sort((x, y) => infos[y].weight - infos[x].weight || x - y);
  const seq = order.map((a) => infos[a]);
  const suffixMax = new Float64Array((m + 1) * k);
  for (let d = m - 1; d >= 0; d--) {
    const info = seq[d];
    for (let p = 0; p < k; p++) {
      let best = -Infinity;
      for (let c = 0; c < info.reps.length; c++) best = Math.max(best, info.table[c * k + p]);
      suffixMax[d * k + p] = suffixMax[(d + 1) * k + p] + best;
    }
  }
  const remaining = Int32Array.from(terms.map((t) => t.arity));
  const alive = new Uint8Array(terms.length).fill(1);
  const fixed = new Float64Array(k);
  const optimistic = new Float64Array(k);
  for (const t of terms) if (t.party >= 0 && t.value > 0) optimistic[t.party] += t.value;
  let archVals = new Float64Array(64 * k);
  let archJoint = new Int32Array(64 * m);
  let archN = 0;
  const choice = new Int32Array(m);
  const ub = new Float64Array(k);
  let nodes = 0;
  const coveredByArchive = (v) => {
    for (let i = 0; i < archN; i++) {
      let p = 0;
      while (p < k && archVals[i * k + p] >= v[p] - tol) p++;
      if (p === k) return true;
    }
    return false;
  };
  const addToArchive = () => {
    if (coveredByArchive(fixed)) return;
    let w = 0;
    for (let i = 0; i < archN; i++) {
      let p = 0;
      while (p < k && fixed[p] >= archVals[i * k + p] - tol) p++;
      if (p === k) continue;
      if (w !== i) {
        archVals.copyWithin(w * k, i * k, i * k + k);
        archJoint.copyWithin(w * m, i * m, i * m + m);
      }
      w++;
    }
    archN = w;
    if ((archN + 1) * k > archVals.length) {
      const v = new Float64Array(archVals.length * 2);
      v.set(archVals);
      archVals = v;
      const jn = new Int32Array(archJoint.length * 2);
      jn.set(archJoint);
      archJoint = jn;
    }
    archVals.set(fixed, archN * k);
    for (let d = 0; d < m; d++) archJoint[archN * m + order[d]] = seq[d].reps[choice[d]];
    archN++;
  };
  const log = [];
  const apply = (d, c) => {
    const info = seq[d];
    for (let p = 0; p < k; p++) fixed[p] += info.table[c * k + p];
    let ok = true;
    const al = info.allowed[c];
    for (let x = 0; x < info.terms.length; x++) {
      const ti = info.terms[x];
      if (!alive[ti]) continue;
      const t = terms[ti];
      if (al[x]) {
        remaining[ti]--;
        log.push(ti + 1);
        if (remaining[ti] === 0) {
          if (t.party < 0) ok = false;
          else {
            fixed[t.party] += t.value;
            if (t.value > 0) optimistic[t.party] -= t.value;
          }
        }
      } else {
        alive[ti] = 0;
        log.push(-(ti + 1));
        if (t.party >= 0 && t.value > 0) optimistic[t.party] -= t.value;
      }
    }
    return ok;
  };
  const undo = (d, c, mark) => {
    const info = seq[d];
    while (log.length > mark) {
      const e = log.pop();
      if (e > 0) {
        const ti = e - 1;
        const t = terms[ti];
        if (remaining[ti] === 0 && t.party >= 0) {
          fixed[t.party] -= t.value;
          if (t.value > 0) optimistic[t.party] += t.value;
        }
        remaining[ti]++;
      } else {
        const ti = -e - 1;
        const t = terms[ti];
        alive[ti] = 1;
        if (t.party >= 0 && t.value > 0) optimistic[t.party] += t.value;
      }
    }
    for (let p = 0; p < k; p++) fixed[p] -= info.table[c * k + p];
  };
  const bound = (d) => {
    for (let p = 0; p < k; p++) ub[p] = fixed[p] + optimistic[p] + suffixMax[d * k + p];
  };
  const depthOf = new Int32Array(m);
  order.forEach((a, d) => depthOf[a] = d);
  const classOffset = new Int32Array(m + 1);
  for (let d = 0; d < m; d++) classOffset[d + 1] = classOffset[d] + seq[d].reps.length;
  const termInfo = comp.terms.map((t) => {
    const rows = t.issues.map((j) => {
      const d = depthOf[localOf.get(j)];
      const info = seq[d];
      return { d, mask: Uint8Array.from(info.reps.map((o) => t.allowed[t.issues.indexOf(j)][o])) };
    });
    rows.sort((x, y) => x.d - y.d);
    return rows;
  });
  const positive = [];
  terms.forEach((t, ti) => {
    if (t.party >= 0 && t.value > 0) positive.push(ti);
  });
  const acc = new Float64Array(k * classOffset[m]);
  const tightBound = (d) => {
    acc.fill(0, 0);
    for (const ti of positive) {
      if (!alive[ti] || remaining[ti] === 0) continue;
      const rows = termInfo[ti];
      let x = 0;
      while (rows[x].d < d) x++;
      const { d: e, mask } = rows[x];
      const t = terms[ti];
      const base = t.party * classOffset[m] + classOffset[e];
      for (let c = 0; c < mask.length; c++) if (mask[c]) acc[base + c] += t.value;
    }
    for (let p = 0; p < k; p++) {
      let total = fixed[p];
      for (let e = d; e < m; e++) {
        const info = seq[e];
        const base = p * classOffset[m] + classOffset[e];
        let best = -Infinity;
        for (let c = 0; c < info.reps.length; c++) {
          const v = info.table[c * k + p] + acc[base + c];
          if (v > best) best = v;
        }
        total += best;
      }
      if (total < ub[p]) ub[p] = total;
    }
  };
  const visit = (d) => {
    if (++nodes > maxNodes) {
      throw new CgError({
        code: "analysis_too_large",
        path: ["issues", comp.issues[0]],
        message: `the exact frontier of the linked issue group [${comp.issues.map((j) => domain.issues[j].id).join(", ")}] (${comp.size} joint options) needs more than ${maxNodes} branch-and-bound nodes; it is too large to analyse exactly`
      });
    }
    if (d === m) {
      addToArchive();
      return;
    }
    const info = seq[d];
    const nc = info.reps.length;
    const score = new Float64Array(nc);
    const feasible = new Uint8Array(nc);
    for (let c = 0; c < nc; c++) {
      const mark = log.length;
      if (apply(d, c)) {
        feasible[c] = 1;
        bound(d + 1);
        let s = 0;
        for (let p = 0; p < k; p++) s += ub[p];
        score[c] = s;
      }
      undo(d, c, mark);
    }
    const kids = [];
    for (let c = 0; c < nc; c++) if (feasible[c]) kids.push(c);
    kids.sort((a, b) => score[b] - score[a] || a - b);
    for (const c of kids) {
      const mark = log.length;
      apply(d, c);
      bound(d + 1);
      let open = !coveredByArchive(ub);
      if (open && d + 1 < m) {
        tightBound(d + 1);
        open = !coveredByArchive(ub);
      }
      if (open) {
        choice[d] = c;
        visit(d + 1);
      }
      undo(d, c, mark);
    }
  };
  visit(0);
  globalThis.__nodes = nodes;
  return {
    issues: comp.issues,
    count: archN,
    joint: archJoint.slice(0, archN * m),
    vals: archVals.slice(0, archN * k),
    feasible: null
  };
}

// src/analysis/skyline.ts
function argsortDesc(n, key, key2) {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const keys = typeof key === "function" ? Float64Array.from({ length: n }, (_, i) => key(i)) : key;
  if (key2) {
    const k2 = typeof key2 === "function" ? Float64Array.from({ length: n }, (_, i) => key2(i)) : key2;
    idx.sort((a, b) => keys[b] - keys[a] || k2[b] - k2[a] || a - b);
  } else {
    idx.sort((a, b) => keys[b] - keys[a] || a - b);
  }
  return idx;
}
var DEFAULT_COMPARISON_BUDGET = 3e9;
function skyline(vals, n, k, tol, budget = DEFAULT_COMPARISON_BUDGET) {
  if (n === 0) return new Int32Array(0);
  if (k === 1) return skyline1(vals, n);
  if (k === 2) return skyline2(vals, n, tol);
  if (k === 3) return skyline3(vals, n, tol);
  return skylineK(vals, n, k, tol, budget);
}
function skyline1(vals, n) {
  let best = 0;
  for (let i = 1; i < n; i++) if (vals[i] > vals[best]) best = i;
  return Int32Array.of(best);
}
function skyline2(vals, n, tol) {
  const order = argsortDesc(
    n,
    (i) => vals[2 * i],
    (i) => vals[2 * i + 1]
  );
  const stack = new Int32Array(n);
  let top = -1;
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const u1 = vals[2 * i];
    const u2 = vals[2 * i + 1];
    if (top >= 0 && u2 <= vals[2 * stack[top] + 1] + tol) continue;
    while (top >= 0 && vals[2 * stack[top]] <= u1 + tol) top--;
    stack[++top] = i;
  }
  return stack.slice(0, top + 1);
}
function skyline3(vals, n, tol) {
  const order = argsortDesc(
    n,
    (i) => vals[3 * i],
    (i) => vals[3 * i + 1] + vals[3 * i + 2]
  );
  const s2 = [];
  const s3 = [];
  const kept = [];
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const u2 = vals[3 * i + 1];
    const u3 = vals[3 * i + 2];
    const pos = lowerBound(s2, u2 - tol);
    if (pos < s2.length && s3[pos] >= u3 - tol) continue;
    kept.push(i);
    let hi = pos;
    while (hi < s2.length && s2[hi] <= u2) hi++;
    let lo = hi;
    while (lo > 0 && s3[lo - 1] <= u3) lo--;
    s2.splice(lo, hi - lo, u2);
    s3.splice(lo, hi - lo, u3);
  }
  return nearTiePass(vals, 3, tol, kept, (i) => vals[3 * i], tol);
}
var MAX_BUCKETS = 128;
function skylineK(vals, n, k, tol, budget) {
  const sum = new Float64Array(n);
  const key2 = new Float64Array(n);
  const lo = new Float64Array(k).fill(Infinity);
  const hi = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = 0; p < k; p++) {
      const v = vals[i * k + p];
      s += v;
      if (v < lo[p]) lo[p] = v;
      if (v > hi[p]) hi[p] = v;
    }
    sum[i] = s;
    key2[i] = vals[i * k];
  }
  const order = argsortDesc(n, sum, key2);
  const BUCKETS = Math.min(MAX_BUCKETS, Math.ceil(Math.sqrt(n)));
  const scale = new Float64Array(k);
  for (let p = 0; p < k; p++) scale[p] = hi[p] > lo[p] ? (BUCKETS - 1) / (hi[p] - lo[p]) : 0;
  const bucketOf = (p, v) => {
    const b = Math.floor((v - lo[p]) * scale[p]);
    return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
  };
  const atLeast = new Int32Array(k * (BUCKETS + 1));
  const members = Array.from({ length: k * BUCKETS }, () => []);
  const kv = new Float64Array(n * k);
  const kept = [];
  let visits = 0;
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const io = i * k;
    if (visits > budget) {
      throw new CgError({
        code: "frontier_too_large",
        path: [],
        message: `the ${k}-party frontier is too large to compute exactly: more than ${budget} dominance checks after ${t} of ${n} candidate points (${kept.length} non-dominated so far)`
      });
    }
    let bestP = 0;
    let bestB = 0;
    let bestCount = kept.length + 1;
    for (let p = 0; p < k && bestCount > 0; p++) {
      const b = bucketOf(p, vals[io + p] - tol);
      const c = atLeast[p * (BUCKETS + 1) + b];
      if (c < bestCount) {
        bestCount = c;
        bestP = p;
        bestB = b;
      }
    }
    let covered = false;
    for (let b = BUCKETS - 1; b >= bestB && !covered; b--) {
      const list = members[bestP * BUCKETS + b];
      visits += list.length;
      for (let a = 0; a < list.length; a++) {
        const jo = list[a] * k;
        let p = 0;
        while (p < k && kv[jo + p] >= vals[io + p] - tol) p++;
        if (p === k) {
          covered = true;
          break;
        }
      }
    }
    if (covered) continue;
    const id = kept.length;
    for (let p = 0; p < k; p++) {
      kv[id * k + p] = vals[io + p];
      const b = bucketOf(p, vals[io + p]);
      members[p * BUCKETS + b].push(id);
      const base = p * (BUCKETS + 1);
      for (let c = 0; c <= b; c++) atLeast[base + c]++;
    }
    kept.push(i);
  }
  return nearTiePass(vals, k, tol, kept, (i) => sum[i], k * tol);
}
function nearTiePass(vals, k, tol, kept, key, window) {
  const dropped = new Uint8Array(kept.length);
  for (let a = kept.length - 2; a >= 0; a--) {
    const p = kept[a];
    const limit = key(p) - window;
    for (let b = a + 1; b < kept.length && key(kept[b]) >= limit; b++) {
      if (dropped[b]) continue;
      const q = kept[b];
      let c = 0;
      while (c < k && vals[q * k + c] >= vals[p * k + c] - tol) c++;
      if (c === k) {
        dropped[a] = 1;
        break;
      }
    }
  }
  const out = [];
  for (let a = 0; a < kept.length; a++) if (!dropped[a]) out.push(kept[a]);
  return Int32Array.from(out);
}

// src/analysis/component-frontier.ts
var ENUMERATION_LIMIT = 1 << 20;
function enumerateComponent(domain, comp, tol) {
  const k = domain.parties.length;
  const issues = comp.issues;
  const m = issues.length;
  const sizes = issues.map((j) => domain.issues[j].options.length);
  const total = Number(comp.size);
  if (total === 0) return { issues, count: 0, joint: new Int32Array(0), vals: new Float64Array(0), feasible: 0n };
  const local = new Map(issues.map((j, a) => [j, a]));
  const terms = comp.terms.map((t) => ({ ...t, local: t.issues.map((j) => local.get(j)) }));
  const joint = new Int32Array(total * m);
  const vals = new Float64Array(total * k);
  const o = new Int32Array(m);
  let n = 0;
  for (let step = 0; step < total; step++) {
    let feasible = true;
    for (const t of terms) {
      if (t.party >= 0) continue;
      let all = true;
      for (let a2 = 0; a2 < t.local.length && all; a2++) all = t.allowed[a2][o[t.local[a2]]] === 1;
      if (all) {
        feasible = false;
        break;
      }
    }
    if (feasible) {
      for (let a2 = 0; a2 < m; a2++) joint[n * m + a2] = o[a2];
      for (let p = 0; p < k; p++) {
        const table = domain.utilities[p].table;
        let s = 0;
        for (let a2 = 0; a2 < m; a2++) s += table[issues[a2]][o[a2]];
        vals[n * k + p] = s;
      }
      for (const t of terms) {
        if (t.party < 0) continue;
        let all = true;
        for (let a2 = 0; a2 < t.local.length && all; a2++) all = t.allowed[a2][o[t.local[a2]]] === 1;
        if (all) vals[n * k + t.party] += t.value;
      }
      n++;
    }
    let a = m - 1;
    while (a >= 0 && ++o[a] === sizes[a]) o[a--] = 0;
  }
  const keep = skyline(vals, n, k, tol);
  const outJoint = new Int32Array(keep.length * m);
  const outVals = new Float64Array(keep.length * k);
  keep.forEach((r, i) => {
    outJoint.set(joint.subarray(r * m, r * m + m), i * m);
    outVals.set(vals.subarray(r * k, r * k + k), i * k);
  });
  return { issues, count: keep.length, joint: outJoint, vals: outVals, feasible: BigInt(n) };
}

// src/analysis/components.ts
function buildTerms(domain) {
  const sizes = domain.issues.map((i) => i.options.length);
  const terms = [];
  const constants = domain.utilities.map((u) => u.constant);
  const box = (party, value, refs) => {
    const byIssue = /* @__PURE__ */ new Map();
    for (const r of refs) {
      let mask = byIssue.get(r.issue);
      if (!mask) {
        mask = new Uint8Array(sizes[r.issue]).fill(1);
        byIssue.set(r.issue, mask);
      }
      for (let o = 0; o < mask.length; o++) if (!r.ok(o)) mask[o] = 0;
    }
    const issues = [...byIssue.keys()].sort((a, b) => a - b);
    if (issues.length === 0) return null;
    return { party, value, issues, allowed: issues.map((j) => byIssue.get(j)) };
  };
  domain.utilities.forEach((u, p) => {
    for (const t of u.interactions) {
      const term = box(p, t.value, [
        { issue: t.a.issue, ok: (o) => o === t.a.option },
        { issue: t.b.issue, ok: (o) => o === t.b.option }
      ]);
      if (term) terms.push(term);
    }
    if (u.rectangles) {
      const scale = u.rectangles.scale;
      for (const r of u.rectangles.items) {
        const value = r.utility / scale;
        const term = box(
          p,
          value,
          r.ranges.map((g) => ({ issue: g.issue, ok: (o) => o >= g.min && o <= g.max }))
        );
        if (term) terms.push(term);
        else constants[p] += value;
      }
    }
    for (const line of u.redLines) {
      const term = box(
        -1,
        0,
        line.options.map((r) => ({ issue: r.issue, ok: (o) => o === r.option }))
      );
      if (term) terms.push(term);
    }
  });
  return { terms: terms.filter((t) => t.allowed.every((m) => m.some((x) => x === 1))), constants };
}
function decompose(domain) {
  const n = domain.issues.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const { terms, constants } = buildTerms(domain);
  for (const t of terms)
    for (let a = 1; a < t.issues.length; a++) {
      const ra = find(t.issues[0]);
      const rb = find(t.issues[a]);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  const byRoot = /* @__PURE__ */ new Map();
  for (let j = 0; j < n; j++) {
    const r = find(j);
    let c = byRoot.get(r);
    if (!c) {
      c = { issues: [], terms: [], size: 1n };
      byRoot.set(r, c);
    }
    c.issues.push(j);
    c.size *= BigInt(domain.issues[j].options.length);
  }
  for (const t of terms) byRoot.get(find(t.issues[0])).terms.push(t);
  const components = [...byRoot.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  return { components, constants };
}

// src/analysis/merge-buffers.ts
var Growable = class {
  constructor(k, cap) {
    this.k = k;
    this.vals = new Float64Array(cap * k);
    this.parent = new Int32Array(cap);
    this.choice = new Int32Array(cap);
  }
  k;
  vals;
  parent;
  choice;
  n = 0;
  ensure() {
    if (this.n < this.parent.length) return;
    const cap = this.parent.length * 2;
    const v = new Float64Array(cap * this.k);
    v.set(this.vals);
    const p = new Int32Array(cap);
    p.set(this.parent);
    const c = new Int32Array(cap);
    c.set(this.choice);
    this.vals = v;
    this.parent = p;
    this.choice = c;
  }
  stage() {
    return {
      n: this.n,
      vals: this.vals.slice(0, this.n * this.k),
      parent: this.parent.slice(0, this.n),
      choice: this.choice.slice(0, this.n)
    };
  }
};
var ListHeap = class {
  constructor(F, C, k, n, m) {
    this.F = F;
    this.C = C;
    this.k = k;
    this.n = n;
    this.ptr = new Int32Array(m);
    this.key = new Float64Array(m);
    this.heap = new Int32Array(m);
    for (let r = 0; r < m; r++) {
      this.key[r] = F[0] + C[r * k];
      this.heap[this.size++] = r;
    }
    for (let pos = (this.size >> 1) - 1; pos >= 0; pos--) this.siftDown(pos);
  }
  F;
  C;
  k;
  n;
  ptr;
  key;
  heap;
  size = 0;
  top() {
    return this.heap[0];
  }
  better(a, b) {
    return this.key[a] > this.key[b] || this.key[a] === this.key[b] && a < b;
  }
  siftDown(pos) {
    const heap = this.heap;
    for (; ; ) {
      const l = 2 * pos + 1;
      if (l >= this.size) return;
      let best = l;
      if (l + 1 < this.size && this.better(heap[l + 1], heap[l])) best = l + 1;
      if (!this.better(heap[best], heap[pos])) return;
      const t = heap[best];
      heap[best] = heap[pos];
      heap[pos] = t;
      pos = best;
    }
  }
  /** Move the top list to position f of F. */
  advanceTop(f) {
    const r = this.heap[0];
    if (f < this.n) {
      this.ptr[r] = f;
      this.key[r] = this.F[f * this.k] + this.C[r * this.k];
    } else {
      this.heap[0] = this.heap[--this.size];
    }
    this.siftDown(0);
  }
};

// src/analysis/merge.ts
var DEFAULT_LIMITS = { maxCandidates: 4e7, maxFrontier: 5e6 };
function mergeComponents(k, issueCount, constants, comps, tol, limits = DEFAULT_LIMITS) {
  const stages = [];
  let cur = { n: 1, vals: Float64Array.from(constants), parent: new Int32Array(1), choice: new Int32Array(1) };
  for (let s = 0; s < comps.length; s++) {
    const c = comps[s];
    if (c.count === 0 || cur.n === 0) {
      cur = { n: 0, vals: new Float64Array(0), parent: new Int32Array(0), choice: new Int32Array(0) };
    } else if (k === 2) {
      cur = merge2(cur, c, tol, limits);
    } else if (k === 3) {
      cur = merge3(cur, c, tol);
    } else {
      cur = mergeK(cur, c, k, tol, limits);
    }
    if (cur.n > limits.maxFrontier) {
      throw new CgError({
        code: "frontier_too_large",
        path: ["issues"],
        message: `the Pareto frontier grew past ${limits.maxFrontier} points after merging ${s + 1} of ${comps.length} issue groups; the analysis stops rather than exhaust memory`
      });
    }
    stages.push({ parent: cur.parent, choice: cur.choice });
  }
  const final = cur;
  return {
    k,
    n: final.n,
    vals: final.vals,
    outcomeOf(i) {
      const out = new Array(issueCount).fill(0);
      for (let s = stages.length - 1; s >= 0; s--) {
        const c = comps[s];
        const r = stages[s].choice[i];
        const m = c.issues.length;
        for (let a = 0; a < m; a++) out[c.issues[a]] = c.joint[r * m + a];
        i = stages[s].parent[i];
      }
      return out;
    }
  };
}
function merge2(prev, c, tol, limits) {
  const F = prev.vals;
  const n = prev.n;
  const C = c.vals;
  const heap = new ListHeap(F, C, 2, n, c.count);
  const out = new Growable(2, Math.max(16, n + c.count));
  let topU2 = -Infinity;
  while (heap.size > 0) {
    const r = heap.top();
    const f = heap.ptr[r];
    const u1 = F[2 * f] + C[2 * r];
    const u2 = F[2 * f + 1] + C[2 * r + 1];
    let next = f + 1;
    if (out.n > 0 && u2 <= topU2 + tol) {
      const bound = topU2 + tol;
      let lo = next;
      let hi = n;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (F[2 * mid + 1] + C[2 * r + 1] <= bound) lo = mid + 1;
        else hi = mid;
      }
      next = lo;
    } else {
      while (out.n > 0 && out.vals[2 * (out.n - 1)] <= u1 + tol) out.n--;
      out.ensure();
      const o = out.n++;
      out.vals[2 * o] = u1;
      out.vals[2 * o + 1] = u2;
      out.parent[o] = f;
      out.choice[o] = r;
      topU2 = u2;
      if (out.n > limits.maxFrontier) break;
    }
    heap.advanceTop(next);
  }
  return out.stage();
}
function merge3(prev, c, tol) {
  const F = prev.vals;
  const C = c.vals;
  const heap = new ListHeap(F, C, 3, prev.n, c.count);
  const out = new Growable(3, Math.max(16, prev.n + c.count));
  const s2 = [];
  const s3 = [];
  while (heap.size > 0) {
    const r = heap.top();
    const f = heap.ptr[r];
    const u2 = F[3 * f + 1] + C[3 * r + 1];
    const u3 = F[3 * f + 2] + C[3 * r + 2];
    const pos = lowerBound(s2, u2 - tol);
    if (!(pos < s2.length && s3[pos] >= u3 - tol)) {
      out.ensure();
      const o = out.n++;
      out.vals[3 * o] = F[3 * f] + C[3 * r];
      out.vals[3 * o + 1] = u2;
      out.vals[3 * o + 2] = u3;
      out.parent[o] = f;
      out.choice[o] = r;
      let hi = pos;
      while (hi < s2.length && s2[hi] <= u2) hi++;
      let lo = hi;
      while (lo > 0 && s3[lo - 1] <= u3) lo--;
      s2.splice(lo, hi - lo, u2);
      s3.splice(lo, hi - lo, u3);
    }
    heap.advanceTop(f + 1);
  }
  const keep = nearTiePass(
    out.vals,
    3,
    tol,
    Array.from({ length: out.n }, (_, i) => i),
    (i) => out.vals[3 * i],
    tol
  );
  const vals = new Float64Array(keep.length * 3);
  const parent = new Int32Array(keep.length);
  const choice = new Int32Array(keep.length);
  keep.forEach((i, t) => {
    vals.set(out.vals.subarray(3 * i, 3 * i + 3), 3 * t);
    parent[t] = out.parent[i];
    choice[t] = out.choice[i];
  });
  return { n: keep.length, vals, parent, choice };
}
function mergeK(prev, c, k, tol, limits) {
  const n = prev.n;
  const m = c.count;
  const total = n * m;
  if (total > limits.maxCandidates) {
    throw new CgError({
      code: "frontier_too_large",
      path: ["issues", c.issues[0]],
      message: `merging issue group [${c.issues.join(", ")}] would build ${total} candidate points (limit ${limits.maxCandidates}); the ${k}-party frontier is too large to compute exactly in memory`
    });
  }
  const F = prev.vals;
  const C = c.vals;
  const cand = new Float64Array(total * k);
  for (let f = 0; f < n; f++) {
    for (let r = 0; r < m; r++) {
      const o = (f * m + r) * k;
      for (let p = 0; p < k; p++) cand[o + p] = F[f * k + p] + C[r * k + p];
    }
  }
  const keep = skyline(cand, total, k, tol);
  const vals = new Float64Array(keep.length * k);
  const parent = new Int32Array(keep.length);
  const choice = new Int32Array(keep.length);
  for (let i = 0; i < keep.length; i++) {
    const idx = keep[i];
    vals.set(cand.subarray(idx * k, idx * k + k), i * k);
    parent[i] = Math.floor(idx / m);
    choice[i] = idx % m;
  }
  return { n: keep.length, vals, parent, choice };
}

// src/analysis/frontier.ts
var Frontier = class {
  constructor(points, k, tolerance, info) {
    this.points = points;
    this.k = k;
    this.tolerance = tolerance;
    this.info = info;
    this.flat = new Float64Array(points.length * k);
    points.forEach((pt, i) => this.flat.set(pt.utilities, i * k));
  }
  points;
  k;
  tolerance;
  info;
  /** Flat utilities: flat[i * k + p]. */
  flat;
  get size() {
    return this.points.length;
  }
  /** A frontier point covering `u` (>= u - tol on every party), or null (u is then infeasible). */
  covering(u) {
    const { flat, k, tolerance: tol } = this;
    for (let i = 0; i < this.points.length; i++) {
      let p = 0;
      while (p < k && flat[i * k + p] >= u[p] - tol) p++;
      if (p === k) return this.points[i];
    }
    return null;
  }
  /** A frontier point that strictly improves on `u` for someone and is no worse for anyone (beyond tol), or null. */
  dominating(u) {
    const { flat, k, tolerance: tol } = this;
    for (let i = 0; i < this.points.length; i++) {
      let p = 0;
      let better = false;
      while (p < k && flat[i * k + p] >= u[p] - tol) {
        if (flat[i * k + p] > u[p] + tol) better = true;
        p++;
      }
      if (p === k && better) return this.points[i];
    }
    return null;
  }
  /** True when no frontier point dominates `u` (u is Pareto-optimal, if it is feasible). */
  isParetoOptimal(u) {
    return this.dominating(u) === null;
  }
  /** Nearest frontier point (Euclidean distance in utility space) and that distance. */
  nearest(u) {
    const { flat, k } = this;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < this.points.length; i++) {
      let d = 0;
      for (let p = 0; p < k; p++) {
        const x = flat[i * k + p] - u[p];
        d += x * x;
      }
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best < 0 ? null : { point: this.points[best], distance: Math.sqrt(bestD) };
  }
  /** Euclidean distance from `u` to the nearest frontier point (Infinity for an empty frontier). */
  distance(u) {
    return this.nearest(u)?.distance ?? Infinity;
  }
};

// src/analysis/pareto.ts
function validateDomain(domain) {
  const problems = [];
  if (domain.parties.length === 0)
    problems.push({ code: "no_parties", path: ["parties"], message: "the domain has no parties" });
  if (domain.utilities.length !== domain.parties.length) {
    problems.push({
      code: "utility_count",
      path: ["utilities"],
      message: `expected one utility per party (${domain.parties.length}), found ${domain.utilities.length}`
    });
  }
  domain.utilities.forEach((u, p) => {
    if (u.table.length !== domain.issues.length) {
      problems.push({
        code: "table_shape",
        path: ["utilities", p, "table"],
        message: `party ${domain.parties[p]?.id ?? p}: expected ${domain.issues.length} issue rows, found ${u.table.length}`
      });
      return;
    }
    u.table.forEach((row, j) => {
      if (row.length !== domain.issues[j].options.length) {
        problems.push({
          code: "table_shape",
          path: ["utilities", p, "table", j],
          message: `party ${domain.parties[p]?.id ?? p}, issue ${domain.issues[j].id}: expected ${domain.issues[j].options.length} option values, found ${row.length}`
        });
      } else if (row.some((v) => !Number.isFinite(v))) {
        problems.push({
          code: "not_finite",
          path: ["utilities", p, "table", j],
          message: `party ${domain.parties[p]?.id ?? p}, issue ${domain.issues[j].id}: utilities must be finite numbers`
        });
      }
    });
    if (u.rectangles && !(u.rectangles.scale > 0)) {
      problems.push({
        code: "rectangle_scale",
        path: ["utilities", p, "rectangles", "scale"],
        message: "rectangle scale must be a positive number"
      });
    }
  });
  if (problems.length) throw new CgError(problems);
}
function computeFrontier(domain, opts = {}) {
  validateDomain(domain);
  const tol = opts.tolerance ?? defaultTolerance(domain);
  const k = domain.parties.length;
  const { components, constants } = decompose(domain);
  const groups = [];
  const comps = components.map((c) => {
    const big = c.size > BigInt(opts.enumerationLimit ?? ENUMERATION_LIMIT);
    const cf = big ? branchAndBoundComponent(domain, c, tol, opts.maxNodes ?? DEFAULT_MAX_NODES) : enumerateComponent(domain, c, tol);
    groups.push({
      issues: c.issues.map((j) => domain.issues[j].id),
      jointOptions: c.size.toString(),
      kept: cf.count,
      method: big ? "branch-and-bound" : "enumerate"
    });
    return cf;
  });
  let feasibleOutcomes = 1n;
  for (const c of comps)
    feasibleOutcomes = feasibleOutcomes === null || c.feasible === null ? null : feasibleOutcomes * c.feasible;
  if (comps.some((c) => c.count === 0)) feasibleOutcomes = 0n;
  const merged = mergeComponents(k, domain.issues.length, constants, comps, tol, { ...DEFAULT_LIMITS, ...opts.limits });
  let keep = Int32Array.from({ length: merged.n }, (_, i) => i);
  if (exceedsClamp(domain, merged.vals, merged.n, k)) keep = clampAndFilter(domain, merged.vals, merged.n, k, tol);
  const points = [];
  for (let t = 0; t < keep.length; t++) {
    const outcome = merged.outcomeOf(keep[t]);
    points.push({ utilities: domain.utilities.map((u) => utilityOf(u, outcome)), outcome });
  }
  points.sort(lexDesc);
  return new Frontier(points, k, tol, { groups, feasibleOutcomes });
}
function lexDesc(a, b) {
  for (let p = 0; p < a.utilities.length; p++) {
    const d = b.utilities[p] - a.utilities[p];
    if (d !== 0) return d;
  }
  return 0;
}
function exceedsClamp(domain, vals, n, k) {
  for (let p = 0; p < k; p++) {
    const max = domain.utilities[p].max;
    if (max === void 0) continue;
    for (let i = 0; i < n; i++) if (vals[i * k + p] > max) return true;
  }
  return false;
}
function clampAndFilter(domain, vals, n, k, tol) {
  const c = vals.slice(0, n * k);
  for (let p = 0; p < k; p++) {
    const max = domain.utilities[p].max;
    if (max === void 0) continue;
    for (let i = 0; i < n; i++) if (c[i * k + p] > max) c[i * k + p] = max;
  }
  return skyline(c, n, k, tol);
}

// src/analysis/summary.ts
var fmt = (x) => (x >= 0 ? "+" : "\u2212") + Math.abs(x).toFixed(3);
function listWords(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function optionLabel(domain, j, o) {
  const issue = domain.issues[j];
  return issue.optionLabels?.[o] ?? issue.options[o];
}
function partiesBreaking(domain, outcome) {
  return domain.parties.filter((_, p) => domain.utilities[p].redLines.some((line) => violates(line, outcome))).map((p) => p.name);
}
function someoneGains(domain, sq, sqUtilities, j, tol) {
  return domain.issues[j].options.some((_, o) => {
    if (o === sq[j]) return false;
    const out = sq.slice();
    out[j] = o;
    return utilities(domain, out).some((u, p) => u - sqUtilities[p] > tol);
  });
}
function linkageSummary(domain, r, tol = 1e-12) {
  const out = [];
  const issueName = (id) => domain.issues.find((i) => i.id === id)?.name ?? id;
  const n = domain.issues.length;
  const sq = r.statusQuo.outcome;
  if (r.noDealAlone.length === 0) {
    out.push(`Bargained one at a time, every issue has a change that no party opposes.`);
  } else {
    const index = (id) => domain.issues.findIndex((i) => i.id === id);
    const contested = r.noDealAlone.filter((id) => someoneGains(domain, sq, r.statusQuo.utilities, index(id), tol));
    const settled = r.noDealAlone.filter((id) => !contested.includes(id));
    const k = r.noDealAlone.length;
    const parts = [];
    if (contested.length) {
      parts.push(
        `${contested.length === k ? "" : `${listWords(contested.map(issueName))}: `}every change that helps some party makes another worse off than the status quo (or crosses a red line), a zero-sum game`
      );
    }
    if (settled.length) {
      parts.push(
        `${settled.length === k ? "" : `${listWords(settled.map(issueName))}: `}no party gains from any change, the status quo is already as good for everyone as any option`
      );
    }
    out.push(
      `Bargained one at a time, ${k} of ${n} issue${n === 1 ? "" : "s"} end${k === 1 ? "s" : ""} in no deal (${listWords(r.noDealAlone.map(issueName))})${contested.length && settled.length ? ". " : ": "}${parts.join("; ")}.`
    );
  }
  const sqBreaking = partiesBreaking(domain, sq);
  if (sqBreaking.length) {
    out.push(
      `The status quo itself breaks a red line of ${listWords(sqBreaking)}: today's state is one ${sqBreaking.length === 1 ? "that party" : "those parties"} would not sign as a deal.`
    );
  }
  const delinkedChanged = r.delinked.outcome.some((o, j) => o !== sq[j]);
  if (!r.delinkedFeasible && delinkedChanged) {
    out.push(
      `The issue-by-issue agreements together break a red line of ${listWords(partiesBreaking(domain, r.delinked.outcome))}, so that package could not actually be signed.`
    );
  }
  if (!r.linked) {
    out.push(
      "No package of options makes every party strictly better off than the status quo, so linking the issues does not produce a Nash deal."
    );
    return out;
  }
  const linked = r.linked;
  const clauses = [];
  domain.parties.forEach((party) => {
    const items = r.concessions[party.id].map((id) => {
      const j = domain.issues.findIndex((i) => i.id === id);
      return `${optionLabel(domain, j, linked.outcome[j])} on ${issueName(id)}`;
    });
    if (items.length) clauses.push(`${party.name} accepts ${listWords(items)}`);
  });
  if (clauses.length) out.push(`In the linked package, ${clauses.join("; ")}.`);
  else
    out.push("The linked package needs no concession from anyone: it improves every issue it changes for every party.");
  domain.parties.forEach((party, p) => {
    const con = r.concessions[party.id].map(issueName);
    const gain = r.gains[party.id].map(issueName);
    const parts = [];
    if (con.length) parts.push(`concedes on ${listWords(con)}`);
    if (gain.length) parts.push(`gains on ${listWords(gain)}`);
    const what = parts.length ? parts.join(" and ") : "keeps every issue it cares about unchanged";
    out.push(
      `${party.name} ${what}: ${fmt(linked.utilities[p] - r.statusQuo.utilities[p])} over the status quo, ${fmt(r.gain[p])} over issue-by-issue bargaining.`
    );
  });
  out.push(
    `Linking the issues ${r.totalGain >= 0 ? "adds" : "loses"} ${Math.abs(r.totalGain).toFixed(3)} in total utility over bargaining them one at a time.`
  );
  return out;
}

// src/analysis/linkage.ts
function checkOutcome(domain, outcome, what) {
  if (!Array.isArray(outcome) || outcome.length !== domain.issues.length) {
    throw new CgError({
      code: "invalid_outcome",
      path: [what],
      message: `${what} must give one option per issue (${domain.issues.length})`,
      received: Array.isArray(outcome) ? `${outcome.length} options` : typeof outcome
    });
  }
  const problems = outcome.flatMap(
    (o, j) => Number.isInteger(o) && o >= 0 && o < domain.issues[j].options.length ? [] : [
      {
        code: "unknown_option",
        path: [what, domain.issues[j].id],
        message: `no option ${String(o)} on issue ${domain.issues[j].id}`,
        expected: `an index 0..${domain.issues[j].options.length - 1}`
      }
    ]
  );
  if (problems.length) throw new CgError(problems);
}
function linkageAnalysis(domain, statusQuo, frontier, opts = {}) {
  checkOutcome(domain, statusQuo, "statusQuo");
  const tol = opts.tolerance ?? (frontier && !Array.isArray(frontier) ? frontier.tolerance : defaultTolerance(domain));
  const front = frontier ?? computeFrontier(domain, { tolerance: tol });
  const k = domain.parties.length;
  const sq = statusQuo.slice();
  const dSq = utilities(domain, sq);
  const perIssue = [];
  const noDealAlone = [];
  const delinkedOutcome = sq.slice();
  domain.issues.forEach((issue, j) => {
    const candidates = [sq[j], ...issue.options.map((_, o) => o).filter((o) => o !== sq[j])];
    const table = [];
    let best = -1;
    let bestGains = [];
    let bestKey = { pos: false, key: 0, keyTol: 0 };
    let bestSum = -Infinity;
    for (const o of candidates) {
      const out = sq.slice();
      out[j] = o;
      if (o !== sq[j] && !isFeasible(domain, out)) continue;
      const g = domain.utilities.map((u, p) => utilityOf(u, out) - dSq[p]);
      if (o !== sq[j] && g.some((x) => x < -tol)) continue;
      table.push(o);
      const nk = nashKey(g, new Array(k).fill(0), tol);
      const key = nk ? { pos: true, ...nk } : { pos: false, key: 0, keyTol: 0 };
      const sum = sumOf(g);
      let better;
      if (best < 0) better = true;
      else if (key.pos !== bestKey.pos) better = key.pos;
      else {
        const t = Math.max(key.keyTol, bestKey.keyTol);
        if (key.pos && key.key > bestKey.key + t) better = true;
        else if (key.pos && key.key < bestKey.key - t) better = false;
        else better = sum > bestSum + k * tol;
      }
      if (better) {
        best = o;
        bestGains = g;
        bestKey = key;
        bestSum = sum;
      }
    }
    table.sort((a, b) => a - b);
    perIssue.push({
      issueId: issue.id,
      tableOptions: table.map((o) => issue.options[o]),
      chosen: issue.options[best],
      gains: bestGains
    });
    if (!bestGains.some((x) => x > tol)) noDealAlone.push(issue.id);
    delinkedOutcome[j] = best;
  });
  const delinked = { utilities: utilities(domain, delinkedOutcome), outcome: delinkedOutcome };
  const linked = bargainingSolutions(domain, front, dSq, tol).nash;
  const gain = linked ? linked.utilities.map((x, p) => x - delinked.utilities[p]) : new Array(k).fill(0);
  const concessions = {};
  const gains = {};
  for (const party of domain.parties) {
    concessions[party.id] = [];
    gains[party.id] = [];
  }
  if (linked) {
    domain.issues.forEach((issue, j) => {
      if (linked.outcome[j] === sq[j]) return;
      const out = sq.slice();
      out[j] = linked.outcome[j];
      domain.parties.forEach((party, p) => {
        const delta = utilityOf(domain.utilities[p], out) - dSq[p];
        if (delta < -tol) concessions[party.id].push(issue.id);
        else if (delta > tol) gains[party.id].push(issue.id);
      });
    });
  }
  const result = {
    statusQuo: { utilities: dSq, outcome: sq },
    delinked,
    delinkedFeasible: isFeasible(domain, delinkedOutcome),
    linked,
    gain,
    totalGain: sumOf(gain),
    noDealAlone,
    perIssue,
    concessions,
    gains,
    summary: []
  };
  result.summary = linkageSummary(domain, result, tol);
  return result;
}

// src/analysis/analyze.ts
function analyze(domain, opts = {}) {
  const frontier = computeFrontier(domain, opts);
  const tol = frontier.tolerance;
  let sq = opts.statusQuo === void 0 ? statusQuoOutcome(domain) : opts.statusQuo;
  if (sq) {
    checkOutcome(domain, sq, "statusQuo");
    sq = sq.slice();
  }
  const disagreement = sq ? utilities(domain, sq) : domain.parties.map((p) => p.reservation);
  const sol = bargainingSolutions(domain, frontier, disagreement, tol);
  return {
    outcomeCount: outcomeCount(domain),
    feasibleOutcomeCount: frontier.info.feasibleOutcomes,
    pareto: frontier.points,
    frontier,
    disagreement,
    disagreementSource: sq ? "statusQuo" : "reservation",
    ideal: sol.ideal,
    nash: sol.nash,
    kalaiSmorodinsky: sol.kalaiSmorodinsky,
    egalitarian: sol.egalitarian,
    utilitarian: sol.utilitarian,
    linkage: sq ? linkageAnalysis(domain, sq, frontier, { tolerance: tol }) : null,
    tolerance: tol
  };
}

// src/analysis/json.ts
function pointToJson(domain, p) {
  return p ? { utilities: p.utilities.slice(), outcome: outcomeToRecord(domain, p.outcome) } : null;
}
function toJson(domain, r) {
  const l = r.linkage;
  return {
    domain: { id: domain.id, name: domain.name },
    parties: domain.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })),
    issues: domain.issues.map((i) => ({
      id: i.id,
      name: i.name,
      options: i.options.slice(),
      ...i.statusQuo !== void 0 ? { statusQuo: i.options[i.statusQuo] } : {}
    })),
    outcomeCount: r.outcomeCount.toString(),
    feasibleOutcomeCount: r.feasibleOutcomeCount === null ? null : r.feasibleOutcomeCount.toString(),
    tolerance: r.tolerance,
    disagreement: r.disagreement.slice(),
    disagreementSource: r.disagreementSource,
    ideal: r.ideal ? r.ideal.slice() : null,
    paretoSize: r.pareto.length,
    pareto: r.pareto.map((p) => pointToJson(domain, p)),
    nash: pointToJson(domain, r.nash),
    kalaiSmorodinsky: pointToJson(domain, r.kalaiSmorodinsky),
    egalitarian: pointToJson(domain, r.egalitarian),
    utilitarian: pointToJson(domain, r.utilitarian),
    linkage: l ? {
      statusQuo: pointToJson(domain, l.statusQuo),
      delinked: pointToJson(domain, l.delinked),
      delinkedFeasible: l.delinkedFeasible,
      linked: pointToJson(domain, l.linked),
      gain: l.gain.slice(),
      totalGain: l.totalGain,
      noDealAlone: l.noDealAlone.slice(),
      perIssue: l.perIssue.map((x) => ({ ...x, tableOptions: x.tableOptions.slice(), gains: x.gains.slice() })),
      concessions: l.concessions,
      gains: l.gains,
      summary: l.summary.slice()
    } : null
  };
}

// src/cli/analysis-report.ts
var WIDTH = 100;
var num = (x) => Number.isFinite(x) ? x.toFixed(3) : String(x);
var signed = (x) => (x >= 0 ? "+" : "-") + Math.abs(x).toFixed(3);
var count = (n) => n.toLocaleString("en-US");
function clip(s, n) {
  return s.length <= n ? s : s.slice(0, n - 1) + "\u2026";
}
function partyHeaders(domain) {
  const short = domain.parties.every((p) => p.id.length <= 9);
  if (short) return { headers: domain.parties.map((p) => p.id), legend: null };
  return {
    headers: domain.parties.map((_, i) => `P${i + 1}`),
    legend: domain.parties.map((p, i) => `P${i + 1} = ${p.id}`).join(", ")
  };
}
function utilityTable(rowLabels, rows, headers, extra) {
  const labelWidth = Math.max(...rowLabels.map((l) => l.length), 0);
  const colWidth = Math.max(7, ...headers.map((h) => h.length));
  const head = " ".repeat(labelWidth) + headers.map((h) => "  " + h.padStart(colWidth)).join("") + (extra ? "  " + extra.header.padStart(7) : "");
  const out = ["  " + head.trimEnd()];
  rows.forEach((r, i) => {
    const cells = r ? r.map((x) => "  " + num(x).padStart(colWidth)).join("") : "  " + "none".padStart(colWidth);
    const tail = extra && extra.values[i] !== null ? "  " + String(extra.values[i]).padStart(7) : "";
    out.push(("  " + rowLabels[i].padEnd(labelWidth) + cells + tail).trimEnd());
  });
  return out;
}
function optionLabel2(domain, j, k) {
  const issue = domain.issues[j];
  const label = issue.optionLabels?.[k];
  return label && label !== issue.options[k] ? label : issue.options[k];
}
function packageLines(domain, p, only) {
  const js = only ?? domain.issues.map((_, j) => j);
  const nameWidth = Math.min(48, Math.max(...js.map((j) => domain.issues[j].name.length)));
  return js.map((j) => {
    const name = clip(domain.issues[j].name, nameWidth).padEnd(nameWidth);
    return clip(`    ${name}  ${optionLabel2(domain, j, p.outcome[j])}`, WIDTH);
  });
}
function samplePoints(points, k, n) {
  if (points.length <= n) return points;
  const chosen = /* @__PURE__ */ new Set();
  for (let p = 0; p < k; p++) {
    let best = 0;
    points.forEach((pt, i) => {
      if (pt.utilities[p] > points[best].utilities[p]) best = i;
    });
    chosen.add(best);
  }
  for (let i = 0; chosen.size < n && i < n; i++) chosen.add(Math.round(i * (points.length - 1) / (n - 1)));
  return [...chosen].sort((a, b) => a - b).map((i) => points[i]);
}
function analysisReport({ domain, result: r, source, kind, statusQuoGiven }) {
  const out = [];
  const { headers, legend } = partyHeaders(domain);
  out.push(
    domain.name,
    `${kind === "genius" ? "Genius folder" : kind === "builtin" ? "built-in scenario" : "scenario"}: ${source}`,
    ""
  );
  out.push(
    ...wrap(
      `Parties (${domain.parties.length}): ${domain.parties.map((p) => `${p.name}${p.name !== p.id ? ` [${p.id}]` : ""} reservation ${num(p.reservation)}`).join("; ")}`,
      4
    )
  );
  const areas = new Set(domain.issues.map((i) => i.area).filter((a) => a !== void 0));
  const feasible = r.feasibleOutcomeCount === null ? "" : r.feasibleOutcomeCount === r.outcomeCount ? "" : `, ${count(r.feasibleOutcomeCount)} without a red line`;
  out.push(
    `Issues: ${domain.issues.length}${areas.size ? ` in ${areas.size} areas` : ""}; outcomes: ${count(r.outcomeCount)}${feasible}`
  );
  out.push(
    `Pareto frontier: ${r.pareto.length.toLocaleString("en-US")} point${r.pareto.length === 1 ? "" : "s"} (distinct utility vectors; all of them with --json)`
  );
  if (r.pareto.length === 0) {
    out.push(
      ...wrap(
        "Every outcome breaks a red line of some party: no package can be signed, so there is nothing to bargain over. Check the red lines (a party may have ruled out every option of an issue, or parties may have ruled out complementary options)."
      )
    );
  }
  if (legend) out.push(...wrap(`Columns: ${legend}`, 4));
  const skipped = domain.meta?.skipped ?? [];
  if (skipped.length) out.push(...wrap(`Skipped files: ${skipped.join(", ")}`, 4));
  for (const note of domain.meta?.notes ?? []) out.push(...wrap(`Note: ${note}`, 4));
  out.push("");
  if (r.pareto.length) {
    const sample = samplePoints(r.pareto, domain.parties.length, 8);
    out.push(`Frontier sample (${sample.length} of ${r.pareto.length}, best for each party included):`);
    out.push(
      ...utilityTable(
        sample.map((_, i) => `#${i + 1}`),
        sample.map((p) => p.utilities),
        headers
      )
    );
    out.push("");
  }
  const d = r.disagreementSource === "statusQuo" ? "status quo" : "reservation values";
  out.push(`Bargaining solutions (disagreement point: ${d}):`);
  const sols = [
    ["Nash", r.nash],
    ["Kalai-Smorodinsky", r.kalaiSmorodinsky],
    ["egalitarian", r.egalitarian],
    ["utilitarian", r.utilitarian]
  ];
  out.push(
    ...utilityTable(
      sols.map(([n]) => n),
      sols.map(([, p]) => p ? p.utilities : null),
      headers
    )
  );
  const base = sols.find(([, p]) => p)?.[1] ?? null;
  if (base) {
    const baseName = sols.find(([, p]) => p === base)[0];
    out.push("", `${baseName} package:`, ...packageLines(domain, base));
    for (const [name, p] of sols) {
      if (!p || p === base) continue;
      const diff = domain.issues.map((_, j) => j).filter((j) => p.outcome[j] !== base.outcome[j]);
      out.push(diff.length ? `${name} differs on:` : `${name}: same package as ${baseName}`);
      if (diff.length) out.push(...packageLines(domain, p, diff));
    }
  } else if (r.pareto.length > 0) {
    out.push("  No outcome gives every party at least its disagreement utility.");
  }
  out.push("");
  const l = r.linkage;
  if (!l) {
    const missing = domain.issues.filter((i) => i.statusQuo === void 0);
    const partial = missing.length > 0 && missing.length < domain.issues.length;
    const names = missing.slice(0, 6).map((i) => i.id).join(", ") + (missing.length > 6 ? `, \u2026 (${missing.length} in all)` : "");
    out.push(
      ...wrap(
        partial ? `Linkage: the status quo is missing on ${missing.length} of ${domain.issues.length} issues (${names}). Give those with --status-quo "issue=option;..." to compare bargaining the issues one at a time with bargaining them as one package.` : 'Linkage: no status quo. Give one with --status-quo "issue=option;..." (every issue) to compare bargaining the issues one at a time with bargaining them as one package.'
      )
    );
    return out.join("\n") + "\n";
  }
  out.push(`Linkage: one package versus one issue at a time${statusQuoGiven ? " (status quo from --status-quo)" : ""}`);
  const total = (u) => u.reduce((a, b) => a + b, 0);
  const delinkedChanged = l.delinked.outcome.some((o, j) => o !== l.statusQuo.outcome[j]);
  const flagged = !l.delinkedFeasible && delinkedChanged;
  const labels = ["status quo", `issue by issue${flagged ? " (!)" : ""}`, "linked (Nash)", "gain from linkage"];
  const w = Math.max(...labels.map((x) => x.length));
  const colWidth = Math.max(7, ...headers.map((h) => h.length));
  const totalColumn = 2 + w + headers.length * (2 + colWidth) + 9 <= 100;
  const totals = [
    num(total(l.statusQuo.utilities)),
    num(total(l.delinked.utilities)),
    l.linked ? num(total(l.linked.utilities)) : null
  ];
  out.push(
    ...utilityTable(
      labels.slice(0, 3).map((x) => x.padEnd(w)),
      [l.statusQuo.utilities, l.delinked.utilities, l.linked ? l.linked.utilities : null],
      headers,
      totalColumn ? { header: "total", values: totals } : void 0
    )
  );
  out.push(
    ("  " + labels[3].padEnd(w) + l.gain.map((g) => "  " + signed(g).padStart(colWidth)).join("") + (totalColumn ? "  " + signed(l.totalGain).padStart(7) : "")).trimEnd()
  );
  if (!totalColumn) {
    out.push(
      `  total: status quo ${totals[0]}, issue by issue ${totals[1]}, linked (Nash) ${totals[2] ?? "none"}, gain from linkage ${signed(l.totalGain)}`
    );
  }
  if (flagged) out.push("  (!) the issue-by-issue agreements together break a red line.");
  out.push("");
  for (const sentence of l.summary) out.push(...wrap(sentence, 2));
  return out.join("\n") + "\n";
}

export {
  computeFrontier,
  bargainingSolutions,
  analyze,
  toJson,
  analysisReport
};
