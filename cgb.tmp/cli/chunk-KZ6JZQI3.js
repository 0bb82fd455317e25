import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/problems.ts
var CgError = class extends Error {
  problems;
  status;
  exitCode;
  constructor(problems, opts = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(opts.message ?? list.map(formatProblem).join("\n"));
    this.name = "CgError";
    this.problems = list;
    this.status = opts.status ?? 400;
    this.exitCode = opts.exitCode ?? 2;
  }
  /** First problem's code (convenience for tests and HTTP problem details). */
  get code() {
    return this.problems[0]?.code ?? "error";
  }
};
function problem(code, message, extra = {}) {
  return { code, path: [], message, ...extra };
}
function fail(code, message, extra = {}) {
  const { status, ...rest } = extra;
  throw new CgError(problem(code, message, rest), { status });
}
function isCgError(e) {
  return e instanceof CgError || typeof e === "object" && e !== null && e.name === "CgError" && Array.isArray(e.problems);
}
var IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function formatProblem(p) {
  const where = [];
  if (p.file)
    where.push(p.file + (p.line !== void 0 ? `:${p.line}` + (p.column !== void 0 ? `:${p.column}` : "") : ""));
  else if (p.line !== void 0) where.push(`line ${p.line}` + (p.column !== void 0 ? `, column ${p.column}` : ""));
  const path = formatPath(p.path);
  if (path) where.push(path);
  let detail = "";
  if (p.expected !== void 0 || p.received !== void 0) {
    const parts = [];
    if (p.expected !== void 0) parts.push(`expected ${p.expected}`);
    if (p.received !== void 0) parts.push(`received ${p.received}`);
    detail = ` (${parts.join(", ")})`;
  }
  return `${where.length ? where.join(": ") + ": " : ""}${p.message}${detail}`;
}
function formatProblems(problems) {
  return problems.map((p) => `error [${p.code}] ${formatProblem(p)}`).join("\n");
}

// src/core/text.ts
function wrap(text, indent = 0, width = 100) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pad = lines.length === 0 && line === "" ? "" : " ".repeat(indent);
    if (line === "") line = pad + word;
    else if (line.length + 1 + word.length <= width) line += " " + word;
    else {
      lines.push(line);
      line = " ".repeat(indent) + word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// src/core/zod.ts
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "\u2026" : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
function problemsFromZod(error, file) {
  return error.issues.map((issue) => {
    const p = {
      code: issue.code,
      path: issue.path.filter((s) => typeof s !== "symbol"),
      message: issue.message
    };
    const anyIssue = issue;
    if (typeof anyIssue.expected === "string") p.expected = anyIssue.expected;
    if ("input" in anyIssue && issue.code === "invalid_type") p.received = describe(anyIssue.input);
    if (file) p.file = file;
    return p;
  });
}

// src/core/random.ts
function splitmix32(a) {
  return () => {
    a = a + 2654435769 | 0;
    let t = a ^ a >>> 16;
    t = Math.imul(t, 569420461);
    t = t ^ t >>> 15;
    t = Math.imul(t, 1935289751);
    return (t ^ t >>> 15) >>> 0;
  };
}
function deriveSeed(seed, ...parts) {
  let h = seed >>> 0;
  for (const part of parts) {
    const s = typeof part === "number" ? String(part) : part;
    for (let i = 0; i < s.length; i++) {
      h = Math.imul(h ^ s.charCodeAt(i), 1540483477) >>> 0;
      h ^= h >>> 13;
    }
    h = splitmix32(h ^ 2246822507)();
  }
  return h >>> 0;
}
function createRng(seed) {
  const sm = splitmix32(seed >>> 0);
  let a = sm(), b = sm(), c = sm(), d = sm();
  if ((a | b | c | d) === 0) a = 1;
  const nextU32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => {
    const hi = nextU32() >>> 5;
    const lo = nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  return {
    seed: seed >>> 0,
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => p <= 0 ? false : p >= 1 ? true : next() < p
  };
}
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

// src/core/sorted.ts
function lowerBound(a, x) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(a, x) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  CgError,
  fail,
  isCgError,
  formatProblems,
  problemsFromZod,
  deriveSeed,
  createRng,
  lowerBound,
  upperBound,
  wrap
};
