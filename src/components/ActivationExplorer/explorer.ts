import { type Lazy, lazy } from "../Island/lazy";
import type Explorer from "./Explorer";

/**
 * The browser's side of the live explorer: its code (the widget, core's activation catalogue, the chart)
 * loads when the reader comes near it (./index.tsx). The server renders it at once (./explorer.server.ts).
 */
export const explorer: Lazy<typeof Explorer> = lazy(() => import("./Explorer").then((m) => m.default));
