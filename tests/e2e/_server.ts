import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import serveHandler from "serve-handler";

/**
 * Serves the production build on a free localhost port, under the site's `baseUrl`, the way a static
 * host does: clean URLs (`/relu-hidden-layers` → `relu-hidden-layers.html`) and the site's 404 page.
 */
export async function serveBuild(buildDir: string, baseUrl = "/"): Promise<{ origin: string; server: Server }> {
  if (!existsSync(`${buildDir}/index.html`)) {
    throw new Error(`No production build in ${buildDir}: run \`npm run build\` before the browser tests.`);
  }
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(baseUrl) && `${url}/` !== baseUrl) {
      res.statusCode = 404;
      res.end(`Not under baseUrl ${baseUrl}`);
      return;
    }
    req.url = `/${url.slice(baseUrl.length)}`;
    void serveHandler(req, res, { public: buildDir, cleanUrls: true, trailingSlash: false, directoryListing: false });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, server };
}
