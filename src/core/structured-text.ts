/**
 * YAML and JSON text read in linear time, with positions, within limits. Every reader of user
 * documents (scenarios, frameworks, cooperation games) goes through `readStructuredText`, so every
 * one refuses the same things the same way:
 *
 * - nesting deeper than `LIMITS.depth` and documents of more than `LIMITS.values` keys and values,
 *   checked on YAML's concrete syntax tree (built without recursion) before the recursive composer
 *   runs, and while JSON is read;
 * - YAML aliases and merge keys adding more than `LIMITS.aliasExpansion` values (alias bombs), and
 *   aliases that refer to a node containing them (cycles);
 * - merge keys (`<<`) whose value is not a mapping, an alias of one or a list of those;
 * - keys that are lists, mappings or aliases; duplicate keys; reserved names (`__proto__`, ...).
 *
 * The data is built here (not by `yaml`'s toJS, whose alias resolution scans the document per
 * alias) in one pass that also indexes the position of every key and value, so `locate(path)`
 * costs one map lookup per path segment, however many problems a document has. JSON is read as
 * JSON by a small iterative reader of its own (JSON.parse gives no positions and no duplicate-key
 * check). Browser-safe: `yaml` is pure JavaScript.
 */
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  Parser,
  type CST,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { isReservedName, LIMITS, reservedNameProblem } from './limits.ts';
import { capProblems, CgError, problem, type PathSegment, type Problem } from './problems.ts';

export interface StructuredText {
  /** The document as plain JSON-like data (null for an empty document). */
  data: unknown;
  /** 1-based line and column of the node at `path` (its key, for the last segment of a map path), or of the deepest existing ancestor. */
  locate(path: readonly PathSegment[]): { line: number; column: number } | undefined;
  /** The same, but the value's place for the last segment too (where a bad value is written). */
  locateValue(path: readonly PathSegment[]): { line: number; column: number } | undefined;
}

export interface ReadOptions {
  /** File name put on problems; `.json` selects JSON unless `format` says otherwise. */
  file?: string;
  format?: 'yaml' | 'json';
  /** YAML merge keys (`<<: *defaults`); default false (then `<<` is an ordinary key). */
  merge?: boolean;
  maxDepth?: number;
  maxValues?: number;
  maxAliasExpansion?: number;
  /** Counts the reader's steps (values read, path segments looked up): tests check work grows linearly. */
  work?: { steps: number };
}

