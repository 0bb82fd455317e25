import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  analysisReport,
  analyze,
  toJson
} from "./chunk-3GAVIFVA.js";
import {
  loadDomainInput
} from "./chunk-GTYHQHJY.js";
import "./chunk-TYYTMHJZ.js";
import {
  withStatusQuo
} from "./chunk-U4ILYQAA.js";
import "./chunk-TO2OZYOK.js";
import {
  printJson
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import "./chunk-RGWUEVWY.js";
import "./chunk-KZ6JZQI3.js";

// src/cli/commands/analyze.ts
function register(program) {
  program.command("analyze").description(commandEntry("analyze").description).argument(
    "<input>",
    "a scenario file (.yaml, .yml, .json), a Genius folder (one domain file and 2+ profiles), or a built-in scenario id such as north-america (see `commonground scenarios`)"
  ).option("--json", "print exactly one JSON document instead of the report").option(
    "--status-quo <spec>",
    `today's state as "issue=option;issue=option" (overrides the scenario's status quo on the issues it names; Genius domains have none, so name every issue; ids are the XML issue names and item values)`
  ).addHelpText(
    "after",
    `
Examples:
  commonground analyze north-america
  commonground analyze scenarios/us-mexico.yaml --json
  commonground analyze ../shared/anchors/genius-domains/Laptop --status-quo "Laptop=Dell;Harddisk=60 Gb;External Monitor=19'' LCD"

Without a status quo the linkage panel is skipped (JSON: "linkage": null) and bargaining solutions use
the parties' reservation values as the disagreement point.`
  ).action(async (input, opts) => {
    const loaded = await loadDomainInput(input);
    let domain = loaded.domain;
    let statusQuo;
    if (opts.statusQuo !== void 0) {
      const r = withStatusQuo(domain, opts.statusQuo);
      domain = r.domain;
      statusQuo = r.statusQuo;
    }
    const result = analyze(domain, statusQuo ? { statusQuo } : {});
    if (opts.json) printJson(toJson(domain, result));
    else
      process.stdout.write(
        analysisReport({
          domain,
          result,
          source: loaded.source,
          kind: loaded.kind,
          statusQuoGiven: statusQuo !== void 0
        })
      );
  });
}
export {
  register
};
