import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { WorkspaceSession } from '../api/session';
import { startHost, type RunningHost } from './server';

let home: string;
let host: RunningHost;
let session: WorkspaceSession;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-host-'));
  const staticDir = path.join(home, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<html><head><meta name="terrain-token" content="" /></head><body>Terrain</body></html>',
  );
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(home, 'secret.txt'), 'secret');
  session = new WorkspaceSession(home);
  session.create(path.join(home, 'host.terrain'), true);
  host = await startHost({ ctx: { session, shell: 'web', version: 'test' }, staticDir, log: () => {} });
});

afterAll(async () => {
  await host.close();
  session.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('the local web host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the page without the token', async () => {
    const answer = await request('/');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatch(/accès refusé/);
  });

  it('trades the token for an HttpOnly cookie, then serves the page with the token inside', async () => {
    const first = await request(`/?token=${host.token}`);
    expect(first.status).toBe(303);
    const cookie = first.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request('/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="terrain-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await request('/assets/app.js', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    const escape = await request('/../secret.txt', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(escape.body).not.toContain('secret');
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    expect((await api('projects.list', {})).status).toBe(401);
    expect((await api('projects.list', {}, { 'X-Terrain-Token': 'wrong' })).status).toBe(401);
  });

  it('answers an API call that carries the token', async () => {
    const answer = await api('projects.list', {}, { 'X-Terrain-Token': host.token });
    expect(answer.status).toBe(200);
    const envelope = JSON.parse(answer.body) as { ok: boolean; value: { name: string }[] };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.map((p) => p.name)).toContain('DirectoSanté x Pfizer');
  });

  it('refuses a request from a foreign Origin, even with the token', async () => {
    const answer = await api(
      'projects.list',
      {},
      { 'X-Terrain-Token': host.token, Origin: 'http://evil.example' },
    );
    expect(answer.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const answer = await api(
      'projects.list',
      {},
      { 'X-Terrain-Token': host.token, Host: `rebind.example:${host.port}` },
    );
    expect(answer.status).toBe(421);
  });

  it('answers malformed JSON and bad input with structured errors, and stays up', async () => {
    const bad = await request('/api/projects.get', {
      method: 'POST',
      headers: { 'X-Terrain-Token': host.token, 'Content-Type': 'application/json' },
      body: '{"id":',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrong = await api('projects.get', { id: 5 }, { 'X-Terrain-Token': host.token });
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await api('workspace.stats', {}, { 'X-Terrain-Token': host.token })).status).toBe(200);
  });

  it('streams the progress of a report to the page while it is generated', async () => {
    const first = await request(`/?token=${host.token}`);
    const cookie = first.headers['set-cookie']![0]!.split(';')[0]!;
    const events: { type: string; step?: string }[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/events',
          headers: { Host: `127.0.0.1:${host.port}`, Cookie: cookie },
        },
        resolve,
      );
      req.on('error', reject);
    });
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
    });
    const answer = await api(
      'reports.generate',
      { kind: 'portfolio', format: 'csv' },
      { 'X-Terrain-Token': host.token },
    );
    expect(answer.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    stream.destroy();
    const steps = events.filter((e) => e.type === 'report-progress').map((e) => e.step);
    expect(steps[0]).toBe('data');
    expect(steps.at(-1)).toBe('done');
  });
});
