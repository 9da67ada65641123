import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves files under `roots` (URL prefix -> folder) on 127.0.0.1 as a static host or CDN would:
 * gzip (level 9) to a client that accepts it, and `no-store`, so every page load starts from a
 * cold cache. Resolves with the base URL.
 */
export async function serve(
  roots: Record<string, string>,
): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [prefix, folder] = Object.entries(roots).find(([p]) => path.startsWith(p)) ?? [];
    const file = folder && prefix ? normalize(join(folder, path.slice(prefix.length))) : '';
    if (
      !file ||
      !file.startsWith(normalize(folder ?? '')) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404).end();
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, headers).end(readFileSync(file));
      return;
    }
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
