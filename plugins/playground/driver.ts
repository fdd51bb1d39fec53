// Runs one bundled example in a child Node process, the way the playground's worker runs it in the
// browser: console captured with the shared formatter, the run over when the event loop is empty, an
// uncaught error reported with the reader's file and line, then the run's output printed as JSON.
//
// Usage (by runExample.ts): node --enable-source-maps driver.mjs <bundle.mjs> <examples dir>
import { relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createCapture, mergeEntries, type OutputEntry } from "@nn-explained/playground/output";

const [bundle, examplesDir] = process.argv.slice(2) as [string, string];
const entries: OutputEntry[] = [];
// A chart redrawn as training goes is recorded once, in its last state (and so travels once in the page).
const capture = createCapture((e) => mergeEntries(entries, [e]));
const realStdout = process.stdout.write.bind(process.stdout);
let status: "done" | "error" = "done";

/** `softmax-stability.ts:12` for the first stack frame in an example file (source-mapped by Node). */
function location(error: unknown): string | undefined {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  for (const m of stack.matchAll(/(file:\/\/[^\s()]+?|\/[^\s():]+?):(\d+)(?::\d+)?\)?$/gm)) {
    const path = (m[1] as string).startsWith("file:") ? fileURLToPath(m[1] as string) : (m[1] as string);
    const rel = relative(examplesDir, path);
    if (!rel.startsWith("..") && !rel.includes("node_modules")) return `${rel.split(sep).join("/")}:${m[2]}`;
  }
  return undefined;
}

function finish(): void {
  realStdout(JSON.stringify({ entries, dropped: capture.dropped, status }));
  process.exit(0);
}

capture.install(globalThis);
process.on("uncaughtException", (error) => {
  capture.uncaught(error, location(error));
  status = "error";
  finish();
});
process.on("unhandledRejection", (reason) => {
  capture.uncaught(reason, location(reason));
  status = "error";
  finish();
});
process.on("beforeExit", finish);
await import(pathToFileURL(bundle).href);
