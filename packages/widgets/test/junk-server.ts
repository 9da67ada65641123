import type { Plugin } from 'vite';

/** 64 KiB of junk text: lines that are neither a CSV header a parser knows nor JSON. */
const JUNK = Buffer.from('junk;"no header here\n'.repeat(3121).slice(0, 64 * 1024));

/**
 * A Vite plugin for the browser tests: `/__junk?bytes=N` answers N bytes of junk, written a chunk
 * at a time as the page reads them, with no `Content-Length` (the page must count while it
 * reads); `&length` adds the header. Writing stops when the page stops reading.
 */
export function junkServer(): Plugin {
  return {
    name: 'usmx-junk-server',
    configureServer(server) {
      server.middlewares.use('/__junk', (request, response) => {
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        const bytes = Number(query.get('bytes'));
        response.setHeader('content-type', 'text/csv');
        if (query.has('length')) response.setHeader('content-length', String(bytes));
        let sent = 0;
        let closed = false;
        response.on('close', () => {
          closed = true;
        });
        const write = (): void => {
          while (!closed && sent < bytes) {
            const chunk = JUNK.subarray(0, Math.min(JUNK.length, bytes - sent));
            sent += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', write);
              return;
            }
          }
          if (!closed) response.end();
        };
        write();
      });
    },
  };
}
