// Turns the values reader code passes to `console.*` into text. One formatter serves the console panel
// (inside the runner's worker), the build-time recording of every example, and the Node test that
// compares an example's output with its committed `.output.txt`, so the three can never disagree.
//
// Conventions (close to what Node's util.inspect and NumPy print, but shorter):
// - numbers keep 6 significant digits (`0.665241`, `1.23457e-7`); integers print whole; `-0` stays `-0`;
// - arrays print inline, a numeric matrix (rows of equal length) prints as a column-aligned table;
// - typed arrays print as `Float64Array(3) [1, 2, 3]`; long arrays end in `… 900 more`;
// - objects print inline when short, one key a line otherwise; nesting stops at depth 4.

const SIGNIFICANT_DIGITS = 6;
const MAX_ITEMS = 100;
const MAX_DEPTH = 4;
const INLINE_WIDTH = 72;

/** A number with 6 significant digits, trailing zeros dropped: `0.6652409557748219` → `0.665241`. */
export function formatNumber(x: number): string {
  if (Object.is(x, -0)) return "-0";
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  // toPrecision rounds to significant digits; parseFloat drops the zeros it pads with ("0.500000" → 0.5)
  // and keeps exponent notation only where JavaScript itself would use it (|x| < 1e-6 or ≥ 1e21).
  return String(Number.parseFloat(x.toPrecision(SIGNIFICANT_DIGITS)));
}

type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

function isTypedArray(v: unknown): v is TypedArray {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

function isNumericRow(v: unknown): v is ArrayLike<number> {
  if (isTypedArray(v)) return typeof v[0] !== "bigint";
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number");
}

/** Rows of numbers, all of the same length (a matrix as core uses them: rows are samples). */
function isMatrix(v: unknown): v is ArrayLike<number>[] {
  if (!Array.isArray(v) || v.length === 0) return false;
  const first: unknown = v[0];
  if (!isNumericRow(first)) return false;
  const width = first.length;
  return v.every((row) => isNumericRow(row) && row.length === width);
}

function formatMatrix(rows: ArrayLike<number>[], indent: string): string {
  const shown = rows.slice(0, MAX_ITEMS);
  const cells = shown.map((row) => Array.from(row, formatNumber).slice(0, MAX_ITEMS));
  const width = cells[0]?.length ?? 0;
  const colWidth = Array.from({ length: width }, (_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length)));
  const lines = cells.map((r, i) => {
    const body = r.map((c, j) => c.padStart(colWidth[j] ?? 0)).join(", ");
    const more = (rows[i]?.length ?? 0) > MAX_ITEMS ? `, … ${(rows[i]?.length ?? 0) - MAX_ITEMS} more` : "";
    return `${i === 0 ? "[" : `${indent} `}[${body}${more}]`;
  });
  const tail = rows.length > MAX_ITEMS ? `,\n${indent} … ${rows.length - MAX_ITEMS} more rows` : "";
  return `${lines.join(",\n")}${tail}]`;
}

function className(v: object): string {
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === null) return "[Object: null prototype]";
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === "string" ? ctor.name : "Object";
}

function formatKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function joinItems(open: string, items: string[], close: string, indent: string): string {
  const inline = `${open}${items.join(", ")}${close}`;
  if (inline.length <= INLINE_WIDTH && !inline.includes("\n")) return inline;
  const inner = `${indent}  `;
  // Short items (numbers, booleans) fill lines, as Node prints long numeric arrays; others take a line each.
  const lines: string[] = [];
  if (items.every((s) => s.length <= 16 && !s.includes("\n"))) {
    let line = "";
    for (const s of items) {
      if (line && inner.length + line.length + s.length + 2 > INLINE_WIDTH) {
        lines.push(line);
        line = "";
      }
      line += line ? ` ${s},` : `${s},`;
    }
    lines.push(line);
  } else lines.push(...items.map((s) => `${s},`));
  const body = lines.map((l) => `${inner}${l}`).join("\n");
  return `${open.trimEnd()}\n${body.slice(0, -1)}\n${indent}${close.trimStart()}`;
}

