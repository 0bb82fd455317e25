import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunk-4I5NVFBA.js";
import {
  commands
} from "./chunk-5PP72MAD.js";
import {
  formatProblems,
  isCgError
} from "./chunk-KZ6JZQI3.js";

// src/cli/program.ts
function requested(argv) {
  const args = argv.slice(2).filter((a) => !a.startsWith("-"));
  const first = args[0] === "help" ? args[1] : args[0];
  return commands.some((c) => c.name === first) ? first : void 0;
}
async function buildProgram(argv = process.argv) {
  const program = new Command();
  program.name("commonground").description(
    "Common Ground: issue-linkage analysis, negotiation and cooperation simulation, and a framework accountability tracker for North American security cooperation."
  ).showHelpAfterError("(run with --help for usage)").showSuggestionAfterError(true).exitOverride().configureHelp({
    // Commands that were not loaded are listed with the usage the manifest gives them.
    subcommandTerm: (cmd) => {
      const entry = commands.find((c) => c.name === cmd.name());
      if (cmd.name() === "help") return "help [command]";
      return entry ? `${entry.name}${entry.usage ? " " + entry.usage : ""}` : cmd.name();
    }
  });
  const wanted = requested(argv);
  for (const entry of commands) {
    if (entry.name === wanted) (await entry.load()).register(program);
    else program.command(entry.name).description(entry.description);
  }
  const walk = (c) => {
    c.exitOverride();
    c.showHelpAfterError("(run with --help for usage)");
    c.commands.forEach(walk);
  };
  program.commands.forEach(walk);
  return program;
}

// src/cli/main.ts
async function main(argv) {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return 0;
      return 2;
    }
    if (isCgError(e)) {
      process.stderr.write(formatProblems(e.problems) + "\n");
      return e.exitCode;
    }
    const err = e;
    process.stderr.write(`error: ${err?.message ?? String(e)}
`);
    if (process.env.CG_DEBUG) process.stderr.write(`${err?.stack ?? ""}
`);
    return 1;
  }
}
var code = await main(process.argv);
process.stdout.write("", () => process.exit(code));
