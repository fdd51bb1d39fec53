// Turns the playground's TypeScript files into ES modules the worker can import: sucrase strips the
// types (keeping every line where it was, so a stack trace's line is the reader's line), then each
// import specifier is checked and replaced by the URL of the module it names.

import { CORE_MODULE, normalizeName, PLAYGROUND_MODULE } from "@nn-explained/playground/names";
import { transform } from "sucrase";

export { CORE_MODULE, PLAYGROUND_MODULE } from "@nn-explained/playground/names";

/** A mistake in the reader's code found before it runs: a syntax error or an import that cannot work. */
export class PlaygroundCodeError extends Error {
  constructor(
    /** "SyntaxError" for code sucrase cannot parse, "ImportError" for an import that cannot work. */
    override readonly name: "SyntaxError" | "ImportError",
    message: string,
    /** The file, as named in the playground's tabs (`main.ts`). */
    readonly file: string,
    /** 1-based. */
    readonly line: number,
  ) {
    super(message);
  }
}

/** Strips the TypeScript of one file. Throws a `PlaygroundCodeError` with the line of a syntax error. */
export function stripTypes(file: string, code: string): string {
  if (!/\.[cm]?[jt]s$/.test(file))
    throw new PlaygroundCodeError("ImportError", `${file}: only .ts and .js files can run.`, file, 1);
  try {
    return transform(code, {
      transforms: /\.[cm]?ts$/.test(file) ? ["typescript"] : [],
      // Leave modern syntax alone: the worker runs in an evergreen browser.
      disableESTransforms: true,
      filePath: file,
    }).code;
  } catch (e) {
    // Sucrase reports positions as "(line:column)" at the end of its message.
    const message = e instanceof Error ? e.message : String(e);
    const m = /\((\d+):(\d+)\)\s*$/.exec(message);
    const line = m ? Number(m[1]) : 1;
    throw new PlaygroundCodeError("SyntaxError", `${message.replace(/\s*\(\d+:\d+\)\s*$/, "")}`, file, line);
  }
}

/** One import specifier in the transpiled text: `start`/`end` delimit the text between the quotes. */
export interface ImportSite {
  specifier: string;
  start: number;
  end: number;
  line: number;
}

// `import … from "x"`, `import "x"`, `export … from "x"` and `import("x")` with a literal. Sucrase keeps
// ES module syntax untouched, so matching it in the output is enough; a string that merely looks like an
// import statement is the one thing this can mistake (and then the run reports an unresolved import).
const IMPORT_RE =
  /(?:^|[^\w$.])(?:import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+\s*|\{[^}]*\}\s*)?(?:from\s*)?|export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*|import\s*\(\s*)(["'])([^"'\n]+)\1/g;

/** Every static and literal dynamic import in `js`. */
export function findImports(js: string): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const m of js.matchAll(IMPORT_RE)) {
    const specifier = m[2] as string;
    const end = (m.index ?? 0) + m[0].length - 1;
    const start = end - specifier.length;
    sites.push({ specifier, start, end, line: js.slice(0, start).split("\n").length });
  }
  return sites;
}

/**
 * What `specifier`, imported from `from`, names: another playground file, core, or the chart helper.
 * Relative specifiers may leave out `.ts` or say `.js` for a `.ts` file, as TypeScript allows.
 */
export function resolveImport(
  specifier: string,
  from: string,
  names: readonly string[],
  line: number,
): { file: string } | { package: typeof CORE_MODULE | typeof PLAYGROUND_MODULE } {
  if (specifier === CORE_MODULE || specifier === PLAYGROUND_MODULE) return { package: specifier };
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
    throw new PlaygroundCodeError(
      "ImportError",
      `Cannot import "${specifier}": a playground can import its own files ("./other"), "${CORE_MODULE}" and "${PLAYGROUND_MODULE}".`,
      from,
      line,
    );
  }
  const parts = from.split("/").slice(0, -1);
  for (const seg of specifier.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  const path = parts.join("/");
  const candidates = [path, `${path}.ts`, path.replace(/\.js$/, ".ts"), `${path}/index.ts`];
  const file = candidates.find((c) => names.includes(c));
  if (!file) {
    throw new PlaygroundCodeError(
      "ImportError",
      `Cannot find "${specifier}" imported from ${from}; the files are ${names.join(", ")}.`,
      from,
      line,
    );
  }
  return { file };
}

/** A file ready to load: its text with every import specifier replaced by a URL. */
export interface LinkedModule {
  file: string;
  code: string;
}

/**
 * Transpiles `files` and links them, dependencies first: `onLinked` receives each module with its
 * specifiers replaced (by the URL `onLinked` returned for a file, or `urlOfPackage` for a package) and
 * returns the module's own URL (a blob URL in the browser). Throws a `PlaygroundCodeError` for syntax
 * errors, unresolvable imports and import cycles.
 * @returns the entry's URL
 */
export function linkModules(
  files: Readonly<Record<string, string>>,
  entry: string,
  urlOfPackage: (name: typeof CORE_MODULE | typeof PLAYGROUND_MODULE) => string,
  onLinked: (module: LinkedModule) => string,
): string {
  const names = Object.keys(files).map(normalizeName);
  const sources = new Map(Object.entries(files).map(([n, c]) => [normalizeName(n), c]));
  const urls = new Map<string, string>();
  const visiting: string[] = [];
  const visit = (file: string): string => {
    const done = urls.get(file);
    if (done !== undefined) return done;
    if (visiting.includes(file)) {
      const cycle = [...visiting.slice(visiting.indexOf(file)), file].join(" → ");
      throw new PlaygroundCodeError("ImportError", `Import cycle between playground files: ${cycle}.`, file, 1);
    }
    visiting.push(file);
    const js = stripTypes(file, sources.get(file) ?? "");
    let out = "";
    let last = 0;
    for (const site of findImports(js)) {
      const target = resolveImport(site.specifier, file, names, site.line);
      const url = "file" in target ? visit(target.file) : urlOfPackage(target.package);
      out += js.slice(last, site.start) + url;
      last = site.end;
    }
    out += js.slice(last);
    visiting.pop();
    const url = onLinked({ file, code: out });
    urls.set(file, url);
    return url;
  };
  const start = normalizeName(entry);
  if (!sources.has(start))
    throw new PlaygroundCodeError("ImportError", `The entry file ${start} is not among ${names.join(", ")}.`, start, 1);
  return visit(start);
}
