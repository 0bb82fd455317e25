import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  loadScenarioText,
  outcomeCount
} from "./chunk-U4ILYQAA.js";
import {
  PROJECT_ROOT
} from "./chunk-TO2OZYOK.js";
import {
  CgError
} from "./chunk-KZ6JZQI3.js";

// src/model/scenario-files.node.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var SCENARIOS_DIR = path.join(PROJECT_ROOT, "scenarios");
var SCENARIO_EXTENSIONS = [".yaml", ".yml", ".json"];
function isScenarioFile(file) {
  return SCENARIO_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
async function readScenarioFile(file, display = file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    throw new CgError({
      code: code === "ENOENT" ? "not_found" : "unreadable",
      path: [],
      message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(e)})`,
      file: display
    });
  }
  return loadScenarioText(text, display);
}
async function scanBuiltinScenarios(dir = SCENARIOS_DIR) {
  let names = [];
  try {
    names = await readdir(dir);
  } catch {
    return { scenarios: [], broken: [] };
  }
  const out = [];
  const broken = [];
  for (const name of names.filter(isScenarioFile).sort()) {
    const full = path.join(dir, name);
    const rel = path.relative(PROJECT_ROOT, full).split(path.sep).join("/");
    let loaded;
    try {
      loaded = await readScenarioFile(full, rel);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      broken.push({ file: rel, error: e });
      continue;
    }
    const { scenario, domain } = loaded;
    out.push({
      id: scenario.id,
      name: scenario.name,
      file: rel,
      path: full,
      parties: domain.parties.map((p) => p.id),
      issues: domain.issues.length,
      outcomeCount: outcomeCount(domain)
    });
  }
  return { scenarios: out.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0), broken };
}

export {
  SCENARIOS_DIR,
  SCENARIO_EXTENSIONS,
  isScenarioFile,
  readScenarioFile,
  scanBuiltinScenarios
};
