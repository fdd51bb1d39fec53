// What a run prints, as data: the runner's worker, the build-time recorder and the example tests all
// produce `OutputEntry` lists with `createCapture`, and all turn them into text with `outputToText`.
import { CHART_HOOK, type Chart, describeChart } from "./api";
import { formatArgs, formatError, formatTable } from "./format";

export type Level = "log" | "info" | "warn" | "error" | "debug";

/** One line (or block) of output, or one chart. */
export type OutputEntry = { kind: "text"; level: Level; text: string } | { kind: "chart"; chart: Chart };

/** The limits a capture enforces; beyond them output is dropped and counted. */
export interface OutputLimits {
  /** Most entries kept per run. */
  maxEntries: number;
  /** Most characters of text kept per run. */
  maxChars: number;
}

export const DEFAULT_LIMITS: OutputLimits = { maxEntries: 1000, maxChars: 100_000 };
const MAX_ENTRY_CHARS = 20_000;

export interface Capture {
  /** A `console` replacement: log, info, warn, error, debug, trace, table, dir, assert, count, time… */
  console: Console;
  /** Records an uncaught error (or rejection) with the location the runner found for it. */
  uncaught(error: unknown, location?: string): void;
  /** Sets `console` and the chart hook on `scope`. */
  install(scope: typeof globalThis): void;
  /** Entries dropped because a limit was reached. */
  readonly dropped: number;
}

/** Captures console calls and charts into `sink`, formatted with the shared formatter. */
export function createCapture(sink: (entry: OutputEntry) => void, limits: OutputLimits = DEFAULT_LIMITS): Capture {
  let entries = 0;
  let chars = 0;
  let dropped = 0;
  const push = (entry: OutputEntry) => {
    const size = entry.kind === "text" ? entry.text.length : 0;
    if (entries >= limits.maxEntries || chars + size > limits.maxChars) {
      dropped++;
      return;
    }
    entries++;
    chars += size;
    sink(entry);
  };
  const text = (level: Level, s: string) => {
    push({
      kind: "text",
      level,
      text:
        s.length > MAX_ENTRY_CHARS
          ? `${s.slice(0, MAX_ENTRY_CHARS)}… (${s.length - MAX_ENTRY_CHARS} more characters)`
          : s,
    });
  };
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  let group = "";
  const at =
    (level: Level) =>
    (...args: unknown[]) =>
      text(level, indent(group, formatArgs(args)));
  const c = {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
    trace: at("log"),
    dir: (v: unknown) => text("log", indent(group, formatArgs([v]))),
    table: (data: unknown, columns?: readonly string[]) => text("log", indent(group, formatTable(data, columns))),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) text("error", indent(group, `Assertion failed${args.length ? `: ${formatArgs(args)}` : ""}`));
    },
    count: (label = "default") => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      text("log", indent(group, `${label}: ${n}`));
    },
    countReset: (label = "default") => void counts.delete(label),
    time: (label = "default") => void timers.set(label, performance.now()),
    timeLog: (label = "default", ...args: unknown[]) => {
      const t0 = timers.get(label);
      if (t0 !== undefined) text("log", indent(group, formatArgs([`${label}: ${elapsed(t0)}`, ...args])));
    },
    timeEnd: (label = "default") => {
      const t0 = timers.get(label);
      timers.delete(label);
      if (t0 !== undefined) text("log", indent(group, `${label}: ${elapsed(t0)}`));
    },
    group: (...args: unknown[]) => {
      if (args.length) text("log", indent(group, formatArgs(args)));
      group += "  ";
    },
    groupCollapsed: (...args: unknown[]) => c.group(...args),
    groupEnd: () => {
      group = group.slice(2);
    },
    clear: () => {},
  };
  return {
    console: c as unknown as Console,
    uncaught(error, location) {
      const message = error instanceof Error ? formatError(error) : `${formatArgs([error])}`;
      text("error", `Uncaught ${message}${location ? `\n    at ${location}` : ""}`);
    },
    install(scope) {
      Object.defineProperty(scope, "console", { value: c, configurable: true, writable: true });
      Object.defineProperty(scope, CHART_HOOK, {
        value: (chart: Chart) => push({ kind: "chart", chart }),
        configurable: true,
      });
    },
    get dropped() {
      return dropped;
    },
  };
}

function elapsed(t0: number): string {
  return `${(performance.now() - t0).toFixed(3)} ms`;
}

function indent(prefix: string, s: string): string {
  return prefix ? s.replace(/^/gm, prefix) : s;
}

/**
 * Charts that share an `id` replace one another: keeps the last version of each, at the place of the
 * first. Used by the chart panel and by `outputToText`.
 */
export function latestCharts(entries: readonly OutputEntry[]): Chart[] {
  const byId = new Map<string, number>();
  const charts: Chart[] = [];
  for (const e of entries) {
    if (e.kind !== "chart") continue;
    const id = e.chart.id;
    const at = id === undefined ? undefined : byId.get(id);
    if (at === undefined) {
      if (id !== undefined) byId.set(id, charts.length);
      charts.push(e.chart);
    } else charts[at] = e.chart;
  }
  return charts;
}

/**
 * The output as text, the form committed in `examples/<name>.output.txt`: one entry per line (or
 * block), warnings and errors prefixed with `[warn]`/`[error]`, each chart summarised once.
 */
export function outputToText(entries: readonly OutputEntry[], dropped = 0): string {
  const lines: string[] = [];
  const charts = latestCharts(entries);
  const seenIds = new Set<string>();
  for (const e of entries) {
    if (e.kind === "text") {
      const prefix = e.level === "warn" || e.level === "error" ? `[${e.level}] ` : "";
      lines.push(`${prefix}${e.text}`);
      continue;
    }
    if (e.chart.id !== undefined) {
      if (seenIds.has(e.chart.id)) continue;
      seenIds.add(e.chart.id);
      const last = charts.find((c) => c.id === e.chart.id) ?? e.chart;
      lines.push(describeChart(last));
    } else lines.push(describeChart(e.chart));
  }
  if (dropped > 0) lines.push(truncationNotice(dropped));
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** What the console says when the output cap dropped entries. */
export function truncationNotice(dropped: number): string {
  return `… output truncated: ${dropped} more ${dropped === 1 ? "entry" : "entries"} not shown.`;
}
