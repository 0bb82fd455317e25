import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  scanBuiltinScenarios
} from "./chunk-TYYTMHJZ.js";
import "./chunk-U4ILYQAA.js";
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
  formatProblems
} from "./chunk-KZ6JZQI3.js";

// src/cli/commands/scenarios.ts
function register(program) {
  program.command("scenarios").description(commandEntry("scenarios").description).option("--json", "print a JSON array instead of a table").action(async (opts) => {
    const { scenarios: list, broken } = await scanBuiltinScenarios();
    if (broken.length) {
      process.stderr.write(formatProblems(broken.flatMap((b) => b.error.problems)) + "\n");
      process.exitCode = 2;
    }
    if (opts.json) {
      printJson(list.map(({ path: _path, ...s }) => s));
      return;
    }
    if (list.length === 0) println("No built-in scenarios (the scenarios/ folder is empty).");
    const w = Math.max(0, ...list.map((s) => s.id.length));
    for (const s of list) {
      println(`${s.id.padEnd(w)}  ${s.name}`);
      println(
        `${" ".repeat(w)}  file ${s.file}; parties ${s.parties.join(", ")}; ${s.issues} issues; ${s.outcomeCount.toLocaleString("en-US")} outcomes`
      );
    }
  });
}
export {
  register
};
