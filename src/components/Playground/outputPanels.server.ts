// The server's ./outputPanels (plugins/playground swaps it in for the server bundle): the panels are part
// of the bundle, so the recorded output of every playground is in the HTML.
import { type Lazy, ready } from "../Island/lazy";
import * as panels from "./panels";

export type OutputPanels = typeof panels;
export const outputPanels: Lazy<OutputPanels> = ready(panels);
