/** `swish` is an alias of `silu`, kept in silu.ts so that both share one definition. */
export { swish, swishSpec } from "./silu.js";
