// The runner's spare worker (host.ts): one worker is started ahead of need, so Run does not wait for the
// worker script to be parsed and core to load; each worker still serves exactly one run. The spare is started
// and warmed up (./warmUp.ts) only while no run goes: beside a run, its start-up and warm-up would take the
// run's CPU. A word that a run may come, said while one goes, waits for the runs to end.
import type { WorkerRequest } from "@nn-explained/playground/protocol";

/** What the spares need of a worker. */
export interface SpareWorker {
  postMessage(message: WorkerRequest): void;
}

export interface Spares<W extends SpareWorker> {
  /** The worker for a run: the spare if there is one, else a new worker (`start`). */
  take(): W;
  /** A run taken with `take` has ended. */
  ended(): void;
  /** Starts the spare, and warms it up if that was asked for, when no run goes (and there is none yet). */
  idle(): void;
  /** The page says a run may come: the spare warms up, now or once the runs have ended. */
  warm(): void;
}

/** `start` starts a prepared worker (it posts "prepare" itself). */
export function createSpares<W extends SpareWorker>(start: () => W): Spares<W> {
  let spare: W | null = null;
  let running = 0;
  let warming = false;
  let warmNext = false;
  const warm = () => {
    if (spare === null || running > 0) {
      warmNext = true;
      return;
    }
    warmNext = false;
    if (warming) return;
    warming = true;
    spare.postMessage({ type: "warm" });
  };
  return {
    take() {
      const worker = spare ?? start();
      spare = null;
      running += 1;
      return worker;
    },
    ended() {
      running = Math.max(0, running - 1);
    },
    idle() {
      if (running > 0) return;
      if (spare === null) {
        spare = start();
        warming = false;
      }
      if (warmNext) warm();
    },
    warm,
  };
}
