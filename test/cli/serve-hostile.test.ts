// Issue 10, serve (items 6, 15): a malformed URL gets 400 and the server stays up; only GET
// and HEAD are served; a bad --port or --host is exit 2 with a message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serveStatic, type Served } from '../../src/cli/commands/serve.ts';

function send(url: string, method: string, path: string): Promise<{ status: number; body: string; allow?: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, method, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
    });
    req.on('error', fail);
    req.end();
  });
}

vi.setConfig({ testTimeout: 120_000 });

describe('the static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ff-serve-'));
  writeFileSync(join(dir, 'index.html'), '<p>page</p>');
  let served: Served;
  afterAll(() => served?.close());

  it('answers 400 to a malformed URL and keeps serving', async () => {
    served = await serveStatic(dir, { port: 0 });
    for (const path of ['/%', '/%E0%A4%A', '/a%00b']) expect((await send(served.url, 'GET', path)).status, path).toBe(400);
    const page = await send(served.url, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<p>page</p>');
  });

  it('serves GET and HEAD only: other methods get 405 with Allow', async () => {
    const head = await send(served.url, 'HEAD', '/');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await send(served.url, method, '/');
      expect(r.status, method).toBe(405);
      expect(r.allow).toBe('GET, HEAD');
    }
  });
});

describe('factorflow serve with a bad --port or --host', () => {
  const ff = (...args: string[]) => spawnSync(process.execPath, [resolve('bin/factorflow.js'), 'serve', ...args], { encoding: 'utf8', timeout: 60_000 });
  it.each([
    [['--port', '70000'], /^--port: must be from 0 to 65535/],
    [['--port', 'http'], /^--port: expected a whole number/],
    [['--port='], /^--port: empty/],
    [['--host', 'not a host'], /^--host: expected an IP address or a host name/],
    [['--host', '203.0.113.7', '--port', '0'], /^--host 203\.0\.113\.7: not an address of this machine/],
  ])('%j: exit 2 and one line', (args, message) => {
    const r = ff(...args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
