// What a run prints, as data: the runner's worker, the build-time recorder and the example tests all
// produce `OutputEntry` lists with `createCapture`, and all turn them into text with `outputToText`.
import { type Chart, describeChart } from "./charts.js";
import { formatArgs, formatError, formatTable } from "./format.js";
import { CHART_HOOK, PROGRESS_HOOK, type Progress } from "./hooks.js";

// The output code needs no DOM or Node types: it runs in the worker, in Node and on the page.
declare const performance: { now(): number };

export type Level = "log" | "info" | "warn" | "error" | "debug";

/**
 * One line (or block) of output, one chart, or one state of a progress line. Charts and progress lines
 * with the same `id` replace one another in place.
 */
export type OutputEntry =
  | { kind: "text"; level: Level; text: string }
  | { kind: "chart"; chart: Chart }
  | { kind: "progress"; progress: Progress };

/** The `console` a capture installs, and the one examples see (`env.d.ts`). */
export interface CapturedConsole {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  trace(...data: unknown[]): void;
  /** Rows of `data` as an aligned table; `columns` picks and orders the columns. */
  table(data: unknown, columns?: readonly string[]): void;
  dir(item: unknown): void;
  assert(condition: unknown, ...data: unknown[]): void;
  count(label?: string): void;
  countReset(label?: string): void;
  group(...data: unknown[]): void;
  groupCollapsed(...data: unknown[]): void;
  groupEnd(): void;
  time(label?: string): void;
  timeLog(label?: string, ...data: unknown[]): void;
  timeEnd(label?: string): void;
  clear(): void;
}

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
  console: CapturedConsole;
  /** Records an uncaught error (or rejection) with the location the runner found for it. */
  uncaught(error: unknown, location?: string): void;
  /** Sets `console`, the chart hook and the progress hook on `scope`. */
  install(scope: typeof globalThis): void;
  /** Entries dropped because a limit was reached. */
  readonly dropped: number;
}

/** Captures console calls and charts into `sink`, formatted with the shared formatter. */
export function createCapture(sink: (entry: OutputEntry) => void, limits: OutputLimits = DEFAULT_LIMITS): Capture {
  let entries = 0;
  let chars = 0;
  let dropped = 0;
  // A progress line, or a chart with an id, counts once against the limits, however often it is updated:
  // a chart redrawn every epoch is one chart.
  const seenIds = new Set<string>();
  const push = (entry: OutputEntry) => {
    const id = entryId(entry);
    if (id !== undefined && seenIds.has(id)) {
      sink(entry);
      return;
    }
    const size = entry.kind === "text" ? entry.text.length : 0;
    if (entries >= limits.maxEntries || chars + size > limits.maxChars) {
      dropped++;
      return;
    }
    entries++;
    chars += size;
    if (id !== undefined) seenIds.add(id);
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
  const c: CapturedConsole = {
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
    console: c,
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
      Object.defineProperty(scope, PROGRESS_HOOK, {
        value: (progress: Progress) => push({ kind: "progress", progress }),
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

/** `chart:<id>` or `progress:<id>` for an entry that later entries replace; undefined for the others. */
function entryId(entry: OutputEntry): string | undefined {
  if (entry.kind === "progress") return `progress:${entry.progress.id}`;
  if (entry.kind === "chart" && entry.chart.id !== undefined) return `chart:${entry.chart.id}`;
  return undefined;
}

/**
 * Appends `batch` to `entries` (in place), each chart or progress state with an `id` replacing the earlier
 * one with that `id` where it stands. What the console, the chart panel and `outputToText` show is
 * unchanged (they keep the last version at the first one's place), but a chart redrawn 500 times during
 * training is kept once: the page's memory and the build's recording stay the size of one picture.
 * @example
 * const entries = [];
 * mergeEntries(entries, [chartA1, log, chartA2]); // entries: [chartA2, log]
 */
export function mergeEntries(entries: OutputEntry[], batch: readonly OutputEntry[]): OutputEntry[] {
  for (const entry of batch) {
    const id = entryId(entry);
    const at = id === undefined ? -1 : entries.findIndex((e) => entryId(e) === id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }
  return entries;
}

/**
 * Keeps the last version of each entry that has an `id`, at the place of the first; entries without
 * one are kept as they are.
 */
function latestById<T>(items: readonly T[], idOf: (item: T) => string | undefined): T[] {
  const byId = new Map<string, number>();
  const out: T[] = [];
  for (const item of items) {
    const id = idOf(item);
    const at = id === undefined ? undefined : byId.get(id);
    if (at === undefined) {
      if (id !== undefined) byId.set(id, out.length);
      out.push(item);
    } else out[at] = item;
  }
  return out;
}

/**
 * Charts that share an `id` replace one another: keeps the last version of each, at the place of the
 * first. Used by the chart panel and by `outputToText`.
 */
export function latestCharts(entries: readonly OutputEntry[]): Chart[] {
  return latestById(
    entries.flatMap((e) => (e.kind === "chart" ? [e.chart] : [])),
    (c) => c.id,
  );
}

/** A line of the console: a text entry, or the latest state of a progress line. */
export type ConsoleLine = Extract<OutputEntry, { kind: "text" } | { kind: "progress" }>;

/** The console's lines: text entries, and each progress line once, in its latest state, where it began. */
export function consoleLines(entries: readonly OutputEntry[]): ConsoleLine[] {
  return latestById(
    entries.filter((e): e is ConsoleLine => e.kind !== "chart"),
    (e) => (e.kind === "progress" ? e.progress.id : undefined),
  );
}

/**
 * The output as text, the form committed in `examples/<name>.output.txt`: one entry per line (or
 * block), warnings and errors prefixed with `[warn]`/`[error]`, each progress line in its last state,
 * each chart summarised once.
 */
export function outputToText(entries: readonly OutputEntry[], dropped = 0): string {
  const lines: string[] = [];
  const charts = latestCharts(entries);
  const progress = new Map(
    consoleLines(entries).flatMap((e) => (e.kind === "progress" ? [[e.progress.id, e.progress.text] as const] : [])),
  );
  const seenIds = new Set<string>();
  for (const e of entries) {
    if (e.kind === "text") {
      const prefix = e.level === "warn" || e.level === "error" ? `[${e.level}] ` : "";
      lines.push(`${prefix}${e.text}`);
      continue;
    }
    if (e.kind === "progress") {
      if (seenIds.has(`progress:${e.progress.id}`)) continue;
      seenIds.add(`progress:${e.progress.id}`);
      lines.push(progress.get(e.progress.id) ?? e.progress.text);
      continue;
    }
    if (e.chart.id !== undefined) {
      if (seenIds.has(`chart:${e.chart.id}`)) continue;
      seenIds.add(`chart:${e.chart.id}`);
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
