import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  checkScenarioLinks,
  iatiToFramework,
  importGenius,
  locate,
  parseFrameworkText,
  parseIndicatorsCsv,
  parseYamlText
} from "./chunk-ALJ4VKOA.js";
import {
  readScenarioFile,
  scanBuiltinScenarios
} from "./chunk-TYYTMHJZ.js";
import {
  CgError,
  fail
} from "./chunk-KZ6JZQI3.js";

// src/interop/genius/folder.node.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
async function readGeniusFolder(folder) {
  let names;
  try {
    names = await readdir(folder);
  } catch (e) {
    throw new CgError({
      code: "not_found",
      path: [],
      message: `cannot read folder: ${e.code ?? String(e)}`,
      file: folder
    });
  }
  const files = [];
  for (const name of names.filter((n) => /\.xml$/i.test(n)).sort()) {
    const full = path.join(folder, name);
    if (!(await stat(full)).isFile()) continue;
    files.push({ name: full, text: await readFile(full, "utf8") });
  }
  const id = path.basename(path.resolve(folder));
  return importGenius(files, { id, name: id, folder });
}

// src/framework/read-text.node.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readTextFile(file) {
  try {
    return await readFile2(file, "utf8");
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") fail("file_not_found", "file not found", { file });
    fail("file_unreadable", `cannot read file: ${err.message}`, { file });
  }
}

// src/framework/scenario-links.node.ts
async function namedBuiltins(fw) {
  const wanted = new Set([fw.scenario, ...fw.linkages.map((l) => l.package.scenario)].filter((x) => !!x));
  const out = /* @__PURE__ */ new Map();
  if (!wanted.size) return out;
  const { scenarios } = await scanBuiltinScenarios();
  for (const b of scenarios) {
    if (wanted.has(b.id)) out.set(b.id, (await readScenarioFile(b.path, b.file)).scenario);
  }
  return out;
}
async function readFrameworkFileChecked(file) {
  const text = await readTextFile(file);
  const framework = parseFrameworkText(text, file);
  const builtins = await namedBuiltins(framework);
  const { problems, unresolved } = checkScenarioLinks(framework, (id) => builtins.get(id));
  if (problems.length) {
    const { doc, lc } = parseYamlText(text, file);
    throw new CgError(
      problems.map((p) => ({
        code: "unknown_scenario_reference",
        path: p.path,
        message: p.message,
        file,
        ...locate(doc, lc, p.path) ?? {}
      }))
    );
  }
  return { framework, unresolvedScenarios: unresolved };
}

// src/interop/csv/indicators.node.ts
async function readIndicatorsCsv(file) {
  return parseIndicatorsCsv(await readTextFile(file), file);
}

// src/interop/iati/file.node.ts
async function readIatiFile(file, opts = {}) {
  return iatiToFramework(await readTextFile(file), { file, id: opts.id });
}

// src/interop/iati/xsd.node.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var projectRoot = path2.resolve(path2.dirname(fileURLToPath(import.meta.url)), "../../..");
var IATI_SCHEMA = path2.resolve(projectRoot, "../shared/anchors/iati/iati-activities-schema.xsd");
function validateIatiXml(xml, schema = IATI_SCHEMA) {
  const dir = mkdtempSync(path2.join(os.tmpdir(), "cg-iati-"));
  try {
    const file = path2.join(dir, "activities.xml");
    writeFileSync(file, xml);
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
    if (r.error) {
      throw new CgError(
        {
          code: "xmllint_missing",
          path: [],
          message: `cannot run xmllint (${r.error.message}); install Debian's libxml2-utils`
        },
        { status: 500 }
      );
    }
    const errors = (r.stderr ?? "").split("\n").filter((l) => l && !/ validates$/.test(l)).map((l) => l.split(file).join("<xml>"));
    return { valid: r.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export {
  readGeniusFolder,
  readFrameworkFileChecked,
  readIndicatorsCsv,
  readIatiFile,
  validateIatiXml
};
