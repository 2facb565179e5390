// Serves a built site for the browser tests: node scripts/serve.mjs --dir build --port 3210 [--base /path/]
// It starts in a fraction of the time `docusaurus serve` takes to load the site's configuration.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBuild } from './lib/serveBuild.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = path.resolve(root, option('--dir', 'build'));
const server = await serveBuild(dir, { port: Number(option('--port', '3000')), basePath: option('--base', '/') });
console.log(`Serving ${path.relative(root, dir)} at ${server.origin}${option('--base', '/')}`);
