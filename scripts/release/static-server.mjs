// A minimal static file server on 127.0.0.1, standing in for a CDN that serves a package's files.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `root` at the URL path `mount` (e.g. `/@usmx/widgets@1.0.0`), plus in-memory
 * `pages` (URL path -> HTML) sent with `pageHeaders`.
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, mount = '', pages = {}, pageHeaders = {} }) {
  const rootDir = resolve(root);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': MIME_TYPES['.html'], ...pageHeaders });
      response.end(pages[path]);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!path.startsWith(`${mount}/`)) {
      response.writeHead(404, { 'content-type': MIME_TYPES['.txt'] }).end(`not found: ${path}`);
      return;
    }
    const file = resolve(join(rootDir, path.slice(mount.length)));
    if (!file.startsWith(rootDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': MIME_TYPES['.txt'] }).end(`not found: ${path}`);
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
