import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  scenarioJsonSchema
} from "./chunk-U4ILYQAA.js";
import {
  printJson
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import "./chunk-RGWUEVWY.js";
import "./chunk-KZ6JZQI3.js";

// src/cli/commands/schema.ts
function register(program) {
  program.command("schema").description(commandEntry("schema").description).addHelpText(
    "after",
    `
Example (YAML language server): put this on the first line of a scenario file
  # yaml-language-server: $schema=./scenario.schema.json
after  commonground schema > scenario.schema.json`
  ).action(() => {
    printJson(scenarioJsonSchema());
  });
}
export {
  register
};
