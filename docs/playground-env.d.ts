// What an example may use besides ES2022 and its imports: the globals that both the playground's worker
// and Node provide. The examples' tsconfig has no DOM and no Node types, so `document`, `window` or
// `process` in an example is a type error, as it would fail in the playground.

interface PlaygroundConsole {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
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
}

declare var console: PlaygroundConsole;
declare function setTimeout(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearInterval(id: number | undefined): void;
declare var performance: { now(): number };
