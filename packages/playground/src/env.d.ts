// What an example may use besides ES2022 and its imports: the globals that both the playground's worker
// and Node provide. The examples' tsconfig has no DOM and no Node types, so `document`, `window` or
// `process` in an example is a type error, as it would fail in the playground.

// The console is the one the runner installs (`createCapture`), in the playground and in the tests.
declare var console: import("./output").CapturedConsole;
declare function setTimeout(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]): number;
declare function clearInterval(id: number | undefined): void;
declare var performance: { now(): number };
