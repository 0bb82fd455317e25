import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  external_exports,
  require_dist
} from "./chunk-RGWUEVWY.js";
import {
  CgError,
  __toESM,
  problemsFromZod
} from "./chunk-KZ6JZQI3.js";

// src/model/domain.ts
function utilityOf(u, outcome) {
  let s = u.constant;
  for (let j = 0; j < outcome.length; j++) s += u.table[j][outcome[j]];
  for (const t of u.interactions) {
    if (outcome[t.a.issue] === t.a.option && outcome[t.b.issue] === t.b.option) s += t.value;
  }
  if (u.rectangles) {
    let r = 0;
    for (const rect of u.rectangles.items) {
      if (rect.ranges.every((g) => outcome[g.issue] >= g.min && outcome[g.issue] <= g.max)) r += rect.utility;
    }
    s += r / u.rectangles.scale;
  }
  return u.max !== void 0 && s > u.max ? u.max : s;
}
function utilities(domain, outcome) {
  return domain.utilities.map((u) => utilityOf(u, outcome));
}
function violates(line, outcome) {
  return line.options.every((r) => outcome[r.issue] === r.option);
}
function isFeasible(domain, outcome) {
  return domain.utilities.every((u) => u.redLines.every((l) => !violates(l, outcome)));
}
function outcomeCount(domain) {
  let n = 1n;
  for (const issue of domain.issues) n *= BigInt(issue.options.length);
  return n;
}
function statusQuoOutcome(domain) {
  const o = [];
  for (const issue of domain.issues) {
    if (issue.statusQuo === void 0) return null;
    o.push(issue.statusQuo);
  }
  return o;
}
function outcomeToRecord(domain, outcome) {
  const rec = {};
  domain.issues.forEach((issue, j) => {
    rec[issue.id] = issue.options[outcome[j]];
  });
  return rec;
}

