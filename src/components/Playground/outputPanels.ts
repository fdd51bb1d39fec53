// The console and the chart panel, loaded when a run's output or a recording must be drawn in the browser:
// the chart renderer is not part of a page's start-up code. A page that hydrates keeps the server's
// drawing of the recorded output (./StaticPlayground.tsx). The server bundle draws every recording, so
// there plugins/playground puts ./outputPanels.server.ts in this module's place (the unit tests too,
// through vitest.config.mts).
import { type Lazy, lazy } from "../Island/lazy";

/** The panels that draw a run's output. */
export type OutputPanels = typeof import("./panels");

/** The panels, loaded on first need. */
export const outputPanels: Lazy<OutputPanels> = lazy(() => import("./panels"));
