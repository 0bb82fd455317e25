import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);

// src/cli/commands/index.ts
var commands = [
  {
    name: "analyze",
    usage: "[options] <input>",
    description: "Issue-linkage analysis: exact Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and utilitarian packages, and linked versus issue-by-issue value",
    load: () => import("./analyze-QPWUQOI5.js")
  },
  {
    name: "cooperate",
    usage: "",
    description: "repeated joint-versus-unilateral games: matches, tournaments, linkage, Moran process",
    load: () => import("./cooperate-LMOYS2NJ.js")
  },
  {
    name: "equilibria",
    usage: "[options] <game.json>",
    description: "exact Nash equilibria (rational arithmetic) of two-player games; extreme equilibria for degenerate games",
    load: () => import("./equilibria-ZHJCTDB5.js")
  },
  {
    name: "framework",
    usage: "",
    description: "framework and accountability tracker: load, audit, progress, indicators, IATI",
    load: () => import("./framework-RLTI7DAX.js")
  },
  {
    name: "negotiate",
    usage: "",
    description: "Negotiation simulation: alternating offers, stacked offers or a mediator; agent strategies; linked versus issue-by-issue",
    load: () => import("./negotiate-5QSFAOFM.js")
  },
  {
    name: "scenarios",
    usage: "[options]",
    description: "List the built-in scenarios (their ids work wherever a scenario file does, e.g. `analyze north-america`)",
    load: () => import("./scenarios-VAGAXSCA.js")
  },
  {
    name: "schema",
    usage: "",
    description: "Print the JSON Schema (draft 2020-12) of the scenario format, for editors and other tools",
    load: () => import("./schema-CWHMK2DY.js")
  },
  {
    name: "validate",
    usage: "[options] <file>",
    description: "Check a scenario file (or a Genius folder): shape, cross references, every rationale and source",
    load: () => import("./validate-UF5DUL6J.js")
  }
];
function commandEntry(name) {
  const entry = commands.find((c) => c.name === name);
  if (!entry) throw new Error(`no CLI command ${name} in the manifest`);
  return entry;
}

export {
  commands,
  commandEntry
};
