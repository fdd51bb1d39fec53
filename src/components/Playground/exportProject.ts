// What "Export for CodeSandbox" downloads: a project that runs a playground's files outside the site.

/**
 * The project a reader downloads: their files, core and the chart helper as local packages, a
 * `package.json` whose `start` runs the entry with tsx, CodeSandbox Devbox tasks, and a README.
 * @param core the ES module text of `@nn-explained/core` (the site's build); `api` that of the chart helper
 * @returns file path → text, paths relative to the project root
 * @example
 * exportProject({ "main.ts": "…" }, "main.ts", core, api)["package.json"] //=> '{ … "start": "tsx main.ts" … }'
 */
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
