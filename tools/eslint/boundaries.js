/**
 * ESLint rule `boundaries/entry-points`: the layout is the architecture.
 *
 * - Code outside a concept folder `src/<folder>` reaches it only through its public entry points:
 *   `index.ts` (browser-safe), `node.ts` (Node adapters) and, from tests, benchmarks and e2e only,
 *   `testing.ts` (test helpers).
 * - Arrows run one way: apps (cli, server) -> jobs -> store / engines -> model -> core. A folder
 *   imports only folders of a lower layer; the two apps never import each other. Tests may import
 *   any layer.
 * - `web/` is a browser app: it imports only the browser-safe `index.ts` of engine folders (and
 *   types from anywhere).
 */
import path from 'node:path';

/** Layer of each concept folder under src/ (lower = more basic). */
export const LAYERS = {
  core: 0,
  model: 1,
  analysis: 2,
  cooperation: 2,
  framework: 2,
  negotiation: 3,
  interop: 3,
  store: 4,
  // Reports to share (HTML, PDF) of the engines' results: above the engines, below the apps.
  report: 4,
  // The worker pool and the task kinds it runs: between the engines and the apps.
  jobs: 5,
  server: 6,
  cli: 6,
};

/** The apps: the highest layer, which nothing else imports. */
const APP_LAYER = Math.max(...Object.values(LAYERS));

const ENTRIES = new Set(['index.ts', 'node.ts', 'testing.ts']);

function projectRelative(file, root) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** `src/analysis/pareto.ts` -> { folder: 'analysis', rest: 'pareto.ts' }. */
function concept(rel) {
  const m = /^src\/([^/]+)\/(.+)$/.exec(rel);
  return m ? { folder: m[1], rest: m[2] } : null;
}

function isTestFile(rel) {
  return /\.test\.tsx?$/.test(rel) || /(^|\/)testing(\/|\.ts$)/.test(rel) || /^(bench|e2e|test)\//.test(rel);
}

export const entryPoints = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between concept folders go through index.ts / node.ts and point down the layers' },
    schema: [],
    messages: {
      entry:
        '{{target}} is inside src/{{folder}}; import it through src/{{folder}}/index.ts (browser-safe) or src/{{folder}}/node.ts (Node adapters).',
      testing: 'src/{{folder}}/testing.ts is for tests, benchmarks and e2e only.',
      layer:
        'src/{{from}} (layer {{fromLayer}}) may not import src/{{folder}} (layer {{toLayer}}): arrows run apps -> jobs -> store / engines -> model -> core.',
      apps: 'src/{{from}} and src/{{folder}} are both apps; move what they share into a lower folder.',
      web: 'web/ runs in the browser: import src/{{folder}}/index.ts, not {{entry}}.',
      unknown: 'src/{{folder}} is not a concept folder known to tools/eslint/boundaries.js (add it to LAYERS).',
    },
  },
  create(context) {
    const root = context.cwd;
    const fromRel = projectRelative(context.filename, root);
    const from = concept(fromRel);
    const test = isTestFile(fromRel);
    const web = fromRel.startsWith('web/');

    function check(node, spec, typeOnly) {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const targetRel = projectRelative(path.resolve(path.dirname(context.filename), spec), root);
      const to = concept(targetRel);
      if (!to) return;
      if (from && from.folder === to.folder) return;
      if (!(to.folder in LAYERS)) {
        context.report({ node, messageId: 'unknown', data: { folder: to.folder } });
        return;
      }
      if (!ENTRIES.has(to.rest)) {
        context.report({ node, messageId: 'entry', data: { target: spec, folder: to.folder } });
        return;
      }
      if (to.rest === 'testing.ts' && !test) {
        context.report({ node, messageId: 'testing', data: { folder: to.folder } });
        return;
      }
      if (web && !typeOnly && to.rest !== 'index.ts' && !test) {
        context.report({ node, messageId: 'web', data: { folder: to.folder, entry: to.rest } });
        return;
      }
      if (from && !test && from.folder in LAYERS) {
        const a = LAYERS[from.folder];
        const b = LAYERS[to.folder];
        if (a === APP_LAYER && b === APP_LAYER)
          context.report({ node, messageId: 'apps', data: { from: from.folder, folder: to.folder } });
        else if (b >= a)
          context.report({
            node,
            messageId: 'layer',
            data: { from: from.folder, fromLayer: String(a), folder: to.folder, toLayer: String(b) },
          });
      }
    }

    return {
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === 'type');
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
    };
  },
};

/**
 * `boundaries/no-tracker-refs`: comments say what the code does and why, not which tracker issue
 * asked for it (an issue number with 's, in parentheses, or after #): issue numbers go stale as soon as the work
 * lands. Negotiation issues ("issue 2 at option 3") are domain language and stay allowed.
 */
const TRACKER_REF = /\(issues? #?\d+\)|\bissues? #\d+|\bissue \d+'s\b|(^|\s)#\d+\b/i;

export const noTrackerRefs = {
  meta: {
    type: 'suggestion',
    docs: { description: 'no tracker issue numbers in comments' },
    schema: [],
    messages: { ref: 'Comment names a tracker issue ({{ref}}); say what the code does instead.' },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const m = TRACKER_REF.exec(comment.value);
          if (m) context.report({ loc: comment.loc, messageId: 'ref', data: { ref: m[0].trim() } });
        }
      },
    };
  },
};

export default { rules: { 'entry-points': entryPoints, 'no-tracker-refs': noTrackerRefs } };