function inspect(v: unknown, depth: number, seen: Set<object>, indent: string, nested: boolean): string {
  switch (typeof v) {
    case "number":
      return formatNumber(v);
    case "string":
      return nested ? JSON.stringify(v) : v;
    case "bigint":
      return `${v}n`;
    case "boolean":
    case "undefined":
      return String(v);
    case "symbol":
      return v.toString();
    case "function":
      return v.name ? `[Function ${v.name}]` : "[Function (anonymous)]";
  }
  if (v === null) return "null";
  const obj = v as object;
  if (seen.has(obj)) return "[Circular]";
  if (obj instanceof Error) return formatError(obj);
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? "Invalid Date" : obj.toISOString();
  if (obj instanceof RegExp) return String(obj);
  if (depth > MAX_DEPTH) return Array.isArray(obj) ? "[Array]" : `[${className(obj)}]`;
  seen.add(obj);
  try {
    const inner = (x: unknown) => inspect(x, depth + 1, seen, `${indent}  `, true);
    if (isTypedArray(obj)) {
      const items = Array.from(obj.subarray(0, MAX_ITEMS) as ArrayLike<number | bigint>, (x) =>
        typeof x === "bigint" ? `${x}n` : formatNumber(x),
      );
      if (obj.length > MAX_ITEMS) items.push(`… ${obj.length - MAX_ITEMS} more`);
      return joinItems(`${className(obj)}(${obj.length}) [`, items, "]", indent);
    }
    if (Array.isArray(obj)) {
      if (isMatrix(obj) && obj.length > 1) return formatMatrix(obj, indent);
      const items = obj.slice(0, MAX_ITEMS).map(inner);
      if (obj.length > MAX_ITEMS) items.push(`… ${obj.length - MAX_ITEMS} more`);
      return joinItems("[", items, "]", indent);
    }
    if (obj instanceof Map) {
      const items = [...obj].slice(0, MAX_ITEMS).map(([k, x]) => `${inner(k)} => ${inner(x)}`);
      return joinItems(`Map(${obj.size}) { `, items, " }", indent);
    }
    if (obj instanceof Set) {
      return joinItems(`Set(${obj.size}) { `, [...obj].slice(0, MAX_ITEMS).map(inner), " }", indent);
    }
    const name = className(obj);
    const prefix = name === "Object" ? "" : `${name} `;
    const keys = Object.keys(obj);
    if (keys.length === 0) return `${prefix}{}`;
    const record = obj as Record<string, unknown>;
    const items = keys.slice(0, MAX_ITEMS).map((k) => `${formatKey(k)}: ${inner(record[k])}`);
    if (keys.length > MAX_ITEMS) items.push(`… ${keys.length - MAX_ITEMS} more`);
    return joinItems(`${prefix}{ `, items, " }", indent);
  } finally {
    seen.delete(obj);
  }
}

/** One value as the console panel shows it. Top-level strings print raw, nested ones quoted. */
export function formatValue(v: unknown): string {
  return inspect(v, 0, new Set(), "", false);
}

/** `Name: message` for an error; the runner appends the reader's file and line where it knows them. */
export function formatError(e: Error): string {
  const name = typeof e.name === "string" && e.name ? e.name : "Error";
  return e.message ? `${name}: ${e.message}` : name;
}

/**
 * The arguments of one `console.log` call as one string, with the format directives of the
 * Console standard in a leading string (`%s %d %i %f %o %O %c %%`).
 */
export function formatArgs(args: readonly unknown[]): string {
  const rest = [...args];
  const parts: string[] = [];
  const first = rest[0];
  if (typeof first === "string" && first.includes("%") && rest.length > 1) {
    rest.shift();
    parts.push(
      first.replace(/%([sdifoOc%])/g, (match, d: string) => {
        if (d === "%") return "%";
        if (rest.length === 0) return match;
        const arg = rest.shift();
        switch (d) {
          case "s":
            return typeof arg === "string" ? arg : formatValue(arg);
          case "d":
          case "i": {
            const n = Number(arg);
            return formatNumber(d === "i" || Number.isInteger(n) ? Math.trunc(n) : n);
          }
          case "f":
            return formatNumber(Number(arg));
          case "c":
            return "";
          default:
            return inspect(arg, 0, new Set(), "", true);
        }
      }),
    );
  }
  for (const a of rest) parts.push(formatValue(a));
  return parts.join(" ");
}

function cellText(v: unknown): string {
  return v === undefined ? "" : inspect(v, MAX_DEPTH, new Set(), "", true);
}

/**
 * `console.table(data, columns?)` as an aligned text table with an `(index)` column, like Node's:
 * rows are the entries of `data`; columns are the keys of object rows, or `Values` for primitive rows.
 */
export function formatTable(data: unknown, columns?: readonly string[]): string {
  if (data === null || typeof data !== "object") return formatValue(data);
  const entries: [string, unknown][] =
    data instanceof Map
      ? [...data].map(([k, v]) => [formatValue(k), v])
      : Array.isArray(data) || isTypedArray(data)
        ? Array.from(data as ArrayLike<unknown>, (v, i) => [String(i), v])
        : Object.entries(data);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of entries) {
    if (row !== null && typeof row === "object") {
      const rowKeys = Array.isArray(row) || isTypedArray(row) ? Object.keys(Array.from(row)) : Object.keys(row);
      for (const k of rowKeys) if (!keys.includes(k)) keys.push(k);
    } else hasValues = true;
  }
  const cols = columns ? [...columns] : keys;
  const header = ["(index)", ...cols, ...(hasValues ? ["Values"] : [])];
  const body = entries.map(([index, row]) => {
    const isObj = row !== null && typeof row === "object";
    const get = (k: string) =>
      isObj ? (Array.isArray(row) ? row[Number(k)] : (row as Record<string, unknown>)[k]) : undefined;
    return [index, ...cols.map((k) => cellText(get(k))), ...(hasValues ? [isObj ? "" : cellText(row)] : [])];
  });
  const widths = header.map((h, j) => Math.max(h.length, ...body.map((r) => (r[j] ?? "").length)));
  const line = (cells: string[]) => `│ ${cells.map((c, j) => c.padEnd(widths[j] ?? 0)).join(" │ ")} │`;
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => "─".repeat(w + 2)).join(m)}${r}`;
  return [rule("┌", "┬", "┐"), line(header), rule("├", "┼", "┤"), ...body.map(line), rule("└", "┴", "┘")].join("\n");
}
