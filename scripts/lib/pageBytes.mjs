// What a page loads before it can run: the scripts its built HTML names (script tags and script
// preloads), with their gzip sizes. Static, so it gives the same answer on every run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built HTML file of a route ("/", "/docs/x" or "/metrics"). */
export function htmlFileOf(buildDir, route) {
  const base = path.join(buildDir, route);
  for (const file of [path.join(base, 'index.html'), `${base}.html`]) if (existsSync(file)) return file;
  throw new Error(`No built page for ${route} in ${buildDir}`);
}

/** The scripts a route's HTML loads at start, and their total gzip size in bytes. */
export function initialScripts(buildDir, route, basePath = '/') {
  const html = readFileSync(htmlFileOf(buildDir, route), 'utf8');
  const sources = new Set([
    ...[...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*\bas=["']?script["']?[^>]*>/g)].flatMap((m) => {
      const href = /\bhref=["']?([^"'\s>]+)/.exec(m[0]);
      return href ? [href[1]] : [];
    }),
  ]);
  const files = [...sources].filter((src) => src.endsWith('.js')).map((src) => path.join(buildDir, src.slice(basePath.length - 1)));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { files: files.map((file) => path.basename(file)), bytes };
}
