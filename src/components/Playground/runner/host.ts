// The script of the runner page (runner.html), which the site loads in an iframe with
// sandbox="allow-scripts" and no allow-same-origin: its origin is opaque, so nothing that runs here can
// read the site's storage or cookies or touch the page. It starts one worker per run from a blob URL (a
// sandboxed document may start no worker from a URL of the site), enforces the time limit, and relays
// output to the page.
//
// The build (plugins/playground) inlines the worker's code, the core build and the chart helper as
// strings, so the runner is one classic script from the site's own origin and needs no request at run time.
import {
  encodeEntries,
  encodeHostEvent,
  type HostEvent,
  type HostRequest,
  type WorkerEvent,
  type WorkerRequest,
} from "@nn-explained/playground/protocol";
import { createSpares } from "./spares";

declare const __NN_WORKER__: string;
declare const __NN_CORE__: string;
declare const __NN_API__: string;

const workerUrl = URL.createObjectURL(new Blob([__NN_WORKER__], { type: "text/javascript" }));

const post = (event: HostEvent) => window.parent.postMessage(encodeHostEvent(event), "*");

// One worker is started ahead of need and warmed up when a run may come (./spares.ts).
const startWorker = () => {
  const w = new Worker(workerUrl, { name: "playground-run" });
  const prepare: WorkerRequest = { type: "prepare", core: __NN_CORE__, api: __NN_API__ };
  w.postMessage(prepare);
  return w;
};
const spares = createSpares(startWorker);

interface Run {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
  started: number;
}
const runs = new Map<number, Run>();

function finish(runId: number, status: "done" | "error" | "timeout" | "stopped", dropped: number) {
  const run = runs.get(runId);
  if (!run) return;
  runs.delete(runId);
  clearTimeout(run.timer);
  run.worker.terminate();
  post({ type: "end", runId, status, dropped, ms: performance.now() - run.started });
  spares.ended();
  setTimeout(spares.idle, 0);
}

window.addEventListener("message", (event: MessageEvent<HostRequest>) => {
  if (event.source !== window.parent) return;
  const req = event.data;
  if (req.type === "stop") {
    finish(req.runId, "stopped", 0);
    return;
  }
  if (req.type === "warm") {
    spares.warm();
    return;
  }
  if (req.type !== "run") return;
  const worker = spares.take();
  const started = performance.now();
  let dropped = 0;
  const timer = setTimeout(() => finish(req.runId, "timeout", dropped), req.timeLimitMs);
  runs.set(req.runId, { worker, timer, started });
  worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
    const msg = e.data;
    if (msg.type === "output") post({ type: "output", runId: req.runId, entries: msg.entries });
    else {
      dropped = msg.dropped;
      finish(req.runId, msg.status, msg.dropped);
    }
  };
  worker.onerror = (e) => {
    // Only a failure of the worker script itself gets here: reader errors are caught inside the worker.
    e.preventDefault();
    post({
      type: "output",
      runId: req.runId,
      entries: encodeEntries([{ kind: "text", level: "error", text: `The runner failed: ${e.message}` }]),
    });
    finish(req.runId, "error", 0);
  };
  const message: WorkerRequest = { type: "run", files: req.files, entry: req.entry, limits: req.limits };
  worker.postMessage(message);
});

spares.idle();
post({ type: "ready" });
