import { describe, expect, it } from "vitest";
import { type ClientManifest, withModuleOrigins } from "./moduleOrigins";

// The shape of Docusaurus 3.10's generated registry.js.
const registry = `export default {
  "0485c5bb": [() => import(/* webpackChunkName: "0485c5bb" */ "@site/docs/reference/activations.mdx"), "@site/docs/reference/activations.mdx", require.resolveWeak("@site/docs/reference/activations.mdx")],
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "5e95c892": [() => import(/* webpackChunkName: "5e95c892" */ "@theme/DocsRoot"), "@theme/DocsRoot", require.resolveWeak("@theme/DocsRoot")],
};
`;

const manifest: ClientManifest = {
  entrypoints: ["main"],
  origins: { main: ["main", "14"], "0485c5bb": ["291", "0485c5bb"], "17896441": ["827", 17896441] },
  assets: { "291": { js: [{ file: "assets/js/291.x.js" }] } },
};

describe("withModuleOrigins", () => {
  it("lists each route chunk's chunks under the module path a rendered page reports", () => {
    const patched = withModuleOrigins(manifest, registry);
    expect(patched.origins["@site/docs/reference/activations.mdx"]).toEqual(["291", "0485c5bb"]);
    expect(patched.origins["@theme/DocItem"]).toEqual(["827", 17896441]);
  });

  it("keeps the origins it had, the entry points and the assets", () => {
    const patched = withModuleOrigins(manifest, registry);
    expect(patched.origins.main).toEqual(["main", "14"]);
    expect(patched.entrypoints).toEqual(manifest.entrypoints);
    expect(patched.assets).toBe(manifest.assets);
  });

  it("skips a registry entry whose chunk the manifest does not list", () => {
    expect(withModuleOrigins(manifest, registry).origins["@theme/DocsRoot"]).toBeUndefined();
  });

  it("does not change the manifest it is given", () => {
    const before = structuredClone(manifest);
    withModuleOrigins(manifest, registry);
    expect(manifest).toEqual(before);
  });

  it("throws, naming itself, when registry.js has entries in a form it cannot read", () => {
    const changed = `export default { "a": { loader: () => import(/* webpackChunkName: "a" */ "@theme/X") } };`;
    expect(() => withModuleOrigins(manifest, changed)).toThrow(/^route-scripts: registry\.js/);
  });
});