// src/model/scenario.ts
var ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var id = (what) => external_exports.string().regex(ID_PATTERN, `must be a ${what} id: letters, digits, '_', '-' or '.', starting with a letter or digit`).max(80).meta({ description: `${what} id (letters, digits, '_', '-', '.')` });
var text = (description) => external_exports.string().trim().min(1, "must not be empty").meta({ description });
var ASSUMPTION = "assumption";
var justified = {
  rationale: text("One or two sentences defending the number."),
  source: external_exports.string().min(1).meta({
    description: `Id of an entry in \`sources\`, or "${ASSUMPTION}" for a modelling assumption (the rationale then says why).`
  }),
  quote: external_exports.string().min(1).optional().meta({ description: "Verbatim passage of the source that supports the number (optional)." })
};
var SourceSchema = external_exports.strictObject({
  id: id("source"),
  title: text("Title of the source."),
  author: external_exports.string().optional(),
  year: external_exports.number().int().optional(),
  publisher: external_exports.string().optional(),
  url: external_exports.string().optional(),
  doi: external_exports.string().optional(),
  file: external_exports.string().optional().meta({ description: "Local copy, relative to the project root." })
}).meta({ description: "A document that preferences cite by id." });
var AreaSchema = external_exports.strictObject({
  id: id("area"),
  name: text("Display name of the policy area."),
  description: external_exports.string().optional()
}).meta({ description: "A policy area grouping issues (trade, security, ...)." });
var OptionSchema = external_exports.strictObject({
  id: id("option"),
  label: text("Short display label."),
  description: external_exports.string().optional()
}).meta({ description: "One possible settlement of an issue." });
var IssueSchema = external_exports.strictObject({
  id: id("issue"),
  name: text("Display name of the issue."),
  area: id("area").optional(),
  description: external_exports.string().optional(),
  options: external_exports.array(OptionSchema).min(1, "an issue needs at least one option").meta({
    description: "Options in their natural order (e.g. from least to most cooperation)."
  }),
  statusQuo: id("option").optional().meta({ description: "Id of today's option (the no-deal outcome on this issue)." }),
  statusQuoRationale: external_exports.string().optional().meta({ description: "Why this option describes today." }),
  statusQuoSource: external_exports.string().optional().meta({ description: `Source id (or "${ASSUMPTION}") for the status quo.` }),
  statusQuoQuote: external_exports.string().optional().meta({ description: "Verbatim passage of that source describing today." })
}).meta({ description: "An issue on the table, with its ordered options." });
var WeightSchema = external_exports.strictObject({
  weight: external_exports.number().min(0, "weights must be >= 0").meta({ description: "Relative importance (>= 0); normalised to sum 1 per party." }),
  ...justified
}).meta({ description: "How much an issue matters to the party." });
var ValuesSchema = external_exports.strictObject({
  options: external_exports.record(
    external_exports.string(),
    external_exports.number().min(0, "option values must be in [0, 1]").max(1, "option values must be in [0, 1]")
  ).meta({ description: "Value in [0, 1] of every option of the issue (0 = worst, 1 = best for this party)." }),
  ...justified
}).meta({ description: "The party's value for each option of one issue." });
var RedLineSchema = external_exports.strictObject({
  options: external_exports.record(external_exports.string(), external_exports.string()).meta({
    description: "issue id -> option id; the party never accepts an outcome containing all of them."
  }),
  ...justified
}).meta({ description: "An option, or combination of options, the party will never accept." });
var InteractionSchema = external_exports.strictObject({
  when: external_exports.record(external_exports.string(), external_exports.string()).meta({ description: "Exactly two entries: issue id -> option id, on two different issues." }),
  value: external_exports.number().min(-1).max(1).meta({
    description: "Added to the utility (same scale as the normalised utility, -1..1) when both options occur."
  }),
  ...justified
}).meta({ description: "A bonus (or penalty, if negative) when two options occur together." });
var PartySchema = external_exports.strictObject({
  id: id("party"),
  name: text("Display name of the party."),
  description: external_exports.string().optional(),
  reservation: external_exports.union([external_exports.number().min(-1).max(2), external_exports.literal("status_quo")], {
    error: 'reservation must be a number in [-1, 2] or "status_quo"'
  }).optional().meta({
    description: 'Utility of walking away: a number, or "status_quo" (the utility of the status-quo outcome). Default 0.'
  }),
  reservationRationale: external_exports.string().optional(),
  weights: external_exports.record(external_exports.string(), WeightSchema).meta({ description: "issue id -> weight; every issue needs one." }),
  values: external_exports.record(external_exports.string(), ValuesSchema).meta({ description: "issue id -> option values; needed for every issue with a positive weight." }),
  redLines: external_exports.array(RedLineSchema).optional(),
  interactions: external_exports.array(InteractionSchema).optional()
}).meta({ description: "A party (delegation) and its private preferences." });
var ScenarioSchema = external_exports.strictObject({
  $schema: external_exports.string().optional().meta({ description: "Optional pointer to this JSON Schema (ignored)." }),
  id: id("scenario"),
  name: text("Display name of the scenario."),
  description: external_exports.string().optional(),
  sources: external_exports.array(SourceSchema).optional(),
  areas: external_exports.array(AreaSchema).optional(),
  issues: external_exports.array(IssueSchema).min(1, "a scenario needs at least one issue"),
  parties: external_exports.array(PartySchema).min(1, "a scenario needs at least one party")
}).meta({
  title: "Common Ground scenario",
  description: "Parties, issues grouped into areas, ordered options, status quo, and per-party weights, option values, reservation values, red lines and interaction terms, each with a rationale and a source."
});
function scenarioJsonSchema() {
  return external_exports.toJSONSchema(ScenarioSchema, { target: "draft-2020-12", io: "input" });
}

