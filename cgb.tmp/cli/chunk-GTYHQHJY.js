import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  SCENARIOS_DIR,
  SCENARIO_EXTENSIONS,
  isScenarioFile,
  readScenarioFile,
  scanBuiltinScenarios
} from "./chunk-TYYTMHJZ.js";
import {
  CgError
} from "./chunk-KZ6JZQI3.js";

// src/cli/domain-input.ts
import { stat } from "node:fs/promises";
import path from "node:path";
async function kindOf(p) {
  try {
    const s = await stat(p);
    return s.isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}
async function loadDomainInput(arg, builtinDir) {
  const kind = await kindOf(arg);
  if (kind === "dir") {
    const { readGeniusFolder } = await import("./node-R6XQ2T4B.js");
    return { domain: await readGeniusFolder(arg), kind: "genius", source: arg };
  }
  if (kind === "file") {
    if (!isScenarioFile(arg)) {
      const xml = path.extname(arg).toLowerCase() === ".xml";
      throw new CgError({
        code: "unsupported_file",
        path: [],
        message: xml ? `a Genius XML file is read with its domain's other files: give its folder instead: ${path.dirname(arg)}` : `cannot read "${path.extname(arg) || "extensionless"}" files`,
        expected: `a scenario file (${SCENARIO_EXTENSIONS.join(", ")}), a Genius folder, or a built-in scenario id`,
        file: arg
      });
    }
    const { scenario, domain } = await readScenarioFile(arg);
    return { domain, scenario, kind: "scenario", source: arg };
  }
  const direct = await builtinByFileName(arg, builtinDir);
  if (direct) return direct;
  const { scenarios: builtins, broken } = await scanBuiltinScenarios(builtinDir);
  const hit = builtins.find((b) => b.id === arg);
  if (hit) {
    const { scenario, domain } = await readScenarioFile(hit.path, hit.file);
    return { domain, scenario, kind: "builtin", source: hit.file };
  }
  const draft = broken.find((b) => path.basename(b.file, path.extname(b.file)) === arg);
  if (draft) throw draft.error;
  throw new CgError({
    code: "not_found",
    path: [],
    message: `no such file, folder or built-in scenario${broken.length ? ` (${broken.map((b) => b.file).join(", ")} ${broken.length === 1 ? "does" : "do"} not validate: see \`commonground validate <file>\`)` : ""}`,
    expected: `a scenario file, a Genius folder, or one of ${builtins.map((b) => `"${b.id}"`).join(", ") || "(no built-in scenarios)"}`,
    file: arg
  });
}
async function builtinByFileName(id, dir = SCENARIOS_DIR) {
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) return null;
  for (const ext of SCENARIO_EXTENSIONS) {
    const full = path.join(dir, id + ext);
    if (await kindOf(full) !== "file") continue;
    const rel = path.relative(path.dirname(dir), full).split(path.sep).join("/");
    try {
      const { scenario, domain } = await readScenarioFile(full, rel);
      if (scenario.id === id) return { domain, scenario, kind: "builtin", source: rel };
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
    }
    return null;
  }
  return null;
}

export {
  loadDomainInput
};
