import { assertOptions, invalid } from "./assert.js";
import { formatChoices } from "./format.js";

/**
 * Merges a caller's options object over the defaults. Rejects a non-object and any key the function does
 * not know (a misspelt option would otherwise be ignored silently); `undefined` values take the default.
 * Value checks stay with the caller, which knows each option's domain.
 */
export function readOptions<O extends object>(fn: string, options: unknown, defaults: O): O {
  assertOptions(fn, options);
  if (options === undefined) return defaults;
  const known = Object.keys(defaults);
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    if (!known.includes(key)) {
      const expected = known.length === 0 ? `absent (${fn} takes no options)` : `one of ${formatChoices(known)}`;
      invalid(fn, "option names", expected, key);
    }
    if (value !== undefined) out[key] = value;
  }
  return out as O;
}