// src/model/status-quo.ts
var FLAG = "statusQuo";
function list(values) {
  const shown = values.slice(0, 15).map((v) => JSON.stringify(v));
  return shown.join(", ") + (values.length > 15 ? `, \u2026 (${values.length} in all)` : "");
}
function findOption(issue, wanted) {
  let k = issue.options.indexOf(wanted);
  if (k >= 0) return k;
  k = issue.optionLabels ? issue.optionLabels.indexOf(wanted) : -1;
  if (k >= 0) return k;
  const x = Number(wanted);
  if (wanted.trim() !== "" && Number.isFinite(x)) {
    k = issue.options.findIndex((o) => o.trim() !== "" && Math.abs(Number(o) - x) <= 1e-9 * Math.max(1, Math.abs(x)));
  }
  return k;
}
function parseStatusQuoSpec(domain, spec) {
  const out = domain.issues.map(() => void 0);
  const problems = [];
  const entries = spec.split(";").map((s) => s.trim()).filter((s) => s !== "");
  if (entries.length === 0) {
    problems.push({
      code: "bad_status_quo",
      path: [FLAG],
      message: "status quo is empty",
      expected: '"issue=option;issue=option"'
    });
  }
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    if (eq <= 0) {
      problems.push({
        code: "bad_status_quo",
        path: [FLAG],
        message: `status quo entry "${entry}" is not of the form issue=option`,
        expected: "issue=option"
      });
      continue;
    }
    const issueKey = entry.slice(0, eq).trim();
    const optionKey = entry.slice(eq + 1).trim();
    let j = domain.issues.findIndex((i) => i.id === issueKey);
    if (j < 0) j = domain.issues.findIndex((i) => i.name === issueKey);
    if (j < 0) {
      problems.push({
        code: "unknown_issue",
        path: [FLAG, issueKey],
        message: `status quo names unknown issue "${issueKey}"`,
        expected: `one of ${list(domain.issues.map((i) => i.id))}`
      });
      continue;
    }
    const issue = domain.issues[j];
    const k = findOption(issue, optionKey);
    if (k < 0) {
      problems.push({
        code: "unknown_option",
        path: [FLAG, issue.id],
        message: `status quo: "${optionKey}" is not an option of issue "${issue.id}"`,
        expected: `one of ${list(issue.options)}`
      });
      continue;
    }
    if (out[j] !== void 0 && out[j] !== k) {
      problems.push({
        code: "bad_status_quo",
        path: [FLAG, issue.id],
        message: `issue "${issue.id}" is given twice with different options`
      });
    }
    out[j] = k;
  }
  if (problems.length) throw new CgError(problems);
  return out;
}
function withStatusQuo(domain, spec) {
  const given = parseStatusQuoSpec(domain, spec);
  const statusQuo = domain.issues.map((issue, j) => given[j] ?? issue.statusQuo);
  const missing = domain.issues.filter((_, j) => statusQuo[j] === void 0).map((i) => i.id);
  if (missing.length) {
    throw new CgError({
      code: "incomplete_status_quo",
      path: [FLAG],
      message: `status quo must name an option for every issue; missing: ${list(missing)}`,
      expected: "issue=option for each of them"
    });
  }
  const sq = statusQuo;
  const issues = domain.issues.map((issue, j) => ({ ...issue, statusQuo: sq[j] }));
  const declared = domain.meta?.reservations ?? {};
  const parties = domain.parties.map(
    (party, p) => declared[party.id] === "status_quo" ? { ...party, reservation: utilityOf(domain.utilities[p], sq) } : party
  );
  return { domain: { ...domain, issues, parties }, statusQuo: sq };
}

