import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import serveHandler from "serve-handler";

/** The gzip middleware; its types name Express's request and response, but it uses only Node's. */
const gzip = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the production build on a free localhost port, under the site's `baseUrl`, the way a static
 * host does: clean URLs (`/relu-hidden-layers` → `relu-hidden-layers.html`) and the site's 404 page.
 * With `compress`, text responses are gzipped when the browser asks for it, as GitHub Pages does: what
 * Lighthouse measures then matches what a reader downloads.
 */
export async function serveBuild(
  buildDir: string,
  baseUrl = "/",
  { compress = false }: { compress?: boolean } = {},
): Promise<{ origin: string; server: Server }> {
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
    const serve = () =>
      void serveHandler(req, res, { public: buildDir, cleanUrls: true, trailingSlash: false, directoryListing: false });
    if (compress) gzip(req, res, serve);
    else serve();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, server };
}
