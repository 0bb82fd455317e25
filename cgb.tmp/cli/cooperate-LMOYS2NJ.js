import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  DEFAULT_GAME,
  MAX_TURNS,
  MatchEngine,
  STANDARD_PAYOFFS,
  STRATEGIES,
  actionString,
  analyseLinkage,
  emptyRaw,
  exactFixationProbability,
  fixationProbability,
  linearNPlayerGame,
  packRaw,
  parseCooperationScenario,
  parseRstp,
  playMatch,
  playNPlayerMatch,
  playPairs,
  playTournament,
  resolveStrategies,
  resolveStrategy,
  scenarioGame,
  scenarioIssues,
  scenarioNPlayerGame,
  simulateDeviation,
  summariseTournament,
  tournamentPairs,
  tournamentSpec,
  unpackInto
} from "./chunk-CXAK4N7J.js";
import "./chunk-ALJ4VKOA.js";
import {
  SHARED_DIR,
  moduleWorker
} from "./chunk-TO2OZYOK.js";
import {
  printJson,
  println,
  table
} from "./chunk-AJHK6SXG.js";
import {
  commandEntry
} from "./chunk-5PP72MAD.js";
import "./chunk-RGWUEVWY.js";
import {
  CgError
} from "./chunk-KZ6JZQI3.js";

// src/cli/commands/cooperate.ts
import { readFileSync } from "node:fs";

