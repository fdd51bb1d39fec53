// The worker that runs one playground run, then is thrown away. The host (host.ts) creates it from a blob
// inside an opaque-origin sandboxed iframe, so reader code reaches neither the page, its storage nor its
// cookies; the iframe's Content-Security-Policy (connect-src 'none') also keeps it off the network.
//
// A worker is started ahead of need and prepared: it loads core and the chart helper from blob URLs and
// warms up the transpiler, so a run only transpiles and loads the reader's files; told that a run may come,
// it warms up the output path too (./warmUp.ts). A run: transpile and link the files into blob-URL ES
// modules, import the entry, and report "end" once its top-level code has finished and no timer is pending
// (as Node exits when its event loop is empty). An uncaught error or unhandled rejection ends the run, as in
// Node.
import { createCapture, type OutputLimits } from "@nn-explained/playground/output";
import { encodeEntries, type WorkerEvent, type WorkerRequest } from "@nn-explained/playground/protocol";
import { CORE_MODULE, linkModules, PLAYGROUND_MODULE, PlaygroundCodeError, stripTypes } from "./transpile";
import { type ChartApi, createWarmUp } from "./warmUp";

interface WorkerScope {
  postMessage(message: WorkerEvent): void;
  addEventListener(type: "message", fn: (e: MessageEvent<WorkerRequest>) => void): void;
  addEventListener(type: "error", fn: (e: ErrorEvent) => void): void;
  addEventListener(type: "unhandledrejection", fn: (e: PromiseRejectionEvent) => void): void;
}
const scope = globalThis as unknown as WorkerScope & typeof globalThis;

// Blob URL → file name, to turn stack traces back into the reader's files.
const names = new Map<string, string>();
function blob(code: string, name: string): string {
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  names.set(url, name);
  return url;
}

let prepared: Promise<Record<typeof CORE_MODULE | typeof PLAYGROUND_MODULE, string>> | null = null;
let warmUp: ReturnType<typeof createWarmUp> | null = null;
let running = false;
// The real one: a run replaces the global setTimeout with one that counts its pending timers.
const later = scope.setTimeout.bind(scope);

scope.addEventListener("message", (event) => {
  const req = event.data;
  if (req.type === "prepare") {
    prepared ??= (async () => {
      const packages = {
        [CORE_MODULE]: blob(req.core, CORE_MODULE),
        [PLAYGROUND_MODULE]: blob(req.api, PLAYGROUND_MODULE),
      };
      // Loading core now (it has no side effects) leaves the run only the reader's own modules to load.
      const [, api] = await Promise.all(
        [packages[CORE_MODULE], packages[PLAYGROUND_MODULE]].map((url) => import(/* webpackIgnore: true */ url)),
      );
      stripTypes("warm-up.ts", "const warm: number = 1;");
      warmUp = createWarmUp(api as ChartApi, scope, later);
      return packages;
    })();
  } else if (req.type === "warm" && prepared) {
    prepared.then(
      () => {
        if (!running) warmUp?.start();
      },
      () => undefined, // a run reports the failed load
    );
  } else if (req.type === "run" && prepared) {
    running = true;
    warmUp?.stop();
    const { files, entry, limits } = req;
    prepared.then(
      (packages) => run(files, entry, limits, packages),
      (error: unknown) => {
        const text = `The runner could not load ${CORE_MODULE}: ${error instanceof Error ? error.message : String(error)}`;
        scope.postMessage({ type: "output", entries: encodeEntries([{ kind: "text", level: "error", text }]) });
        scope.postMessage({ type: "end", status: "error", dropped: 0 });
      },
    );
  }
});

