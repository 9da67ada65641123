import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A running static file server. */
export interface StaticServer {
  /** Absolute URL of the served folder, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files of `root` under the URL path `basePath` (e.g. `/docs/usmx/`) on 127.0.0.1, the way
 * any plain static host would: no rewrites, no fallback page, 404 for anything else.
 */
export async function serveStatic(root: string, basePath: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(basePath)) return notFound(response);
    const relative = path.slice(basePath.length) || 'index.html';
    const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(root + sep)) return notFound(response);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return notFound(response);
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

function notFound(response: import('node:http').ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