// src/cooperation/tournament.node.ts
async function playTournamentParallel(strategies, options = {}, parallel = {}) {
  const workers = Math.max(1, Math.floor(parallel.workers ?? 1));
  if (workers === 1) return playTournament(strategies, options, parallel.onProgress);
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const R = spec.repetitions;
  const total = pairs.length;
  const raw = emptyRaw(total * R);
  const chunk = Math.max(1, parallel.chunkPairs ?? Math.ceil(total / (workers * 16)));
  const chunks = [];
  for (let start = 0, id = 0; start < total; start += chunk, id++) {
    chunks.push({ id, pairs: Array.from({ length: Math.min(chunk, total - start) }, (_, k) => start + k) });
  }
  let next = 0;
  let finished = 0;
  let donePairs = 0;
  const complete = (req) => {
    donePairs += req.pairs.length;
    finished++;
    parallel.onProgress?.(donePairs, total);
  };
  const pool = [];
  try {
    await new Promise((resolve2, reject) => {
      let failed = false;
      const fail = (e) => {
        failed = true;
        reject(e);
      };
      const feed = (w) => {
        if (next < chunks.length) w.postMessage(chunks[next++]);
      };
      for (let k = 1; k < Math.min(workers, chunks.length); k++) {
        const w = moduleWorker(new URL("./tournament-worker.node.ts", import.meta.url), {
          workerData: spec,
          execArgv: []
        });
        pool.push(w);
        w.on("message", (reply) => {
          if (reply !== "ready") {
            const req = chunks[reply.id];
            unpackInto(raw, req.pairs, R, reply.data);
            complete(req);
            if (finished === chunks.length) return resolve2();
          }
          feed(w);
        });
        w.on("error", fail);
        w.on("exit", (code) => {
          if (code !== 0 && finished < chunks.length) fail(new Error(`tournament worker exited with code ${code}`));
        });
      }
      const engine = new MatchEngine();
      const own = () => {
        if (failed) return;
        if (next >= chunks.length) {
          if (finished === chunks.length) resolve2();
          return;
        }
        const req = chunks[next++];
        const part = emptyRaw(req.pairs.length * R);
        try {
          playPairs(spec, strategies, req.pairs, part, 0, engine);
        } catch (e) {
          return fail(e);
        }
        unpackInto(raw, req.pairs, R, packRaw(part));
        complete(req);
        if (finished === chunks.length) return resolve2();
        setImmediate(own);
      };
      setImmediate(own);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw
  );
}

// src/cooperation/anchors.node.ts
import { resolve } from "node:path";
var AXELROD_ANCHORS = resolve(SHARED_DIR, "anchors/axelrod");
var EQUILIBRIA_ANCHORS = resolve(SHARED_DIR, "anchors/equilibria");

// src/cli/commands/cooperate.ts
var DEFAULT_SCENARIO = "scenarios/cooperation/joint-vs-unilateral.yaml";
function num(value, flag, opts = {}) {
  if (value === void 0) return void 0;
  const n = Number(value);
  const bad = value.trim() === "" || !Number.isFinite(n) || opts.int && !Number.isInteger(n) || opts.min !== void 0 && n < opts.min || opts.max !== void 0 && n > opts.max;
  if (bad) {
    const kind = opts.int ? "a whole number" : "a number";
    const expected = opts.min !== void 0 && opts.max !== void 0 ? `${kind} from ${opts.min} to ${opts.max}` : `${kind}${opts.min !== void 0 ? ` >= ${opts.min}` : ""}${opts.max !== void 0 ? ` <= ${opts.max}` : ""}`;
    throw new CgError({
      code: "invalid_option",
      path: [flag],
      message: `${flag} must be ${expected}`,
      expected,
      received: value
    });
  }
  return n;
}
var prob = (v, flag) => num(v, flag, { min: 0, max: 1 });
var turnsOption = (v) => num(v, "--turns", { int: true, min: 1, max: MAX_TURNS });
var seedOption = (v) => num(v, "--seed", { int: true, min: 0, max: 4294967295 });
function misreadOption(v) {
  if (v === void 0) return void 0;
  const parts = v.split(",");
  if (parts.length === 2) return [prob(parts[0], "--misread"), prob(parts[1], "--misread")];
  return prob(v, "--misread");
}
function loadScenario(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CgError({ code: "file_not_found", path: [], message: `cannot read scenario file "${file}"`, file });
  }
  return parseCooperationScenario(text, file);
}
function parties(v, sc) {
  if (!v) return [sc.parties[0].id, sc.parties[1].id];
  const p = v.split(",").map((s) => s.trim());
  if (p.length !== 2)
    throw new CgError({
      code: "invalid_option",
      path: ["--parties"],
      message: "--parties takes two party ids, e.g. us,mexico",
      received: v
    });
  if (p[0] === p[1])
    throw new CgError({
      code: "invalid_option",
      path: ["--parties"],
      message: "--parties takes two different parties (a party does not play against itself)",
      received: v
    });
  return [p[0], p[1]];
}
function isStrategyName(name) {
  try {
    resolveStrategy(name.trim());
    return true;
  } catch {
    return false;
  }
}
function splitStrategyList(list) {
  const pieces = list.split(",");
  const out = [];
  for (let i = 0; i < pieces.length; ) {
    let take = 1;
    for (let k = Math.min(pieces.length - i, 8); k > 1; k--) {
      if (isStrategyName(pieces.slice(i, i + k).join(","))) {
        take = k;
        break;
      }
    }
    out.push(
      pieces.slice(i, i + take).join(",").trim()
    );
    i += take;
  }
  return out.filter(Boolean);
}
function requireGameFor(o) {
  for (const [flag, value] of [
    ["--issue", o.issue],
    ["--parties", o.parties]
  ]) {
    if (value !== void 0 && !o.game) {
      throw new CgError({
        code: "option_needs_game",
        path: [flag],
        message: `${flag} picks from a cooperation scenario: give it with --game <scenario.yaml> (e.g. scenarios/cooperation/joint-vs-unilateral.yaml)`
      });
    }
  }
}
function stageGame(o) {
  requireGameFor(o);
  if (o.payoffs && o.game)
    throw new CgError({
      code: "conflicting_options",
      path: ["--payoffs"],
      message: "give either --payoffs or --game, not both"
    });
  if (o.payoffs) return { game: parseRstp(o.payoffs, ["--payoffs"]), defaults: {} };
  if (o.game) {
    const sc = loadScenario(o.game);
    return { game: scenarioGame(sc, o.issue ?? sc.issues[0].id, parties(o.parties, sc)), defaults: sc.defaults ?? {} };
  }
  return { game: DEFAULT_GAME, defaults: {} };
}
function withGameOptions(c) {
  return c.option("--payoffs <R,S,T,P>", "symmetric stage game (default 3,0,5,1)").option(
    "--game <scenario.yaml>",
    "take the stage game from a cooperation scenario, and its defaults for options not given"
  ).option("--issue <id>", "issue of the scenario (default: its first)").option("--parties <a,b>", "the two scenario parties (default: its first two)");
}
function progressBar(label, enabled) {
  if (!enabled) return void 0;
  const tty = Boolean(process.stderr.isTTY);
  let lastTenth = -1;
  const start = Date.now();
  return (done, total) => {
    const frac = total ? done / total : 1;
    if (tty) {
      const width = 30;
      const filled = Math.round(frac * width);
      process.stderr.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(frac * 100).toFixed(0)}% ${((Date.now() - start) / 1e3).toFixed(1)}s`
      );
      if (done === total) process.stderr.write("\n");
    } else {
      const tenth = Math.floor(frac * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label}: ${tenth * 10}%
`);
      }
    }
  };
}
function fmt(x, d = 4) {
  return Number.isFinite(x) ? x.toFixed(d) : String(x);
}
function register(program) {
  const coop = program.command("cooperate").description(commandEntry("cooperate").description);
  withGameOptions(
    coop.command("match").description("play one match and print both action strings (C = joint, D = unilateral) and scores").argument("<strategy1>", 'first strategy (display or class name, e.g. "Tit For Tat" or TitForTat)').argument("<strategy2>", "second strategy").option("--turns <n>", "number of turns (default 200; the cap when --prob-end is given)").option("--prob-end <p>", "probability that a turn is the last (continuation probability 1 - p)").option("--noise <p>", "probability an intended action is flipped (both see the flip)").option("--misread <p[,p2]>", "probability a player misreads the other's action (one value, or one per player)").option("--seed <s>", "random seed (default 0)").option("--json", "print {players, scores, actions} as JSON")
  ).action(
    (a, b, o) => {
      const [s1, s2] = resolveStrategies([a, b]);
      const probEnd = prob(o.probEnd, "--prob-end");
      const { game, defaults: d } = stageGame(o);
      const misread = misreadOption(o.misread) ?? d.misread;
      const misreads = typeof misread === "number" ? misread > 0 : Array.isArray(misread) && misread.some((x) => x > 0);
      const m = playMatch(s1, s2, {
        turns: turnsOption(o.turns) ?? (probEnd === void 0 ? d.turns : void 0),
        probEnd,
        noise: prob(o.noise, "--noise") ?? d.noise,
        misread,
        seed: seedOption(o.seed) ?? d.seed,
        game
      });
      const actions = m.actions.map((x) => actionString(x));
      const perceived = m.perceived.map((x) => actionString(x));
      if (o.json) {
        printJson({
          players: m.players,
          scores: m.scores,
          actions,
          turns: m.turns,
          cooperations: m.cooperations,
          perceived
        });
        return;
      }
      const w = Math.max(...m.players.map((p) => p.length + (misreads ? " saw".length : 0)));
      println(`${m.turns} turns`);
      m.players.forEach((p, i) => println(`${p.padEnd(w)}  ${actions[i]}`));
      if (misreads) m.players.forEach((p, i) => println(`${`${p} saw`.padEnd(w)}  ${perceived[i]}`));
      println();
      m.players.forEach(
        (p, i) => println(
          `${p.padEnd(w)}  score ${m.scores[i]}  (${fmt(m.scores[i] / m.turns, 3)} per turn, cooperated ${m.cooperations[i]} times)`
        )
      );
    }
  );
  withGameOptions(
    coop.command("tournament").description("Axelrod round-robin tournament: ranked by median normalised score; self-play played but not scored").option("--strategies <a,b,...>", "comma-separated strategies (default: every built-in strategy)").option("--turns <n>", "turns per match (default 200)").option("--repetitions <r>", "matches per pair (default 10)").option("--prob-end <p>", "probabilistic match end instead of fixed turns").option("--noise <p>", "implementation noise").option("--misread <p>", "probability each player misreads the other's action").option("--seed <s>", "random seed (default 0)").option("--workers <k>", "threads to use, this one included (default 1)").option("--no-progress", "never show the progress bar").option("--json", "print {ranking: [{name, medianScore, cooperationRate}], payoffMatrix} as JSON")
  ).action(
    async (o) => {
      const strategies = o.strategies !== void 0 ? resolveStrategies(splitStrategyList(o.strategies)) : [...STRATEGIES];
      const probEnd = prob(o.probEnd, "--prob-end");
      const { game, defaults: d } = stageGame(o);
      const turns = turnsOption(o.turns) ?? (probEnd === void 0 ? d.turns : void 0);
      const repetitions = num(o.repetitions, "--repetitions", { int: true, min: 1 }) ?? d.repetitions ?? 10;
      const workers = num(o.workers, "--workers", { int: true, min: 1, max: 64 }) ?? 1;
      const n = strategies.length;
      const work = n * (n + 1) / 2 * repetitions * (turns ?? 200);
      const long = work > 5e6;
      const onProgress = progressBar(
        "tournament",
        o.progress !== false && (long || Boolean(process.stderr.isTTY) && work > 1e6)
      );
      const res = await playTournamentParallel(
        strategies,
        {
          turns,
          repetitions,
          probEnd,
          noise: prob(o.noise, "--noise") ?? d.noise,
          misread: misreadOption(o.misread) ?? d.misread,
          seed: seedOption(o.seed) ?? d.seed,
          game
        },
        { workers, onProgress }
      );
      if (o.json) {
        printJson({
          ranking: res.summary.map((r) => ({
            name: r.name,
            medianScore: r.medianScore,
            cooperationRate: r.cooperationRate
          })),
          payoffMatrix: res.payoffMatrix,
          players: res.players,
          settings: {
            turns: res.turns,
            probEnd: res.probEnd,
            repetitions: res.repetitions,
            noise: res.noise,
            misread: res.misread,
            seed: res.seed
          }
        });
        return;
      }
      println(
        `${n} strategies, ${res.probEnd > 0 ? `probabilistic end ${res.probEnd}` : `${res.turns} turns`}, ${res.repetitions} repetitions, noise ${res.noise}, misread ${res.misread[0]}, seed ${res.seed}`
      );
      println(
        table(
          ["rank", "name", "median score per turn", "cooperation rate", "median wins"],
          res.summary.map((r) => [r.rank + 1, r.name, fmt(r.medianScore), fmt(r.cooperationRate), r.medianWins])
        )
      );
    }
  );
  coop.command("strategies").description("list the strategies (display name, class name, memory, stochastic, description)").option("--json", "print as JSON, with citations").action((o) => {
    const rows = STRATEGIES.map((s) => ({
      name: s.name,
      id: s.id,
      aliases: s.aliases ?? [],
      stochastic: s.stochastic,
      memoryDepth: Number.isFinite(s.memoryDepth) ? s.memoryDepth : "inf",
      description: s.description,
      citation: s.citation
    }));
    if (o.json) return printJson(rows);
    println(
      table(
        ["name", "class", "memory", "stochastic", "description"],
        rows.map((r) => [
          r.name,
          r.id,
          String(r.memoryDepth),
          r.stochastic ? "yes" : "no",
          r.description.length > 90 ? r.description.slice(0, 87) + "..." : r.description
        ])
      )
    );
    println(
      `
${rows.length} strategies. Parameterised forms: "Cycler CCDD", "MockPlayer(cycle=DCC)", "Random: 0.3", "GTFT: 0.1", "Generic Memory One Player: (1, 0, 1, 0), C", "Hard Go By Majority: 7", "NTitsForMTats(2,1)".`
    );
  });
  coop.command("linkage").description(
    "critical continuation probability for grim trigger on each issue alone and on all issues linked, checked by simulation"
  ).argument("[scenario]", "cooperation scenario", DEFAULT_SCENARIO).option("--parties <a,b>", "the two parties (default: the first two)").option("--delta <d>", "continuation probability to check by simulation (default: the scenario default, else 0.6)").option("--samples <n>", "simulated matches per check (default 2000)").option("--seed <s>", "random seed (default: the scenario default, else 0)").option("--json", "print as JSON").action(
    (file, o) => {
      const sc = loadScenario(file);
      const ps = parties(o.parties, sc);
      const issues = scenarioIssues(sc, ps);
      const an = analyseLinkage(issues);
      const delta = num(o.delta, "--delta", { min: 1e-4, max: 0.9999 }) ?? sc.defaults?.continuation ?? 0.6;
      const samples = num(o.samples, "--samples", { int: true, min: 10 }) ?? 2e3;
      const seed = seedOption(o.seed) ?? sc.defaults?.seed ?? 0;
      const grim = resolveStrategy("Grudger");
      const alld = resolveStrategy("Defector");
      const check = (set) => [0, 1].map((party) => simulateDeviation(set, delta, grim, alld, { samples, seed, party }));
      const perIssue = issues.map((i) => ({ id: i.id, sim: check([i]) }));
      const linked = check(issues);
      if (o.json) return printJson({ parties: ps, analysis: an, delta, simulation: { perIssue, linked } });
      println(
        `Grim trigger: cooperation is sustainable iff the continuation probability delta >= threshold (${ps.join(" v ")})`
      );
      const row = (name, th, sim) => [
        name,
        fmt(th[0], 3),
        fmt(th[1], 3),
        fmt(Math.max(th[0], th[1]), 3),
        sim.every((s) => s.sustainable) ? "yes" : "no",
        fmt(sim[0].cooperate - sim[0].deviate, 1) + " / " + fmt(sim[1].cooperate - sim[1].deviate, 1)
      ];
      println(
        table(
          [
            "issue",
            `threshold ${ps[0]}`,
            `threshold ${ps[1]}`,
            "pair",
            `sustainable at ${delta} (simulated)`,
            "simulated gain from cooperating"
          ],
          [
            ...an.issues.map((i, k) => row(i.name, i.parties, perIssue[k].sim)),
            row("all issues linked", an.linked.parties, linked)
          ]
        )
      );
      if (an.helped.length)
        println(
          `
Linking lowers the threshold for: ${an.helped.join(", ")} (from their own threshold to ${fmt(an.linked.pair, 3)}).`
        );
      println(
        `Simulation: ${samples} matches per cell ending with probability ${fmt(1 - delta, 3)} after each period; scenario payoffs are modelling assumptions (${file}).`
      );
    }
  );
  coop.command("moran").description("fixation probability of mutants in a Moran process (Axelrod birth-death semantics)").argument("<mutant>", "invading strategy").argument("<resident>", "resident strategy").option("--population <n>", "population size (default 10)").option("--mutants <k>", "initial mutants (default 1)").option("--trials <t>", "independent runs (default 1000)").option("--turns <n>", "turns per match (default 200)").option("--noise <p>", "implementation noise").option("--seed <s>", "random seed (default 0)").option("--json", "print as JSON").action(
    (a, b, o) => {
      const [mutant, resident] = resolveStrategies([a, b]);
      const turns = turnsOption(o.turns) ?? 200;
      const noise = prob(o.noise, "--noise") ?? 0;
      const N = num(o.population, "--population", { int: true, min: 2 }) ?? 10;
      const k = num(o.mutants, "--mutants", { int: true, min: 1 }) ?? 1;
      const est = fixationProbability(mutant, resident, {
        populationSize: N,
        initialMutants: k,
        trials: num(o.trials, "--trials", { int: true, min: 1 }),
        turns,
        noise,
        seed: seedOption(o.seed)
      });
      let exact = null;
      if (noise === 0 && !mutant.stochastic && !resident.stochastic) {
        const pt = (x, y) => playMatch(x, y, { turns }).scores.map((s) => s / turns);
        const [ab, ba] = pt(mutant, resident);
        exact = exactFixationProbability(pt(mutant, mutant)[0], ab, ba, pt(resident, resident)[0], N, k);
      }
      if (o.json) return printJson({ ...est, exact });
      println(`${est.mutant} invading ${est.resident}: N=${N}, ${k} mutant(s), ${est.trials} runs`);
      println(
        `fixation probability ${fmt(est.estimate)} +/- ${fmt(est.standardError)} (neutral ${fmt(est.neutral)})${exact === null ? "" : `; exact ${fmt(exact)}`}`
      );
    }
  );
  coop.command("group").description("one n-party match (e.g. United States, Mexico, Canada): each reads the others through a quorum").argument("<strategies...>", "one strategy per party").option(
    "--game <scenario.yaml>",
    "take the payoffs of one issue from a scenario (all its parties), and its defaults for options not given"
  ).option("--issue <id>", "issue of the scenario (default: its first)").option("--turns <n>", "turns (default 200)").option("--noise <p>", "implementation noise").option("--misread <p>", "probability of misreading each other party's action").option("--quorum <q>", "others that must act jointly to count as cooperation (default: all)").option("--seed <s>", "random seed (default 0)").option("--json", "print {parties, strategies, scores, actions} as JSON").action(
    (names, o) => {
      requireGameFor(o);
      const strategies = resolveStrategies(names);
      let game;
      let d = {};
      if (o.game) {
        const sc = loadScenario(o.game);
        game = scenarioNPlayerGame(sc, o.issue ?? sc.issues[0].id);
        d = sc.defaults ?? {};
      } else
        game = linearNPlayerGame(
          names.map((_, i) => `party${i + 1}`),
          STANDARD_PAYOFFS
        );
      const r = playNPlayerMatch(game, strategies, {
        turns: turnsOption(o.turns) ?? d.turns,
        noise: prob(o.noise, "--noise") ?? d.noise,
        misread: prob(o.misread, "--misread") ?? d.misread,
        quorum: num(o.quorum, "--quorum", { int: true, min: 1 }),
        seed: seedOption(o.seed) ?? d.seed
      });
      if (o.json)
        return printJson({
          parties: r.parties,
          strategies: r.strategies,
          scores: r.scores,
          actions: r.actions,
          turns: r.turns
        });
      const w = Math.max(...r.parties.map((p, i) => `${p} (${r.strategies[i]})`.length));
      r.parties.forEach(
        (p, i) => println(`${`${p} (${r.strategies[i]})`.padEnd(w)}  ${r.actions[i]}  score ${fmt(r.scores[i], 2)}`)
      );
    }
  );
}
export {
  loadScenario,
  register,
  splitStrategyList
};