/** Read YAML or JSON text; every problem is a `CgError` naming the file, line and column. */
export function readStructuredText(text: string, opts: ReadOptions = {}): StructuredText {
  const json = opts.format ? opts.format === 'json' : /\.json$/i.test(opts.file ?? '');
  return json ? readJson(text, opts) : readYaml(text, opts);
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Where the keys and values of one built object or array start (offsets into the text). */
type Entry = { start: number; keys: Map<string, [number, number]> } | { start: number; items: number[] };

class Positions {
  readonly index = new WeakMap<object, Entry>();
  rootStart: number | undefined;
  constructor(
    private readonly toLineCol: (offset: number) => { line: number; column: number },
    private readonly work?: { steps: number },
  ) {}

  locate(data: unknown, path: readonly PathSegment[], atKey = true): { line: number; column: number } | undefined {
    let node = data;
    let best = this.rootStart;
    for (let i = 0; i < path.length; i++) {
      if (this.work) this.work.steps++;
      const entry = typeof node === 'object' && node !== null ? this.index.get(node) : undefined;
      if (!entry) break;
      const seg = path[i];
      if ('keys' in entry) {
        const at = entry.keys.get(String(seg));
        if (!at) break;
        if (i === path.length - 1 && atKey) {
          best = at[0];
          break;
        }
        node = (node as Record<string, unknown>)[String(seg)];
        best = at[1];
        if (i === path.length - 1) break;
      } else {
        if (typeof seg !== 'number' || entry.items[seg] === undefined) break;
        node = (node as unknown[])[seg];
        best = entry.items[seg];
      }
    }
    return best === undefined ? undefined : this.toLineCol(best);
  }
}

/** Line starts of `text`, computed once on first use; offsets to 1-based line and column by binary search. */
function lineColOf(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | null = null;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function fileOf(opts: ReadOptions): { file?: string } {
  return opts.file ? { file: opts.file } : {};
}

// ---------------------------------------------------------------------------------------------
// JSON

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

type JsonFrame =
  | {
      kind: 'obj';
      value: Record<string, unknown>;
      keys: Map<string, [number, number]>;
      key: string;
      keyAt: number;
      skip: boolean;
    }
  | { kind: 'arr'; value: unknown[]; items: number[] };

function readJson(text: string, opts: ReadOptions): StructuredText {
  const maxDepth = opts.maxDepth ?? LIMITS.depth;
  const maxValues = opts.maxValues ?? LIMITS.values;
  const lineCol = lineColOf(text);
  const place = (offset: number) => ({ ...lineCol(offset), ...fileOf(opts) });
  const fail = (offset: number, detail: string): never => {
    throw new CgError(problem('syntax_error', { format: 'JSON', detail }, place(offset)));
  };
  const problems: Problem[] = [];
  const positions = new Positions(lineCol, opts.work);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let values = 0;

  const ws = (k: number): number => {
    for (;;) {
      const c = text.charCodeAt(k);
      if (c === 32 || c === 10 || c === 13 || c === 9) k++;
      else return k;
    }
  };
  const shown = (k: number): string => (k >= n ? 'the end of the file' : JSON.stringify(text[k]));

  /** The string starting at `start` (a double quote); returns its value and the offset after it. */
  const readString = (start: number): [string, number] => {
    let escaped = false;
    let k = start + 1;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        k++;
      } else if (c < 0x20) fail(k, 'a control character (such as a line break) inside a string must be escaped');
    }
    if (k >= n) fail(start, 'a string is not closed before the end of the file');
    if (!escaped) return [text.slice(start + 1, k), k + 1];
    try {
      return [JSON.parse(text.slice(start, k + 1)) as string, k + 1];
    } catch {
      return fail(start, 'a string holds an invalid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)');
    }
  };

  const stack: JsonFrame[] = [];
  let root: unknown = null;
  /** The data path of the key being read in the innermost open object (problems name it). */
  const pathTo = (key: string): PathSegment[] => {
    const out: PathSegment[] = [];
    for (let k = 0; k < stack.length - 1; k++) {
      const f = stack[k];
      out.push(f.kind === 'obj' ? f.key : f.value.length - 1);
    }
    out.push(key);
    return out;
  };

  /** Put a value read at `start` into the open container (or make it the document). */
  const attach = (value: unknown, start: number) => {
    if (opts.work) opts.work.steps++;
    if (++values > maxValues)
      throw new CgError(problem('too_many_values', { limit: maxValues, format: 'JSON' }, place(start)));
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      positions.rootStart = start;
    } else if (top.kind === 'arr') {
      top.value.push(value);
      top.items.push(start);
    } else if (!top.skip) {
      top.value[top.key] = value;
      top.keys.set(top.key, [top.keyAt, start]);
    }
  };

  /** Read `"key" :` into the object frame; returns the offset after the colon. */
  const readKey = (frame: Extract<JsonFrame, { kind: 'obj' }>, at: number): number => {
    if (text.charCodeAt(at) !== 34) fail(at, `expected a key in double quotes, found ${shown(at)}`);
    const [key, after] = readString(at);
    if (++values > maxValues)
      throw new CgError(problem('too_many_values', { limit: maxValues, format: 'JSON' }, place(at)));
    frame.key = key;
    frame.keyAt = at;
    frame.skip = false;
    if (isReservedName(key)) {
      problems.push(reservedNameProblem(key, 'key', { path: pathTo(key), ...place(at) }));
      frame.skip = true;
    } else if (Object.prototype.hasOwnProperty.call(frame.value, key)) {
      problems.push(problem('duplicate_key', { key }, { path: pathTo(key), ...place(at) }));
      frame.skip = true;
    }
    const colon = ws(after);
    if (text.charCodeAt(colon) !== 58)
      fail(colon, `expected ":" after the key ${JSON.stringify(key)}, found ${shown(colon)}`);
    return colon + 1;
  };

  i = ws(i);
  if (i >= n) return { data: null, locate: () => undefined, locateValue: () => undefined };
  for (;;) {
    // A value starts here.
    i = ws(i);
    if (i >= n) fail(i, 'the file ends where a value was expected');
    const c = text.charCodeAt(i);
    const start = i;
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth)
        throw new CgError(problem('too_deep', { limit: maxDepth, format: 'JSON' }, place(start)));
      const inner = ws(i + 1);
      const empty = text.charCodeAt(inner) === (c === 123 ? 125 : 93);
      if (c === 123) {
        const frame: JsonFrame = { kind: 'obj', value: {}, keys: new Map(), key: '', keyAt: 0, skip: false };
        attach(frame.value, start);
        positions.index.set(frame.value, { start, keys: frame.keys });
        if (!empty) {
          stack.push(frame);
          i = readKey(frame, inner);
          continue;
        }
      } else {
        const frame: JsonFrame = { kind: 'arr', value: [], items: [] };
        attach(frame.value, start);
        positions.index.set(frame.value, { start, items: frame.items });
        if (!empty) {
          stack.push(frame);
          i = inner;
          continue;
        }
      }
      i = inner + 1;
    } else if (c === 34) {
      const [s, after] = readString(i);
      attach(s, start);
      i = after;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail(i, `expected a number, found ${shown(i)}`);
      attach(Number(m![0]), start);
      i += m![0].length;
    } else if (text.startsWith('true', i)) {
      attach(true, start);
      i += 4;
    } else if (text.startsWith('false', i)) {
      attach(false, start);
      i += 5;
    } else if (text.startsWith('null', i)) {
      attach(null, start);
      i += 4;
    } else {
      fail(i, `unexpected ${shown(i)} where a value was expected`);
    }
    // After a value: a comma (then the next key or item), or the end of one or more containers.
    let next = false;
    while (!next) {
      i = ws(i);
      const top = stack[stack.length - 1];
      if (!top) {
        if (i < n) fail(i, `unexpected ${shown(i)} after the end of the JSON value`);
        if (problems.length) throw new CgError(capProblems(problems));
        return {
          data: root,
          locate: (path) => positions.locate(root, path),
          locateValue: (path) => positions.locate(root, path, false),
        };
      }
      const ch = text.charCodeAt(i);
      if (ch === 44) {
        i = top.kind === 'obj' ? readKey(top, ws(i + 1)) : i + 1;
        next = true;
      } else if (ch === (top.kind === 'obj' ? 125 : 93)) {
        stack.pop();
        i++;
      } else {
        fail(i, `expected "," or "${top.kind === 'obj' ? '}' : ']'}", found ${shown(i)}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

type CstToken = CST.Token;

function readYaml(text: string, opts: ReadOptions): StructuredText {
  const lc = new LineCounter();
  const toLineCol = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const place = (offset: number) => ({ ...toLineCol(offset), ...fileOf(opts) });
  const tokens = Array.from(new Parser(lc.addNewLine).parse(text));
  checkCst(tokens, opts, place);

  const composer = new Composer({ uniqueKeys: false, strict: true, merge: !!opts.merge, prettyErrors: false });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  if (docs.length > 1)
    throw new CgError(
      problem('syntax_error', { format: 'YAML', multipleDocuments: true }, place(docs[1].range?.[0] ?? 0)),
    );
  const doc = docs[0];
  if (doc.errors.length > 0)
    throw new CgError(
      capProblems(
        doc.errors.map((e) =>
          problem('syntax_error', { format: 'YAML', detail: firstLine(e.message) }, place(e.pos[0])),
        ),
      ),
    );
  const positions = new Positions(toLineCol, opts.work);
  const data = buildYaml(doc, opts, positions, place);
  return {
    data,
    locate: (path) => positions.locate(data, path),
    locateValue: (path) => positions.locate(data, path, false),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Depth and size limits on the concrete syntax tree, before composing: the composer recurses
 * once per level of nesting and would exhaust the stack on a deep enough document.
 */
function checkCst(
  tokens: CstToken[],
  opts: ReadOptions,
  place: (offset: number) => { line: number; column: number; file?: string },
): void {
  const maxDepth = opts.maxDepth ?? LIMITS.depth;
  const maxValues = opts.maxValues ?? LIMITS.values;
  const stack: { token: CstToken; depth: number }[] = [];
  let values = 0;
  for (const t of tokens) if (t.type === 'document' && t.value) stack.push({ token: t.value, depth: 0 });
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (opts.work) opts.work.steps++;
    if (++values > maxValues)
      throw new CgError(problem('too_many_values', { limit: maxValues, format: 'YAML' }, place(token.offset)));
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth >= maxDepth)
      throw new CgError(problem('too_deep', { limit: maxDepth, format: 'YAML' }, place(token.offset)));
    for (const item of token.items as { key?: CstToken | null; value?: CstToken }[]) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
}

const MERGE = '<<';

function isMergeKey(key: unknown, merge: boolean): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  if (typeof v === 'symbol') return v.description === MERGE;
  return merge && v === MERGE && (!key.type || key.type === 'PLAIN');
}

type Place = { line: number; column: number; file?: string };

interface Frame {
  node: YamlNode;
  out: Record<string, unknown> | unknown[];
  keys?: Map<string, [number, number]>;
  items?: number[];
  /** Next item to read. */
  next: number;
  /** Values this node stands for, aliases expanded (the node itself included). */
  size: number;
  depth: number;
  /** Where the frame's value goes in its parent once complete. */
  slot: Slot;
  /** The frame's segment in the data path (its key or index; null for the document). */
  seg: PathSegment | null;
  /** Merge sources (`<<`) met so far, applied when the mapping is complete. */
  merges: { value: unknown; at: number }[];
}

type Slot = { kind: 'root' } | { kind: 'key'; key: string | null } | { kind: 'item' } | { kind: 'merge'; at: number };

/** Build plain data from a composed YAML document, iteratively, indexing positions as it goes. */
function buildYaml(doc: Document, opts: ReadOptions, positions: Positions, place: (offset: number) => Place): unknown {
  const maxDepth = opts.maxDepth ?? LIMITS.depth;
  const maxAliasExpansion = opts.maxAliasExpansion ?? LIMITS.aliasExpansion;
  const merge = !!opts.merge;
  const problems: Problem[] = [];
  const anchors = new Map<string, YamlNode>();
  const built = new Map<YamlNode, { value: unknown; size: number }>();
  const open = new Set<YamlNode>();
  let aliasAdded = 0;
  const startOf = (node: unknown, fallback: number): number => {
    const r = (node as YamlNode | null | undefined)?.range;
    return Array.isArray(r) ? r[0] : fallback;
  };
  const note = (p: Problem) => {
    if (problems.length <= LIMITS.problems * 2) problems.push(p);
  };

  /** A node's value when it needs no frame: scalars and aliases; `undefined` for a collection. */
  const leaf = (node: unknown, at: number): { value: unknown; size: number } | undefined => {
    if (opts.work) opts.work.steps++;
    if (node === null || node === undefined) return { value: null, size: 1 };
    if (isScalar(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      const v = node.value;
      return { value: typeof v === 'symbol' ? (v.description ?? '') : v, size: 1 };
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target)
        throw new CgError(
          problem(
            'syntax_error',
            { format: 'YAML', detail: `the alias *${node.source} has no anchor &${node.source} before it` },
            place(at),
          ),
        );
      if (open.has(target)) throw new CgError(problem('alias_cycle', { anchor: node.source }, place(at)));
      const got = isScalar(target) ? { value: target.value, size: 1 } : built.get(target);
      if (!got) throw new CgError(problem('alias_cycle', { anchor: node.source }, place(at)));
      aliasAdded += got.size;
      if (aliasAdded > maxAliasExpansion)
        throw new CgError(problem('alias_expansion', { limit: maxAliasExpansion }, place(at)));
      return got;
    }
    return undefined;
  };

  const stack: Frame[] = [];
  let result: unknown = null;
  /** The data path of the innermost open collection, plus `last`. */
  const pathTo = (last?: PathSegment): PathSegment[] => {
    const out: PathSegment[] = [];
    for (const f of stack) if (f.seg !== null) out.push(f.seg);
    if (last !== undefined) out.push(last);
    return out;
  };
  const begin = (node: YamlNode, slot: Slot, depth: number): Frame => {
    if (depth >= maxDepth)
      throw new CgError(problem('too_deep', { limit: maxDepth, format: 'YAML' }, place(startOf(node, 0))));
    if (node.anchor) anchors.set(node.anchor, node);
    open.add(node);
    const start = startOf(node, 0);
    const parent = stack[stack.length - 1];
    const seg: PathSegment | null =
      slot.kind === 'root'
        ? null
        : slot.kind === 'item'
          ? (parent.out as unknown[]).length
          : slot.kind === 'merge'
            ? MERGE
            : slot.key;
    const frame: Frame = { node, out: [], next: 0, size: 1, depth, slot, seg, merges: [] };
    if (isMap(node)) {
      frame.out = {};
      frame.keys = new Map();
      positions.index.set(frame.out, { start, keys: frame.keys });
    } else {
      frame.items = [];
      positions.index.set(frame.out, { start, items: frame.items });
    }
    return frame;
  };

  /** Put a finished value into the frame on top of the stack (or make it the document). */
  const deliver = (slot: Slot, value: unknown, size: number, at: number, keyAt: number) => {
    const top = stack[stack.length - 1];
    if (slot.kind === 'root' || !top) {
      result = value;
      positions.rootStart = at;
      return;
    }
    top.size += size;
    if (slot.kind === 'item') {
      (top.out as unknown[]).push(value);
      top.items!.push(at);
    } else if (slot.kind === 'merge') {
      top.merges.push({ value, at: slot.at });
    } else if (slot.key !== null) {
      (top.out as Record<string, unknown>)[slot.key] = value;
      top.keys!.set(slot.key, [keyAt, at]);
    }
  };

  const rootNode = doc.contents as YamlNode | null;
  const rootLeaf = leaf(rootNode, 0);
  if (rootLeaf) {
    positions.rootStart = startOf(rootNode, 0);
    return rootLeaf.value;
  }
  stack.push(begin(rootNode!, { kind: 'root' }, 0));
  // Offsets of the key each pending child frame belongs to (parallel to `stack`).
  const keyAts: number[] = [0];

  while (stack.length) {
    const f = stack[stack.length - 1];
    const items = (f.node as unknown as { items: unknown[] }).items;
    if (f.next < items.length) {
      const item = items[f.next++];
      if (isMap(f.node)) {
        const pair = item as Pair<unknown, unknown>;
        const keyAt = startOf(pair.key, startOf(f.node, 0));
        const valueAt = startOf(pair.value, keyAt);
        let slot: Slot;
        if (isScalar(pair.key) && pair.key.anchor) anchors.set(pair.key.anchor, pair.key);
        if (isMergeKey(pair.key, merge)) slot = { kind: 'merge', at: keyAt };
        else if (!isScalar(pair.key) && pair.key !== null) {
          note(problem('complex_key', {}, { path: pathTo(), ...place(keyAt) }));
          continue;
        } else {
          const raw = isScalar(pair.key) ? pair.key.value : null;
          const key = raw === null || raw === undefined ? '' : String(raw);
          if (isReservedName(key)) {
            note(reservedNameProblem(key, 'key', { path: pathTo(key), ...place(keyAt) }));
            slot = { kind: 'key', key: null };
          } else if (f.keys!.has(key)) {
            note(problem('duplicate_key', { key }, { path: pathTo(key), ...place(keyAt) }));
            slot = { kind: 'key', key: null };
          } else slot = { kind: 'key', key };
        }
        const done = leaf(pair.value, valueAt);
        if (done) deliver(slot, done.value, done.size, valueAt, keyAt);
        else {
          stack.push(begin(pair.value as YamlNode, slot, f.depth + 1));
          keyAts.push(keyAt);
        }
      } else {
        const at = startOf(item, startOf(f.node, 0));
        if (isPair(item)) {
          note(
            problem(
              'syntax_error',
              { format: 'YAML', detail: 'ordered mappings (!!omap, !!pairs) are not supported; write a plain mapping' },
              place(at),
            ),
          );
          continue;
        }
        const done = leaf(item, at);
        if (done) deliver({ kind: 'item' }, done.value, done.size, at, at);
        else {
          stack.push(begin(item as YamlNode, { kind: 'item' }, f.depth + 1));
          keyAts.push(at);
        }
      }
      continue;
    }
    // The collection is complete: apply merge keys (explicit keys win; earlier sources win).
    if (f.merges.length)
      applyMerges(f, positions, (at) => note(problem('invalid_merge', {}, { path: pathTo(MERGE), ...place(at) })));
    stack.pop();
    const keyAt = keyAts.pop()!;
    open.delete(f.node);
    built.set(f.node, { value: f.out, size: f.size });
    const at = startOf(f.node, keyAt);
    deliver(f.slot, f.out, f.size, at, keyAt);
  }
  if (problems.length) throw new CgError(capProblems(problems));
  return result;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function applyMerges(f: Frame, positions: Positions, invalid: (at: number) => void): void {
  const out = f.out as Record<string, unknown>;
  const explicit = new Set(f.keys!.keys());
  for (const m of f.merges) {
    const sources = Array.isArray(m.value) ? m.value : [m.value];
    if (!sources.every(isPlainObject)) {
      invalid(m.at);
      continue;
    }
    for (const src of sources) {
      const srcKeys = (positions.index.get(src) as { keys?: Map<string, [number, number]> } | undefined)?.keys;
      for (const k of Object.keys(src)) {
        if (explicit.has(k) || f.keys!.has(k)) continue;
        out[k] = src[k];
        const pos = srcKeys?.get(k);
        if (pos) f.keys!.set(k, pos);
        else f.keys!.set(k, [m.at, m.at]);
      }
    }
  }
}
