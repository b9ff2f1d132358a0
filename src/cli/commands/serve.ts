// `factorflow serve [SCENARIO]`: the teaching page on localhost. The page (web/) is built
// with vite into dist/web when missing or older than its sources, then served by a tiny
// static server: the engine runs in the browser, so the server only hands out files.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { isIP } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv, CommandModule } from 'yargs';
import { loadScenarioFile } from '../../io/scenario-files.ts';
import { isBundledName } from '../../scenario/index.ts';
import { UserError, withErrors } from '../errors.ts';
import { integerArg } from '../integer-arg.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_OUT = join(ROOT, 'dist', 'web');
/** What the page is built from: a change in any of these makes the build stale. */
const SOURCES = ['web', 'src/engine', 'src/scenario', 'src/metrics', 'scenarios'].map((d) => join(ROOT, d));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

/** Whether the built page is missing or older than a source file. */
export function isStale(outDir = WEB_OUT): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((d) => existsSync(d) && newest(d) > built);
}

/** Builds the page into `outDir` with web/vite.config.ts (vite is a dev dependency). */
export async function buildWeb(outDir = WEB_OUT): Promise<string> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** The decoded path of a request URL, or undefined when it is malformed (e.g. `/%`). */
function requestPath(url: string | undefined): string | undefined {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `dir` (and in-memory `extra` files by URL path) on host:port; port 0 picks a free one. */
export function serveStatic(dir: string, options: { port?: number; host?: string; extra?: Record<string, string> } = {}): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    // A static page: reading is all there is to do.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain', allow: 'GET, HEAD' });
      res.end('method not allowed');
      return;
    }
    const path = requestPath(req.url);
    if (path === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('bad request');
      return;
    }
    const head = req.method === 'HEAD';
    const extra = options.extra?.[path];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      res.end(head ? undefined : extra);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    // Nothing outside the served folder, whatever the request path says.
    if (!(file + sep).startsWith(normalize(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (head) {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  // A malformed request (bad headers, a broken connection) ends that request, not the server.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://${host}:${port}/`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export interface ServeArgs {
  scenario?: string;
  port: number;
  host: string;
  build?: boolean;
}

/** The page's query for a scenario: a bundled name by name, a file resolved here and handed over. */
function scenarioQuery(ref: string | undefined): { query: string; extra: Record<string, string> } {
  if (ref === undefined) return { query: '', extra: {} };
  if (isBundledName(ref)) {
    loadScenarioFile(ref); // a wrong name fails here, with its "did you mean", not in the page
    return { query: `?scenario=${encodeURIComponent(ref)}`, extra: {} };
  }
  const { scenario } = loadScenarioFile(ref);
  return { query: '?url=scenario.json', extra: { '/scenario.json': JSON.stringify(scenario) } };
}

async function serve(argv: ServeArgs): Promise<void> {
  const { query, extra } = scenarioQuery(argv.scenario);
  // Listen first: a bad --port or --host is reported at once, before a build.
  const served = await listen(argv, extra);
  if (argv.build || isStale()) {
    console.log('factorflow: building the page (dist/web)…');
    try {
      await buildWeb();
    } catch (err) {
      await served.close();
      throw err;
    }
  }
  console.log(`factorflow: the teaching page is at ${served.url}${query}  (Ctrl+C stops it)`);
}

async function listen(argv: ServeArgs, extra: Record<string, string>): Promise<Served> {
  try {
    return await serveStatic(WEB_OUT, { port: argv.port, host: argv.host, extra });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError(`--port ${argv.port}: already in use (try --port 0 for any free port)`);
    if (code === 'EACCES') throw new UserError(`--port ${argv.port}: not allowed for this user (ports below 1024 need privileges; try --port 0)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') {
      throw new UserError(`--host ${argv.host}: not an address of this machine`);
    }
    throw err;
  }
}

/** --host: an IP address or a host name, not empty and without spaces or a port. */
function hostArg(raw: unknown): string {
  const host = String(raw ?? '').trim();
  if (isIP(host) || /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(host)) return host;
  throw new UserError(`--host: expected an IP address or a host name (got ${JSON.stringify(host.slice(0, 40))})`);
}

const command: CommandModule<object, ServeArgs> = {
  command: 'serve [scenario]',
  describe: 'Serve the teaching page on localhost (the engine runs in the browser)',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('scenario', { type: 'string', describe: 'a scenario file or bundled name to open (default china-2020)' })
      .option('port', { type: 'string', default: '8080', coerce: integerArg('--port', 0, 65535), describe: 'port to listen on, 0 to 65535 (0: any free port)' })
      .option('host', { type: 'string', default: '127.0.0.1', coerce: hostArg, describe: 'address to listen on (0.0.0.0 to share on a network)' })
      .option('build', { type: 'boolean', describe: 'rebuild the page even if dist/web is up to date' })
      .example('$0 serve', 'the page on http://127.0.0.1:8080/ with china-2020')
      .example('$0 serve two-regions --port 0', 'the core-periphery scenario on any free port') as Argv<ServeArgs>,
  handler: withErrors(serve),
};

export default command;
