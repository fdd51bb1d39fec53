/**
 * Renders a value the way error messages quote it: strings in double quotes, arrays in brackets
 * (shortened past a few elements), objects by their constructor name.
 */
export function formatValue(value: unknown, maxItems = 6): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, maxItems).map((v) => formatValue(v, 3));
    const more = items.length > maxItems ? `, … (${items.length} items)` : "";
    const prefix = Array.isArray(value) ? "" : `${value.constructor.name} `;
    return `${prefix}[${shown.join(", ")}${more}]`;
  }
  const name = (value as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : "an object";
}

/** Formats a list of allowed values as `"a" | "b" | null`. */
export function formatChoices(choices: readonly unknown[]): string {
  return choices.map((c) => formatValue(c)).join(" | ");
}
