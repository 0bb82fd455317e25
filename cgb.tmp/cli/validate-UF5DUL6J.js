import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  loadDomainInput
} from "./chunk-GTYHQHJY.js";
import "./chunk-TYYTMHJZ.js";
import {
  outcomeCount
} from "./chunk-U4ILYQAA.js";
import "./chunk-TO2OZYOK.js";
import {
  printJson,
  println
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import "./chunk-RGWUEVWY.js";
import {
  isCgError
} from "./chunk-KZ6JZQI3.js";

// src/cli/commands/validate.ts
function register(program) {
  program.command("validate").description(commandEntry("validate").description).argument("<file>", "a scenario file (.yaml, .yml, .json), a Genius folder, or a built-in scenario id").option("--json", "print a JSON summary instead of a sentence").addHelpText(
    "after",
    `
Exit code 0 when valid. Otherwise every problem is printed on stderr as
  error [code] file:line:column: path.inside.the.file: what is wrong (expected ..., received ...)
and the exit code is 2; with --json, stdout also gets {"valid": false, "source", "problems": [...]}
(each problem: code, path, message, expected, received, file, line, column when known).`
  ).action(async (file, opts) => {
    let loaded;
    try {
      loaded = await loadDomainInput(file);
    } catch (e) {
      if (opts.json && isCgError(e)) printJson({ valid: false, source: file, problems: e.problems });
      throw e;
    }
    const { domain, kind, source } = loaded;
    const skipped = domain.meta?.skipped ?? [];
    const notes = domain.meta?.notes ?? [];
    const summary = {
      valid: true,
      kind,
      source,
      id: domain.id,
      name: domain.name,
      parties: domain.parties.map((p) => p.id),
      issues: domain.issues.length,
      outcomeCount: outcomeCount(domain).toString(),
      ...kind === "genius" ? { skipped, notes } : {}
    };
    if (opts.json) printJson(summary);
    else {
      println(
        `valid: ${source} (${kind === "genius" ? "Genius folder" : "scenario"} "${domain.id}": ${domain.parties.length} part${domain.parties.length === 1 ? "y" : "ies"}, ${domain.issues.length} issue${domain.issues.length === 1 ? "" : "s"}, ${outcomeCount(domain).toLocaleString("en-US")} outcomes)`
      );
      if (skipped.length) println(`skipped: ${skipped.join(", ")}`);
      for (const note of notes) println(`note: ${note}`);
    }
  });
}
export {
  register
};
