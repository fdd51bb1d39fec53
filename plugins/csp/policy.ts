import { createHash } from "node:crypto";

/** Extra sources for the directives that a feature needs beyond the site's own origin. */
export interface CspOptions {
  /** Added to `worker-src` (e.g. "blob:" for a worker built from a Blob). */
  readonly workerSrc?: readonly string[];
  /** Added to `frame-src` and `child-src`. */
  readonly frameSrc?: readonly string[];
  /** Added to `script-src` (e.g. "'wasm-unsafe-eval'" for WebAssembly). */
  readonly scriptSrc?: readonly string[];
  /**
   * Pages that get a policy of their own instead of the site's: the first whose `path` (relative to
   * the build directory, e.g. `assets/playground/runner.1a2b.html`) matches wins. `policy` is the
   * complete policy; the hashes of the page's own inline scripts are appended to its script-src.
   */
  readonly pages?: readonly { readonly path: RegExp; readonly policy: string }[];
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types the browser executes; JSON-LD and other data blocks are not subject to script-src. */
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The `sha256-…` source of every inline, executable `<script>` in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc=/i.test(` ${attrs}`)) continue;
    const type = /\btype=("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (!EXECUTABLE_TYPE.test(type?.[2] ?? type?.[3] ?? type?.[4] ?? "")) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return hashes;
}

/**
 * The site's Content-Security-Policy. Everything comes from the site's own origin; the only inline
 * scripts allowed are the ones the build emitted (by hash). Inline styles are allowed: KaTeX writes
 * `style` attributes into the HTML and the code editor injects its theme as `<style>` elements.
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: a `<meta>` policy ignores them.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, options: CspOptions = {}): string {
  const list = (...sources: (string | readonly string[] | undefined)[]) =>
    [...new Set(sources.flat().filter((s): s is string => Boolean(s)))].join(" ");
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", list("'self'", options.scriptSrc, [...scriptHashes].sort())],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", "'self' data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["worker-src", list("'self'", options.workerSrc)],
    ["frame-src", list("'self'", options.frameSrc)],
    ["child-src", list("'self'", options.frameSrc, options.workerSrc)],
    ["manifest-src", "'self'"],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** Inserts the policy as the first element after `<meta charset>` (or at the start of `<head>`). */
export function injectPolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
  const charset = /<meta charset=[^>]*>/i.exec(withoutOld);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${withoutOld.slice(0, at)}${tag}${withoutOld.slice(at)}`;
  }
  return withoutOld.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${tag}`);
}

/** Appends `hashes` to the script-src of a complete `policy` (adds a script-src when it has none). */
export function withScriptHashes(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  const directives = policy.split(";").map((d) => d.trim());
  const at = directives.findIndex((d) => d.startsWith("script-src "));
  if (at < 0) return [...directives, `script-src ${hashes.join(" ")}`].join("; ");
  directives[at] = `${directives[at]} ${hashes.join(" ")}`;
  return directives.join("; ");
}
