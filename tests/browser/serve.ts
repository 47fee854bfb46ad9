/** A static file server for tests: serves a folder under a sub-path on 127.0.0.1, with the site's 404 page. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

/** Serve `folder` at http://127.0.0.1:<port><prefix>. Resolves to the server and its base URL. */
export function serve(folder: string, prefix: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (file: string, status: number) => {
      response.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    };
    if (!url.pathname.startsWith(prefix)) return send(path.join(folder, '404.html'), 404);
    let file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(folder)) return send(path.join(folder, '404.html'), 404);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return send(path.join(folder, '404.html'), 404);
    send(file, 200);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    resolve({ server, base: `http://127.0.0.1:${port}${prefix}` });
  }));
}
