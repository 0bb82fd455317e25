import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  Rational,
  equilibriumToJson,
  extremeEquilibria,
  parseBimatrix,
  supportEnumeration
} from "./chunk-CXAK4N7J.js";
import {
  printJson,
  println
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import {
  require_dist
} from "./chunk-RGWUEVWY.js";
import {
  CgError,
  __toESM
} from "./chunk-KZ6JZQI3.js";

// src/cli/commands/equilibria.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
function readGames(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CgError({ code: "file_not_found", path: [], message: `cannot read game file "${file}"`, file });
  }
  const doc = (0, import_yaml.parseDocument)(text);
  if (doc.errors.length)
    throw new CgError(
      doc.errors.map((e) => ({
        code: "syntax_error",
        path: [],
        message: e.message.split("\n")[0],
        file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col
      }))
    );
  const data = doc.toJS();
  let found;
  if (Array.isArray(data)) found = { games: data, paths: data.map((_, i) => [i]) };
  else if (data && typeof data === "object" && Array.isArray(data.games)) {
    const games = data.games;
    found = { games, paths: games.map((_, i) => ["games", i]) };
  } else if (data && typeof data === "object") found = { games: [data], paths: [[]] };
  if (!found)
    throw new CgError({
      code: "invalid_game_file",
      path: [],
      message: "expected a game {row_payoffs, col_payoffs}, a list of games, or {games: [...]}",
      file
    });
  if (found.games.length === 0)
    throw new CgError({
      code: "no_games",
      path: Array.isArray(data) ? [] : ["games"],
      message: "the file lists no games",
      file
    });
  return found;
}
function key(row, col) {
  return `${row.join(",")}|${col.join(",")}`;
}
function listedKeys(listed, path, shape, problems) {
  if (listed === void 0) return null;
  if (!Array.isArray(listed)) {
    problems.push({
      code: "invalid_equilibria",
      path: [...path, "equilibria"],
      message: "equilibria must be a list of {row, col} mixed strategies",
      received: JSON.stringify(listed)
    });
    return null;
  }
  const before = problems.length;
  const keys = listed.map((e, k) => {
    const at = [...path, "equilibria", k];
    if (!e || typeof e !== "object" || Array.isArray(e)) {
      problems.push({
        code: "invalid_equilibria",
        path: at,
        message: "each listed equilibrium must be an object {row, col}",
        received: JSON.stringify(e)
      });
      return "";
    }
    const side = (name, size) => {
      const v = e[name];
      if (!Array.isArray(v) || v.length !== size) {
        problems.push({
          code: "invalid_equilibria",
          path: [...at, name],
          message: `${name} must be a list of ${size} probabilities (the game is ${shape[0]}x${shape[1]})`,
          received: JSON.stringify(v)
        });
        return [];
      }
      return v.map((x, j) => {
        try {
          if (typeof x !== "string" && typeof x !== "number")
            throw new CgError({
              code: "invalid_number",
              path: [...at, name, j],
              message: "expected a number or a rational string",
              received: JSON.stringify(x)
            });
          return Rational.parse(x, [...at, name, j]);
        } catch (err) {
          if (err instanceof CgError) problems.push(...err.problems);
          else throw err;
          return Rational.ZERO;
        }
      });
    };
    return key(side("row", shape[0]), side("col", shape[1]));
  });
  return problems.length > before ? null : keys;
}
function register(program) {
  program.command("equilibria").description(commandEntry("equilibria").description).argument("<game.json>", "one game, a list of games, or {games: [...]} (JSON or YAML)").option(
    "--method <m>",
    "vertex (all extreme equilibria, default) or support (support enumeration, non-degenerate games)",
    "vertex"
  ).option("--json", "print as JSON (probabilities and payoffs as exact fractions)").action((file, o) => {
    if (o.method !== "vertex" && o.method !== "support")
      throw new CgError({
        code: "invalid_option",
        path: ["--method"],
        message: "--method must be vertex or support",
        received: o.method
      });
    const { games, paths } = readGames(file);
    const problems = [];
    const solved = games.map((g, i) => {
      try {
        const game = parseBimatrix(g?.row_payoffs, g?.col_payoffs, paths[i]);
        const shape = [game.rowPayoffs.length, game.rowPayoffs[0].length];
        const before = problems.length;
        const listed = listedKeys(g.equilibria, paths[i], shape, problems);
        if (problems.length > before) return null;
        const eqs = o.method === "support" ? supportEnumeration(game) : extremeEquilibria(game);
        let check = null;
        if (listed) {
          const found = new Set(eqs.map((e) => key(e.row, e.col)));
          check = {
            listed: listed.length,
            allFound: listed.every((k) => found.has(k)),
            sameSet: listed.length === found.size && listed.every((k) => found.has(k))
          };
        }
        return {
          id: g.id ?? g.name ?? (games.length === 1 ? "game" : `game ${i + 1}`),
          shape: [game.rowPayoffs.length, game.rowPayoffs[0].length],
          equilibria: eqs,
          check
        };
      } catch (e) {
        if (e instanceof CgError) problems.push(...e.problems);
        else throw e;
        return null;
      }
    });
    if (problems.length) throw new CgError(problems.map((p) => ({ ...p, file })));
    const ok = solved.filter((s) => s !== null);
    if (o.json) {
      printJson(
        ok.map((s) => ({
          id: s.id,
          shape: s.shape,
          method: o.method,
          equilibria: s.equilibria.map(equilibriumToJson),
          ...s.check ? { check: s.check } : {}
        }))
      );
      return;
    }
    for (const s of ok) {
      println(
        `${s.id} (${s.shape[0]}x${s.shape[1]}): ${s.equilibria.length} ${o.method === "vertex" ? "extreme " : ""}equilibri${s.equilibria.length === 1 ? "um" : "a"}`
      );
      for (const e of s.equilibria)
        println(`  row (${e.row.join(", ")})  col (${e.col.join(", ")})  payoffs ${e.rowPayoff}, ${e.colPayoff}`);
      if (s.check)
        println(
          `  listed in file: ${s.check.listed}; all found: ${s.check.allFound ? "yes" : "NO"}; same set: ${s.check.sameSet ? "yes" : "no"}`
        );
    }
  });
}
export {
  register
};
