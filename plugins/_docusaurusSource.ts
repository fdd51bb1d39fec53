import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * For the tests of the site's few reaches into Docusaurus's private files: where there is no public
 * surface for what the site needs, a test reads the file it relies on in node_modules, and fails naming
 * the file, the Docusaurus version it was written against and the version installed.
 */

/** The Docusaurus version the private reaches were written and checked against. */
export const CHECKED_VERSION = "3.10.2";

const nodeModules = join(dirname(fileURLToPath(import.meta.url)), "../node_modules");

/** A Docusaurus package's installed version and the absolute path of one of its files. */
export function docusaurusFile(pkg: string, file: string): { version: string; path: string } {
  const dir = join(nodeModules, pkg);
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return { version, path: join(dir, file) };
}

/**
 * The text of `file` of `pkg`, checked to contain every pattern in `relied`; otherwise an error saying
 * that `who` relies on `pkg@checkedVersion file` doing `what`, not found in the installed version.
 * `checkedVersion` is CHECKED_VERSION unless the package is versioned apart from Docusaurus (a plugin).
 */
export function reliedOn(
  who: string,
  pkg: string,
  file: string,
  what: string,
  relied: (string | RegExp)[],
  { checkedVersion = CHECKED_VERSION }: { checkedVersion?: string } = {},
): string {
  const { version, path } = docusaurusFile(pkg, file);
  const text = existsSync(path) ? readFileSync(path, "utf8") : null;
  const missing =
    text === null ? ["the file"] : relied.filter((r) => !(typeof r === "string" ? text.includes(r) : r.test(text)));
  if (text === null || missing.length > 0) {
    throw new Error(
      `${who} relies on ${pkg}@${checkedVersion} ${file} ${what}; not found in ${pkg}@${version} ` +
        `(missing: ${missing.map(String).join(", ")}).`,
    );
  }
  return text;
}