// src/model/scenario-check.ts
function listOf(ids) {
  const all = [...ids];
  const shown = all.slice(0, 12).map((s) => JSON.stringify(s));
  return (all.length > 12 ? [...shown, `\u2026 (${all.length} in all)`] : shown).join(", ");
}
function checkScenario(s) {
  const problems = [];
  const add = (code, path, message, extra = {}) => problems.push({ code, path, message, ...extra });
  const checkDuplicates = (items, base, what) => {
    const seen = /* @__PURE__ */ new Map();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== void 0) {
        add("duplicate_id", [...base, i, "id"], `duplicate ${what} id "${item.id}" (already used at index ${first})`, {
          expected: `an id no other ${what} uses`
        });
      } else seen.set(item.id, i);
    });
  };
  const sources = s.sources ?? [];
  const areas = s.areas ?? [];
  checkDuplicates(sources, ["sources"], "source");
  checkDuplicates(areas, ["areas"], "area");
  checkDuplicates(s.issues, ["issues"], "issue");
  checkDuplicates(s.parties, ["parties"], "party");
  const sourceIds = new Set(sources.map((x) => x.id));
  const checkSource = (source, path) => {
    if (source !== ASSUMPTION && !sourceIds.has(source)) {
      add("unknown_source", path, `unknown source "${source}"`, {
        expected: `"${ASSUMPTION}" or a source id: ${listOf(sourceIds) || "(no sources declared)"}`
      });
    }
  };
  const areaIds = new Set(areas.map((a) => a.id));
  const issues = /* @__PURE__ */ new Map();
  s.issues.forEach((issue, i) => {
    checkDuplicates(issue.options, ["issues", i, "options"], "option");
    const optionList = issue.options.map((o) => o.id);
    if (!issues.has(issue.id)) issues.set(issue.id, { index: i, options: new Set(optionList), optionList });
    if (issue.area !== void 0 && !areaIds.has(issue.area)) {
      add("unknown_area", ["issues", i, "area"], `unknown area "${issue.area}"`, {
        expected: areaIds.size ? `one of ${listOf(areaIds)}` : "an area declared under `areas`"
      });
    }
    if (issue.statusQuo !== void 0 && !optionList.includes(issue.statusQuo)) {
      add(
        "unknown_option",
        ["issues", i, "statusQuo"],
        `status quo "${issue.statusQuo}" is not an option of issue "${issue.id}"`,
        {
          expected: `one of ${listOf(optionList)}`
        }
      );
    }
    if (issue.statusQuoSource !== void 0) checkSource(issue.statusQuoSource, ["issues", i, "statusQuoSource"]);
  });
  const issueIds = [...issues.keys()];
  const checkOptionMap = (map, path) => {
    for (const [issueId, optionId] of Object.entries(map)) {
      const issue = issues.get(issueId);
      if (!issue) {
        add("unknown_issue", [...path, issueId], `unknown issue "${issueId}"`, {
          expected: `one of ${listOf(issueIds)}`
        });
      } else if (!issue.options.has(optionId)) {
        add("unknown_option", [...path, issueId], `"${optionId}" is not an option of issue "${issueId}"`, {
          expected: `one of ${listOf(issue.optionList)}`
        });
      }
    }
  };
  s.parties.forEach((party, p) => {
    const base = ["parties", p];
    let total = 0;
    for (const [issueId, w] of Object.entries(party.weights)) {
      if (!issues.has(issueId)) {
        add(
          "unknown_issue",
          [...base, "weights", issueId],
          `unknown issue "${issueId}" in the weights of party "${party.id}"`,
          {
            expected: `one of ${listOf(issueIds)}`
          }
        );
      }
      checkSource(w.source, [...base, "weights", issueId, "source"]);
      total += w.weight;
    }
    for (const issueId of issueIds) {
      if (!(issueId in party.weights)) {
        add("missing_weight", [...base, "weights"], `party "${party.id}" gives no weight for issue "${issueId}"`, {
          expected: "a weight (0 allowed, with a rationale) for every issue"
        });
      }
    }
    if (Object.keys(party.weights).length > 0 && total <= 0) {
      add("zero_weights", [...base, "weights"], `the weights of party "${party.id}" sum to 0`, {
        expected: "at least one positive weight"
      });
    }
    for (const [issueId, v] of Object.entries(party.values)) {
      const path = [...base, "values", issueId];
      checkSource(v.source, [...path, "source"]);
      const issue = issues.get(issueId);
      if (!issue) {
        add("unknown_issue", path, `unknown issue "${issueId}" in the values of party "${party.id}"`, {
          expected: `one of ${listOf(issueIds)}`
        });
        continue;
      }
      for (const optionId of Object.keys(v.options)) {
        if (!issue.options.has(optionId)) {
          add(
            "unknown_option",
            [...path, "options", optionId],
            `"${optionId}" is not an option of issue "${issueId}"`,
            {
              expected: `one of ${listOf(issue.optionList)}`
            }
          );
        }
      }
      for (const optionId of issue.optionList) {
        if (!(optionId in v.options)) {
          add(
            "missing_value",
            [...path, "options"],
            `party "${party.id}" gives no value for option "${optionId}" of issue "${issueId}"`,
            {
              expected: "a value in [0, 1] for every option of the issue"
            }
          );
        }
      }
    }
    for (const issueId of issueIds) {
      const w = party.weights[issueId];
      if (w && w.weight > 0 && !(issueId in party.values)) {
        add(
          "missing_values",
          [...base, "values"],
          `party "${party.id}" weighs issue "${issueId}" but gives no option values for it`,
          {
            expected: "values for every issue with a positive weight"
          }
        );
      }
    }
    if (party.reservation === "status_quo") {
      const missing = s.issues.filter((i) => i.statusQuo === void 0).map((i) => i.id);
      if (missing.length) {
        add(
          "no_status_quo",
          [...base, "reservation"],
          `reservation "status_quo" needs a status quo on every issue; missing on ${listOf(missing)}`,
          {
            expected: "a number, or statusQuo set on every issue"
          }
        );
      }
    }
    (party.redLines ?? []).forEach((line, r) => {
      const path = [...base, "redLines", r];
      checkSource(line.source, [...path, "source"]);
      if (Object.keys(line.options).length === 0) {
        add("empty_red_line", [...path, "options"], "a red line needs at least one issue: option pair", {
          expected: "issue id -> option id"
        });
      }
      checkOptionMap(line.options, [...path, "options"]);
    });
    (party.interactions ?? []).forEach((term, t) => {
      const path = [...base, "interactions", t];
      checkSource(term.source, [...path, "source"]);
      const n = Object.keys(term.when).length;
      if (n !== 2) {
        add(
          "bad_interaction",
          [...path, "when"],
          `an interaction names exactly two options on two different issues, found ${n}`,
          {
            expected: "{issueA: optionA, issueB: optionB}"
          }
        );
      }
      checkOptionMap(term.when, [...path, "when"]);
    });
  });
  return problems;
}

