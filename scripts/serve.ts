/**
 * Serve a built site: `npm run serve -- [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]`.
 * With a base such as /dossier/, the site answers only under that path, as on GitHub Pages.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { parseFlags, UsageError } from '../src/cli/args.ts';

const spec = {
  dir: { type: 'string', default: 'dist', help: 'folder to serve' },
  port: { type: 'string', default: '4321', help: 'port' },
  host: { type: 'string', default: '127.0.0.1', help: 'address to listen on' },
  base: { type: 'string', default: '/', help: 'path the site is served under' },
} as const;

let flags: Record<string, string | boolean>;
try {
  flags = parseFlags(process.argv.slice(2), spec);
} catch (error) {
  console.error(`serve: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
const dir = path.resolve(String(flags.dir));
const base = `/${String(flags.base).replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`serve: --dir ${String(flags.dir)}: no index.html there; run npm run build first`);
  process.exit(1);
}
const files = sirv(dir, { dev: false, extensions: ['html'], etag: true });
const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (base !== '/' && (url === '/' || url === base.slice(0, -1))) {
    response.writeHead(302, { Location: base }).end();
    return;
  }
  if (!url.startsWith(base)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: the site is served under ${base}`);
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  files(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
});
server.listen(Number(flags.port), String(flags.host), () => {
  console.log(`Dossier is served at http://${String(flags.host)}:${String(flags.port)}${base}`);
});