async function run(
  files: Record<string, string>,
  entry: string,
  limits: OutputLimits,
  packages: Record<typeof CORE_MODULE | typeof PLAYGROUND_MODULE, string>,
): Promise<void> {
  // Each entry is posted at once: a run stuck in a loop right after printing must still show what it
  // printed. The output cap bounds the number of messages; the page batches them per frame.
  const capture = createCapture(
    (entry) => scope.postMessage({ type: "output", entries: encodeEntries([entry]) }),
    limits,
  );
  capture.install(scope);

  let ended = false;
  const end = (status: "done" | "error") => {
    if (ended) return;
    ended = true;
    scope.postMessage({ type: "end", status, dropped: capture.dropped });
  };

  const locate = (error: unknown) => readerLocation(error, names);

  scope.addEventListener("error", (e) => {
    e.preventDefault();
    capture.uncaught(e.error ?? e.message, locate(e.error) ?? locationOf(e.filename, e.lineno, names));
    end("error");
  });
  scope.addEventListener("unhandledrejection", (e) => {
    e.preventDefault();
    capture.uncaught(e.reason, locate(e.reason));
    end("error");
  });

  // Pending timers keep the run alive, as they keep a Node process alive.
  let moduleDone = false;
  const pending = new Set<unknown>();
  const realSetTimeout = scope.setTimeout.bind(scope);
  const realClearTimeout = scope.clearTimeout.bind(scope);
  const realSetInterval = scope.setInterval.bind(scope);
  const realClearInterval = scope.clearInterval.bind(scope);
  const checkIdle = () => {
    // A zero timeout lets promise chains settle (and schedule new timers) before deciding.
    realSetTimeout(() => {
      if (moduleDone && pending.size === 0) end("done");
    }, 0);
  };
  const patched = {
    setTimeout: (fn: unknown, ms?: number, ...args: unknown[]) => {
      const id = realSetTimeout(() => {
        pending.delete(id);
        try {
          if (typeof fn === "function") fn(...args);
        } finally {
          checkIdle();
        }
      }, ms);
      pending.add(id);
      return id;
    },
    clearTimeout: (id?: number) => {
      pending.delete(id);
      realClearTimeout(id);
      checkIdle();
    },
    setInterval: (fn: unknown, ms?: number, ...args: unknown[]) => {
      const id = realSetInterval(() => {
        if (typeof fn === "function") fn(...args);
      }, ms);
      pending.add(id);
      return id;
    },
    clearInterval: (id?: number) => {
      pending.delete(id);
      realClearInterval(id);
      checkIdle();
    },
  };
  Object.assign(scope, patched);

  try {
    const entryUrl = linkModules(
      files,
      entry,
      (pkg) => packages[pkg],
      ({ file, code }) => blob(`${code}\n//# sourceURL=${file}`, file),
    );
    await import(/* webpackIgnore: true */ entryUrl);
    moduleDone = true;
    checkIdle();
  } catch (error) {
    if (error instanceof PlaygroundCodeError) capture.uncaught(error, `${error.file}:${error.line}`);
    else capture.uncaught(error instanceof Error ? renameUrls(error, names) : error, locate(error));
    end("error");
  }
}

const FRAME_RE = /((?:blob:[^\s()]+?)|[\w./@-]+\.[cm]?[jt]s):(\d+)(?::\d+)?/g;

/** The first stack frame in one of the reader's files, as `main.ts:3`. */
function readerLocation(error: unknown, names: ReadonlyMap<string, string>): string | undefined {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  for (const m of stack.matchAll(FRAME_RE)) {
    const at = locationOf(m[1], Number(m[2]), names);
    if (at) return at;
  }
  return undefined;
}

function locationOf(url: string | undefined, line: number | undefined, names: ReadonlyMap<string, string>) {
  if (!url || !line) return undefined;
  const name = names.get(url) ?? ([...names.values()].includes(url) ? url : undefined);
  if (!name || name === CORE_MODULE || name === PLAYGROUND_MODULE) return undefined;
  return `${name}:${line}`;
}

/** An error whose message names blob URLs (a failed import) names the reader's files instead. */
function renameUrls(error: Error, names: ReadonlyMap<string, string>): Error {
  let message = error.message;
  for (const [url, name] of names) message = message.split(url).join(name);
  if (message === error.message) return error;
  const copy = new Error(message);
  copy.name = error.name;
  copy.stack = error.stack ?? "";
  return copy;
}
