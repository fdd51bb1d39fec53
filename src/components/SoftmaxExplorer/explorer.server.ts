import { type Lazy, ready } from "../Island/lazy";
import Explorer from "./Explorer";

/** The live explorer, at once: the server renders it into the HTML (see ./explorer.ts). */
export const explorer: Lazy<typeof Explorer> = ready(Explorer);
