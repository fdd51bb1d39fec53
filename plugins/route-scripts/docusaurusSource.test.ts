import { describe, it } from "vitest";
import { reliedOn } from "../_docusaurusSource";

// ./index.ts rewrites a file Docusaurus generates for itself, `.docusaurus/client-manifest.json`, between the
// client compilation and static rendering, and ./moduleOrigins.ts reads the generated registry.js. Neither
// is a public surface: these tests fail, naming the file and the versions, when what they rely on moves.
describe("route-scripts' reliance on Docusaurus's build", () => {
  const who = "route-scripts";
  const core = "@docusaurus/core";

  it("the client build writes the manifest to generatedFilesDir/client-manifest.json", () => {
    reliedOn(who, core, "lib/webpack/client.js", "writing the client manifest where the plugin patches it", [
      "path_1.default.join(generatedFilesDir, 'client-manifest.json')",
      /new react_loadable_ssr_addon_v5_slorber_1\.default\(\{\s*filename: clientManifestPath,?\s*\}\)/,
    ]);
  });

  it("static rendering reads the manifest from that file, after the client compilation", () => {
    reliedOn(who, core, "lib/ssg/ssgParams.js", "reading the client manifest from its file for rendering", [
      /readJSON\(clientManifestPath/,
    ]);
    reliedOn(who, core, "lib/ssg/ssgTemplate.js", "finding each page's scripts by its modules in the manifest", [
      "const modulesToBeLoaded = [...manifest.entrypoints, ...Array.from(modules)];",
      "getBundles)(manifest, modulesToBeLoaded)",
    ]);
  });

  it("registry.js entries have the form moduleOrigins.ts parses", () => {
    reliedOn(
      who,
      core,
      "lib/server/codegen/codegenRoutes.js",
      "writing registry entries as chunk name, import, module path",
      [
        '`  "${chunkName}": [() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`',
      ],
    );
  });
});
