import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);

// src/core/project.node.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
var PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
var SHARED_DIR = path.resolve(PROJECT_ROOT, "../shared");
var ANCHORS_DIR = path.join(SHARED_DIR, "anchors");

// src/core/worker.node.ts
import { Worker } from "node:worker_threads";
function moduleWorker(sourceUrl, options = {}) {
  const compiled = !import.meta.url.endsWith(".ts");
  if (compiled) return new Worker(new URL(sourceUrl.href.replace(/\.ts$/, ".js")), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(sourceUrl.href)}); }).catch((e) => { console.error(e); process.exit(1); });`;
  return new Worker(code, { ...options, eval: true });
}

export {
  PROJECT_ROOT,
  SHARED_DIR,
  moduleWorker
};