// src/model/source-text.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlText(text2, file) {
  const lineCounter = new import_yaml.LineCounter();
  const json = /json$/i.test(file ?? "");
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: !json });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const multiple = /multiple documents/i.test(e.message);
      const p = {
        code: "syntax_error",
        path: [],
        message: multiple ? 'the file holds more than one YAML document (a second "---"); a scenario file holds exactly one' : `${json ? "JSON" : "YAML"} syntax error: ${firstLine(e.message)}`,
        line: pos.line,
        column: pos.col
      };
      if (file) p.file = file;
      return p;
    });
    throw new CgError(problems);
  }
  const data = doc.toJS({ maxAliasCount: 1e3 });
  return {
    data,
    locate: (path) => {
      const offset = offsetOf(doc, path);
      if (offset === void 0) return void 0;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function offsetOf(doc, path) {
  let node = doc.contents;
  let best = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (last) return keyStart ?? best;
      node = pair.value;
      best = rangeStart(node) ?? keyStart ?? best;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === void 0) return best;
      node = item;
      best = rangeStart(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}
function rangeStart(node) {
  const r = node?.range;
  return Array.isArray(r) ? r[0] : void 0;
}

// src/model/scenario-compile.ts
function place(problems, opts) {
  return problems.map((p) => {
    const out = { ...p };
    if (opts.file && !out.file) out.file = opts.file;
    if (opts.locate && out.line === void 0) {
      const pos = opts.locate(out.path);
      if (pos) {
        out.line = pos.line;
        out.column = pos.column;
      }
    }
    return out;
  });
}
function allowedKeysAt(path) {
  const defOf = (schema2) => schema2._zod.def;
  const unwrap = (schema2) => {
    let s = schema2;
    while (["optional", "nullable", "default"].includes(defOf(s).type)) s = defOf(s).innerType;
    return s;
  };
  let schema = ScenarioSchema;
  for (const seg of path) {
    const def2 = defOf(unwrap(schema));
    if (def2.type === "object" && typeof seg === "string" && def2.shape && seg in def2.shape) schema = def2.shape[seg];
    else if (def2.type === "array" && typeof seg === "number") schema = def2.element;
    else if (def2.type === "record") schema = def2.valueType;
    else return null;
  }
  const def = defOf(unwrap(schema));
  return def.type === "object" && def.shape ? Object.keys(def.shape) : null;
}
function refine(problems, issues) {
  return problems.flatMap((p, i) => {
    const issue = issues[i];
    if (issue.code === "unrecognized_keys" && issue.keys) {
      const allowed = allowedKeysAt(p.path);
      return issue.keys.map((key) => ({
        ...p,
        path: [...p.path, key],
        message: `unknown key "${key}"`,
        ...allowed ? { expected: `one of ${allowed.map((k) => JSON.stringify(k)).join(", ")}` } : {}
      }));
    }
    if (issue.code === "invalid_union" && "input" in issue) {
      const x = issue.input;
      return [{ ...p, received: typeof x === "number" ? `number ${x}` : JSON.stringify(x) ?? String(x) }];
    }
    return [p];
  });
}
function validateScenario(data, opts = {}) {
  const r = ScenarioSchema.safeParse(data, {
    reportInput: true,
    // Short messages: the expected and received parts are rendered from the problem's fields.
    error: (iss) => iss.code === "invalid_type" ? iss.input === void 0 ? "required field is missing" : "wrong type" : void 0
  });
  if (!r.success) throw new CgError(place(refine(problemsFromZod(r.error), r.error.issues), opts));
  const problems = checkScenario(r.data);
  if (problems.length) throw new CgError(place(problems, opts));
  return r.data;
}
function compileScenario(s, meta = {}) {
  const issueIndex = new Map(s.issues.map((issue, j) => [issue.id, j]));
  const issues = s.issues.map((issue) => {
    const options = issue.options.map((o) => o.id);
    const out = {
      id: issue.id,
      name: issue.name,
      options,
      optionLabels: issue.options.map((o) => o.label)
    };
    if (issue.area !== void 0) out.area = issue.area;
    if (issue.statusQuo !== void 0) out.statusQuo = options.indexOf(issue.statusQuo);
    return out;
  });
  const ref = (issueId, optionId) => {
    const j = issueIndex.get(issueId);
    return { issue: j, option: issues[j].options.indexOf(optionId) };
  };
  const utilities2 = s.parties.map((party) => {
    const raw = s.issues.map((issue) => party.weights[issue.id]?.weight ?? 0);
    const rawTotal = raw.reduce((a, b) => a + b, 0);
    const scale = Number.isFinite(rawTotal) ? 1 : Math.max(...raw);
    const total = scale === 1 ? rawTotal : raw.reduce((a, b) => a + b / scale, 0);
    const table = s.issues.map((issue, j) => {
      const w = raw[j] / scale / total;
      const values = party.values[issue.id]?.options ?? {};
      return issue.options.map((o) => w * (values[o.id] ?? 0));
    });
    return {
      table,
      constant: 0,
      interactions: (party.interactions ?? []).map((t) => {
        const [[ia, oa], [ib, ob]] = Object.entries(t.when);
        return { a: ref(ia, oa), b: ref(ib, ob), value: t.value };
      }),
      redLines: (party.redLines ?? []).map((line) => ({
        options: Object.entries(line.options).map(([i, o]) => ref(i, o)),
        rationale: line.rationale
      }))
    };
  });
  const sq = issues.every((i) => i.statusQuo !== void 0) ? issues.map((i) => i.statusQuo) : null;
  const parties = s.parties.map((party, p) => ({
    id: party.id,
    name: party.name,
    reservation: party.reservation === "status_quo" ? utilityOf(utilities2[p], sq) : party.reservation ?? 0
  }));
  return {
    id: s.id,
    name: s.name,
    parties,
    issues,
    utilities: utilities2,
    meta: {
      format: "common-ground-scenario",
      ...s.description ? { description: s.description } : {},
      weightsNormalised: true,
      reservations: Object.fromEntries(s.parties.map((p) => [p.id, p.reservation ?? 0])),
      ...meta
    }
  };
}
function otherFileKind(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const d = data;
  if (d.kind === "cooperation-game")
    return {
      what: "a cooperation game (kind: cooperation-game)",
      use: "cooperation games are read by `cooperate ... --game <file>`"
    };
  if (!("issues" in d) && ["actions", "linkages", "exchangeRates", "reportingOrg"].some((k) => k in d)) {
    return {
      what: "a framework file (actions, linkages, ...)",
      use: "frameworks are read by `framework audit|load <file>`"
    };
  }
  return null;
}
function loadScenarioText(text2, file) {
  const parsed = parseYamlText(text2, file);
  if (parsed.data === null || parsed.data === void 0) {
    throw new CgError({
      code: "empty_file",
      path: [],
      message: "the file is empty",
      expected: "a scenario (id, name, issues, parties)",
      ...file ? { file } : {}
    });
  }
  const other = otherFileKind(parsed.data);
  if (other) {
    throw new CgError({
      code: "wrong_kind",
      path: [],
      message: `this is ${other.what}, not a negotiation scenario`,
      expected: `a scenario (id, name, issues, parties); ${other.use}`,
      ...file ? { file } : {}
    });
  }
  const scenario = validateScenario(parsed.data, { file, locate: parsed.locate });
  return { scenario, domain: compileScenario(scenario, file ? { file } : {}) };
}

export {
  utilityOf,
  utilities,
  violates,
  isFeasible,
  outcomeCount,
  statusQuoOutcome,
  outcomeToRecord,
  scenarioJsonSchema,
  loadScenarioText,
  withStatusQuo
};
