// A static server for a built site, shared by the bench and the screenshot script. With `gzip`, text
// files are compressed once up front, as GitHub Pages serves them; compressing on each request would
// put the server's CPU time into the bench's measurements, since it shares the machine with Chromium.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.md', '.csv', '.svg', '.xml', '.txt']);

/**
 * Serves `buildDir` on 127.0.0.1 under `basePath` ("/" or "/some/path/"), at `port` or a free one.
 * Resolves to { origin, close }.
 */
export async function serveBuild(buildDir, { gzip = false, basePath = '/', port = 0 } = {}) {
  const resolveFile = (urlPath) => {
    if (!urlPath.startsWith(basePath)) return null;
    const clean = path.normalize(decodeURIComponent(urlPath.slice(basePath.length - 1))).replace(/^(\.\.[/\\])+/, '');
    const base = path.join(buildDir, clean);
    for (const file of [base, path.join(base, 'index.html'), `${base}.html`]) {
      if (file.startsWith(buildDir) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  };
  const gzipped = new Map(
    gzip
      ? readdirSync(buildDir, { recursive: true })
          .map((name) => path.join(buildDir, String(name)))
          .filter((file) => COMPRESSIBLE.has(path.extname(file)) && statSync(file).isFile())
          .map((file) => [file, gzipSync(readFileSync(file), { level: 9 })])
      : [],
  );
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(url.pathname);
    const served = file ?? path.join(buildDir, '404.html');
    const ext = path.extname(served);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' };
    let body;
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipped.get(served) ?? gzipSync(readFileSync(served), { level: 9 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    } else {
      body = readFileSync(served);
    }
    response.writeHead(file ? 200 : 404, { ...headers, 'Content-Length': body.length });
    response.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
