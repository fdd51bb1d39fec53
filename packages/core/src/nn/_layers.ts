import type { Net, Workspace } from "./_engine.js";
import { createWorkspace, forward } from "./_engine.js";

/** Runs the forward pass on every sample and hands each layer's pre-activations to `visit`. */
export function eachSample(net: Net, inputs: Float64Array, visit: (ws: Workspace, s: number) => void): void {
  const n = inputs.length / (net.sizes[0] as number);
  const ws = createWorkspace(net.sizes);
  for (let s = 0; s < n; s++) {
    forward(net, ws, inputs, s);
    visit(ws, s);
  }
}
