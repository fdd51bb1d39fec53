import { strToU8, zipSync } from "fflate";
import { type ReactNode, useState } from "react";
import styles from "./styles.module.css";

/** The project a reader downloads: their files, core and the chart helper as local packages, and how to run it. */
export function exportProject(
  files: Record<string, string>,
  entry: string,
  core: string,
  api: string,
): Record<string, string> {
  const pkg = (name: string) => JSON.stringify({ name, version: "0.0.0", type: "module", main: "index.js" }, null, 2);
  return {
    ...files,
    "package.json": JSON.stringify(
      {
        name: "nn-explained-playground",
        private: true,
        type: "module",
        scripts: { start: `tsx ${entry}` },
        dependencies: {
          "@nn-explained/core": "file:./vendor/nn-explained-core",
          "@nn-explained/playground": "file:./vendor/nn-explained-playground",
        },
        devDependencies: { tsx: "^4.19.0" },
      },
      null,
      2,
    ),
    ".codesandbox/tasks.json": JSON.stringify(
      { setupTasks: ["npm install"], tasks: { start: { name: "Run", command: "npm start", runAtStart: true } } },
      null,
      2,
    ),
    "vendor/nn-explained-core/package.json": pkg("@nn-explained/core"),
    "vendor/nn-explained-core/index.js": core,
    "vendor/nn-explained-playground/package.json": pkg("@nn-explained/playground"),
    "vendor/nn-explained-playground/index.js": api,
    "README.md": [
      "# NN Explained playground",
      "",
      `The code of a playground from NN Explained, with the build of \`@nn-explained/core\` it ran against.`,
      "",
      "Run it with Node 20: `npm install && npm start`.",
      "",
      "Open it in CodeSandbox: create a Devbox, upload this folder (or push it to a GitHub repository and",
      "import that), and the `Run` task starts it. Charts drawn with `@nn-explained/playground` print a",
      "one-line summary outside the site.",
      "",
    ].join("\n"),
  };
}

/**
 * "Open in CodeSandbox": downloads the files as a zip project (core included as a local package) that
 * runs in Node or in a CodeSandbox Devbox. A download rather than a POST to CodeSandbox: it works offline,
 * sends nothing anywhere, and the site's CSP (`form-action 'self'`) forbids posting to another origin.
 */
export default function OpenInCodeSandbox({
  files,
  entry,
  coreUrl,
  apiUrl,
}: {
  files: Record<string, string>;
  entry: string;
  coreUrl: string;
  apiUrl: string;
}): ReactNode {
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    try {
      const [core = "", api = ""] = await Promise.all(
        [coreUrl, apiUrl].map(async (u) => {
          const r = await fetch(u);
          if (!r.ok) throw new Error(`${u}: HTTP ${r.status}`);
          return r.text();
        }),
      );
      const project = exportProject(files, entry, core, api);
      const zip = zipSync(
        Object.fromEntries(Object.entries(project).map(([k, v]) => [`nn-explained-playground/${k}`, strToU8(v)])),
      );
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: "application/zip" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `${entry.replace(/\.[jt]s$/, "")}-playground.zip`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(null);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={() => void download()}
        data-pg-focus="export"
        title="Download this code as a project (zip) to run in Node or open in a CodeSandbox Devbox"
      >
        <span aria-hidden="true">⤓</span> Open in CodeSandbox
      </button>
      {error && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </>
  );
}
