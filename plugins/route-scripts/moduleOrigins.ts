/** The part of react-loadable-ssr-addon's client manifest that maps a name to the chunks it needs. */
export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, (string | number)[]>;
  assets: Record<string, unknown>;
}

// One entry of Docusaurus's generated registry.js:
//   "0485c5bb": [() => import(/* webpackChunkName: "0485c5bb" */ "@site/docs/x.mdx"), "@site/docs/x.mdx", ...],
const REGISTRY_ENTRY = /^\s*("[^"]+"): \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ "[^"]+"\), ("[^"]+"),/gm;

/**
 * The client manifest with its chunks also listed under the module each route chunk loads. As a page is
 * rendered, react-loadable reports the modules it used by their path (`@site/docs/x.mdx`, from the
 * registry), but the manifest lists chunks by chunk name (`0485c5bb`), so Docusaurus found none of a
 * page's route chunks and its HTML named only runtime~main.js and main.js.
 * @param manifest the manifest as react-loadable-ssr-addon wrote it
 * @param registrySource the text of Docusaurus's generated `registry.js`
 * @returns the manifest with `origins[modulePath]` = `origins[chunkName]` for each registry entry
 * @throws {Error} when the registry has no entry in the expected form (its format changed)
 */
export function withModuleOrigins(manifest: ClientManifest, registrySource: string): ClientManifest {
  const origins = { ...manifest.origins };
  let entries = 0;
  for (const [, chunkName, modulePath] of registrySource.matchAll(REGISTRY_ENTRY)) {
    entries++;
    const chunks = manifest.origins[JSON.parse(chunkName ?? '""') as string];
    if (chunks) origins[JSON.parse(modulePath ?? '""') as string] = chunks;
  }
  if (entries === 0 && registrySource.includes("webpackChunkName")) {
    throw new Error("route-scripts: registry.js has entries, but none in the form this plugin reads; update it.");
  }
  return { ...manifest, origins };
}
