import type { WorkerRequest } from "@nn-explained/playground/protocol";
import { describe, expect, it } from "vitest";
import { createSpares } from "./spares";

/** Workers that record what they are sent; `started` lists them in the order they were started. */
function fakeWorkers() {
  const started: { name: string; got: WorkerRequest["type"][] }[] = [];
  const start = () => {
    const worker = { name: `worker ${started.length + 1}`, got: [] as WorkerRequest["type"][] };
    started.push(worker);
    return { ...worker, postMessage: (m: WorkerRequest) => worker.got.push(m.type) };
  };
  return { started, start };
}

describe("the runner's spare worker", () => {
  it("starts one spare when idle, warms it once when asked, and gives it to the next run", () => {
    const { started, start } = fakeWorkers();
    const spares = createSpares(start);
    spares.idle();
    spares.idle();
    expect(started.map((w) => w.name)).toEqual(["worker 1"]);
    spares.warm();
    spares.warm();
    expect(started[0]?.got).toEqual(["warm"]);
    expect(spares.take().name).toBe("worker 1");
    expect(started).toHaveLength(1);
  });

  it("neither starts nor warms a spare while a run goes; a word said then warms the next spare", () => {
    const { started, start } = fakeWorkers();
    const spares = createSpares(start);
    spares.idle();
    spares.take();
    spares.warm(); // the reader's pointer moves during the run
    spares.idle();
    expect(started).toHaveLength(1);
    spares.ended();
    spares.idle();
    expect(started.map((w) => [w.name, w.got])).toEqual([
      ["worker 1", []],
      ["worker 2", ["warm"]],
    ]);
    // Said once: the spare after the next run is not warmed unless asked again.
    spares.take();
    spares.ended();
    spares.idle();
    expect(started[2]?.got).toEqual([]);
  });

  it("runs that overlap: the second gets a new worker, and the spare waits for both to end", () => {
    const { started, start } = fakeWorkers();
    const spares = createSpares(start);
    spares.idle();
    spares.warm();
    expect(spares.take().name).toBe("worker 1");
    expect(spares.take().name).toBe("worker 2");
    spares.ended();
    spares.idle();
    spares.warm();
    expect(started).toHaveLength(2);
    spares.ended();
    spares.idle();
    expect(started.map((w) => [w.name, w.got])).toEqual([
      ["worker 1", ["warm"]],
      ["worker 2", []],
      ["worker 3", ["warm"]],
    ]);
  });
});
