// A worker that waits for a run warms up its output path when a run may come (the reader's pointer on a
// playground, focus in it, a key pressed there, or the end of a run that drew charts): it draws a few charts
// and prints a line that nobody sees, so V8 has compiled the chart helpers' checks, the capture and the
// encoding before the run needs them. Without it, a run's first redraws compile that code on V8's background
// threads while the page builds the run's new figures: on two cores the page's frame then took over 50 ms of
// wall time for 12-25 ms of CPU (bench/RESULTS.md, "Grid charts"). One chart a task; a run that arrives stops
// it, so the run waits for one task at most: a chart (up to 40 ms in Node while the code is cold, a few ms
// once warm) or the inputs (15 ms).
import { createCapture } from "@nn-explained/playground/output";
import { encodeEntries } from "@nn-explained/playground/protocol";

/** What the warm-up calls: the chart helpers of `@nn-explained/playground`, as reader code imports them. */
export interface ChartApi {
  heatmapChart(options: object): void;
  scatterChart(options: object): void;
  lineChart(options: object): void;
  barChart(options: object): void;
}

/**
 * Rounds of every step below: in Node, the first two rounds take 35-60 ms each, the code runs optimized from
 * about the tenth (4-5 ms a round); 12 rounds, about 170 ms of the worker's time in all.
 */
export const WARM_UP_ROUNDS = 12;

/** The largest inputs the articles' charts take: a 64×64 grid of two classes, eight unit maps, 500 points. */
function warmUpInputs() {
  const n = 64;
  const x = Array.from({ length: n }, (_, i) => -2 + (4 * i) / (n - 1));
  const points = Array.from({ length: 500 }, (_, i) => [2 * Math.cos(i * 2.4), 2 * Math.sin(i * 1.7)]);
  const labels = points.map(([a = 0, b = 0]) => (a * b > 0 ? 1 : 0));
  const z = x.map((b) => x.map((a) => [1 / (1 + Math.exp(-a * b)), 1 / (1 + Math.exp(a * b))]));
  const maps = Array.from({ length: 8 }, (_, k) => ({
    name: `unit ${k + 1}`,
    z: x.map((b) => x.map((a) => Math.max(0, a * Math.cos(k) + b * Math.sin(k)))),
  }));
  return { x, points, labels, z, maps, line: points.map(([a = 0]) => a) };
}
type Inputs = ReturnType<typeof warmUpInputs>;

/** The steps of a round, each a task of its own: every kind of chart, and a console line. */
type Step = (api: ChartApi, scope: typeof globalThis, inputs: Inputs) => void;
const STEPS: readonly Step[] = [
  (api, _, { x, points, labels, z }) => api.heatmapChart({ id: "warm-up-classes", x, y: x, z, points, labels }),
  (api, _, { x, points, labels, maps }) => api.heatmapChart({ id: "warm-up-units", x, y: x, maps, points, labels }),
  (api, _, { points, labels }) => api.scatterChart({ id: "warm-up-points", points, labels }),
  (api, _, { line }) => api.lineChart({ id: "warm-up-line", series: [{ name: "a", y: line }] }),
  (api) => api.barChart({ id: "warm-up-bars", labels: ["a", "b", "c"], values: [1, 2, 3] }),
  (_, scope) => scope.console.log("warm-up", [1.5, -2], { rounds: WARM_UP_ROUNDS }),
];

/**
 * One step, captured as a run captures output and encoded as the worker encodes it, then dropped. `scope`
 * (the worker's global object) is left as it was found: the capture's console and hooks are removed again.
 */
function warmUpStep(step: Step, api: ChartApi, scope: typeof globalThis, inputs: Inputs) {
  const own = new Set(Reflect.ownKeys(scope));
  const consoleDescriptor = Object.getOwnPropertyDescriptor(scope, "console");
  createCapture((entry) => {
    encodeEntries([entry]);
  }).install(scope);
  try {
    step(api, scope, inputs);
  } finally {
    for (const key of Reflect.ownKeys(scope)) {
      if (!own.has(key)) Reflect.deleteProperty(scope, key);
    }
    if (consoleDescriptor) Object.defineProperty(scope, "console", consoleDescriptor);
  }
}

/** One round of every step at once (what the tests check a round does). */
export function warmUpRound(api: ChartApi, scope: typeof globalThis, inputs = warmUpInputs()): void {
  for (const step of STEPS) warmUpStep(step, api, scope, inputs);
}

/**
 * The pause before the first step. A run asked for at once (the click on Run that focused the playground)
 * finds the worker idle: a step of cold code takes up to 40 ms, which the run would otherwise wait for.
 */
export const WARM_UP_DELAY_MS = 150;

/**
 * Runs `rounds` warm-up rounds, a step per `schedule`d task (the inputs in the first, after
 * {@link WARM_UP_DELAY_MS}), until they are done or `stop()` is called (when a run arrives). `start()` after
 * the first call does nothing: a worker warms up once. A step that throws ends the warm-up, silently: it is
 * only ever a head start.
 */
export function createWarmUp(
  api: ChartApi,
  scope: typeof globalThis,
  schedule: (next: () => void, ms: number) => void,
  rounds = WARM_UP_ROUNDS,
): { start(): void; stop(): void } {
  let state: "idle" | "warming" | "over" = "idle";
  let inputs: Inputs | undefined;
  let done = 0;
  const next = () => {
    if (state !== "warming") return;
    if (inputs === undefined) {
      // Made in a task of their own (about 15 ms).
      inputs = warmUpInputs();
      schedule(next, 0);
      return;
    }
    try {
      warmUpStep(STEPS[done % STEPS.length] as Step, api, scope, inputs);
    } catch {
      end();
      return;
    }
    done += 1;
    if (done < rounds * STEPS.length) schedule(next, 0);
    else end();
  };
  // Over: the inputs (about a megabyte) are not kept through the run.
  const end = () => {
    state = "over";
    inputs = undefined;
  };
  return {
    start() {
      if (state !== "idle") return;
      state = "warming";
      schedule(next, WARM_UP_DELAY_MS);
    },
    stop: end,
  };
}
