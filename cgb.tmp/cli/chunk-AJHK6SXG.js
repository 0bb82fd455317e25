import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);

// src/cli/output.ts
function printJson(value) {
  process.stdout.write(JSON.stringify(value, (_k, v) => typeof v === "bigint" ? v.toString() : v, 2) + "\n");
}
function println(line = "") {
  process.stdout.write(line + "\n");
}
function oneLine(s) {
  return s.replace(/[ \t]*(\r?\n)+[ \t]*/g, " ");
}
function table(headers, rows) {
  const cells = [headers, ...rows.map((r) => r.map((x) => oneLine(String(x))))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  const line = (r) => r.map((s, c) => typeof rows[0]?.[c] === "number" ? s.padStart(widths[c]) : s.padEnd(widths[c])).join("  ").trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export {
  printJson,
  println,
  oneLine,
  table
};
