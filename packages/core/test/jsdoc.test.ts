/**
 * The JSDoc of every public export outside nn/ and data/ (which test their own examples): each `@example`
 * line ending in `//=> value` is executed against the library and must give that value, and each exported
 * function documents `@param`, `@returns`, `@throws` and an `@example`, so the site's API reference, which
 * is generated from these comments, can neither drift from the code nor miss a section.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { erf, erfc } from "../src/_lib/erf.js";
import * as core from "../src/index.js";
import { setWarningHandler } from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
/** Folders whose examples are run by their own `_examples.test.ts`. */
const OWN_EXAMPLE_TESTS = ["nn", "data"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return dir === SRC && OWN_EXAMPLE_TESTS.includes(e.name) ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

interface DocBlock {
  file: string;
  /** The comment's text, without the leading ` * ` of each line. */
  lines: string[];
  /** The first line of the declaration that follows the comment. */
  declaration: string;
  /** The source from the declaration on (enough to read a signature). */
  after: string;
}

function docBlocks(file: string): DocBlock[] {
  const text = readFileSync(file, "utf8");
  const blocks: DocBlock[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n([^\n]*)/g)) {
    const lines = (m[1] as string).split("\n").map((l) => l.replace(/^\s*\* ?/, "").trimEnd());
    const start = (m.index as number) + m[0].length - (m[2] as string).length;
    blocks.push({ file: relative(SRC, file), lines, declaration: m[2] as string, after: text.slice(start) });
  }
  return blocks;
}

/** The lines of the `@example` section(s) of a block. */
function exampleLines(block: DocBlock): string[] {
  const out: string[] = [];
  let inside = false;
  for (const line of block.lines) {
    if (/^@\w+/.test(line)) inside = line.startsWith("@example");
    else if (inside && line.trim() !== "") out.push(line);
  }
  return out;
}

interface Check {
  /** Statements that run first (lines without `//=>`). */
  setup: string[];
  code: string;
  expected: string;
}

/** Splits an example into `code //=> expected` checks; a line that starts with `//=>` belongs to the line above. */
function checks(lines: string[]): Check[] {
  const out: Check[] = [];
  let pending: string[] = [];
  const setup: string[] = [];
  for (const line of lines) {
    const at = line.indexOf("//=>");
    if (at < 0) {
      pending.push(line);
      continue;
    }
    const before = line.slice(0, at).trim();
    const expected = line.slice(at + 4).trim();
    const code = before === "" ? (pending.pop() ?? "") : before;
    setup.push(...pending);
    pending = [];
    out.push({ setup: [...setup], code, expected });
    setup.push(`${code};`);
  }
  return out;
}

const scope: Record<string, unknown> = { ...core, erf, erfc };
const names = Object.keys(scope);
const run = (body: string): unknown => new Function(...names, body)(...names.map((n) => scope[n]));

/** Significant digits of a number as written in the shortest round-trip form. */
function significantDigits(v: number): number {
  const mantissa = Math.abs(v).toExponential().split("e")[0] as string;
  return mantissa.replace(".", "").length;
}

/**
 * Example values may be rounded for reading (`//=> [0.665, 0.245, 0.090]`): a non-integer expected number
 * matches when the actual one rounds to it at the digits written. Integers, zeros (with their sign), NaN
 * and infinities must match exactly.
 */
function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    if (Object.is(actual, expected)) return true;
    if (Number.isInteger(expected) || !Number.isFinite(expected)) return false;
    return Number(actual.toPrecision(significantDigits(expected))) === expected;
  }
  if (Array.isArray(expected)) {
    const a = ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<unknown>) : actual;
    return Array.isArray(a) && a.length === expected.length && expected.every((e, i) => matches(a[i], e));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((k) => matches((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]))
    );
  }
  return Object.is(actual, expected);
}

const show = (v: unknown): string =>
  JSON.stringify(v, (_, x) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : x)) ?? String(v);

/** The parameter names of the function signature at the start of `source`. */
function parameterNames(source: string): string[] {
  const open = source.indexOf("(");
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = open + 1; i < source.length; i++) {
    const ch = source[i] as string;
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) {
      if (depth === 0) break;
      depth--;
    }
    if (ch === "," && depth === 0) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  names.push(current);
  return names.map((p) => p.trim().match(/^(\w+)/)?.[1]).filter((p): p is string => p !== undefined);
}

const blocks = sourceFiles(SRC).flatMap(docBlocks);
const examples = blocks.flatMap((b) => checks(exampleLines(b)).map((c) => ({ ...c, file: b.file })));

describe("every //=> in a JSDoc @example holds", () => {
  afterEach(() => {
    setWarningHandler(core.defaultWarningHandler);
    vi.restoreAllMocks();
  });

  it("finds the examples (the extraction itself works)", () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.some((e) => e.code.startsWith("softmax(") && e.file === "softmax/softmax.ts")).toBe(true);
  });

  for (const { file, setup, code, expected } of examples) {
    it(`${file}: ${code} //=> ${expected}`, () => {
      vi.spyOn(console, "warn").mockImplementation(() => {});
      const actual = run(`${setup.join("\n")}\nreturn (${code});`);
      const want = run(`return (${expected});`);
      if (!matches(actual, want)) {
        expect.fail(`${code}\n  gave     ${show(actual)}\n  expected ${expected}`);
      }
    });
  }
});

/** Runtime exports of the package entry declared outside nn/ and data/, with their JSDoc. */
function publicDocs(): { name: string; block: DocBlock; isFunction: boolean }[] {
  const out: { name: string; block: DocBlock; isFunction: boolean }[] = [];
  for (const name of Object.keys(core)) {
    const block = blocks.find((b) =>
      new RegExp(`^export (?:function|const|class|abstract class) ${name}\\b`).test(b.declaration),
    );
    if (block) out.push({ name, block, isFunction: block.declaration.startsWith("export function") });
  }
  return out;
}

describe("every public export is documented", () => {
  const docs = publicDocs();

  it("finds the exports (the lookup itself works)", () => {
    const found = docs.map((d) => d.name);
    for (const name of ["softmax", "relu", "crossEntropy", "f1Score", "classificationReport", "CoreError"]) {
      expect(found).toContain(name);
    }
  });

  it("with an @example ending in //=>", () => {
    const missing = docs.filter((d) => !exampleLines(d.block).some((l) => l.includes("//=>"))).map((d) => d.name);
    expect(missing).toEqual([]);
  });

  it("functions with @param for each parameter, @returns and @throws", () => {
    const problems: string[] = [];
    for (const { name, block, isFunction } of docs) {
      if (!isFunction) continue;
      const text = block.lines.join("\n");
      for (const p of parameterNames(block.after))
        if (!new RegExp(`@param ${p}\\b`).test(text)) problems.push(`${name}: @param ${p}`);
      if (!text.includes("@returns")) problems.push(`${name}: @returns`);
      if (!text.includes("@throws")) problems.push(`${name}: @throws`);
    }
    expect(problems).toEqual([]);
  });
});
