import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { MethodName } from '../../shared/api';
import { dispatch } from './dispatch';
import { WorkspaceSession } from './session';
import type { HandlerContext } from './handlers';
import { startHost, type RunningHost } from '../host/server';
import {
  checksum,
  fixtureIds,
  garbage,
  isEnvelope,
  makeFixtureWorkspace,
  methodNames,
  randomValue,
  rng,
  semanticMutation,
  totalChanges,
  typeMutation,
  validPayload,
  type Ids,
} from '../../test/support/api-payloads';

/**
 * Hostile input: thousands of random and malformed payloads to every API method, through dispatch() and
 * through the local web host. Each must get a structured answer (a value, or an error with a known code),
 * the process must stay up, a refused call must leave the workspace exactly as it was, and garbage (wrong
 * shapes, wrong types, unknown fields) must be refused by every method, mutating ones included.
 */

const PER_KIND = 12;
/** Never given real-looking contents: they would create files at random paths. */
const SHAPE_ONLY = new Set<MethodName>(['workspace.create']);

let dir: string;
let session: WorkspaceSession;
let ctx: HandlerContext;
let ids: Ids;
let workspaceFile: string;
const logged: string[] = [];
const log = (message: string, err?: unknown) =>
  logged.push(`${message}: ${(err as Error)?.stack ?? String(err)}`);

function show(input: unknown): string {
  try {
    return (
      JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 200) ??
      String(input)
    );
  } catch {
    return String(input);
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-hostile-'));
  workspaceFile = makeFixtureWorkspace(dir);
  session = new WorkspaceSession(path.join(dir, 'home'));
  session.open(workspaceFile);
  ctx = { session, shell: 'web', version: 'test' };
  ids = fixtureIds(session.require().db);
});

afterAll(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hostile input', () => {
  let tried = 0;

  it('refuses garbage of every shape and type on every method, changing nothing', async () => {
    const r = rng(0x7e77a1);
    const db = session.require().db;
    const before = checksum(db);
    const changes = totalChanges(db);
    for (const method of methodNames) {
      const valid = validPayload(method, ids);
      for (let i = 0; i < PER_KIND * 2; i++) {
        const input = i < PER_KIND ? garbage(r) : typeMutation(valid, r);
        const answer = await dispatch(ctx, method, input, log);
        tried++;
        expect(isEnvelope(answer), `${method} ${show(input)}`).toBe(true);
        expect(answer.ok, `${method} accepted ${show(input)}`).toBe(false);
        if (!answer.ok) expect(answer.error.code, `${method} ${show(input)}`).toBe('invalid_input');
      }
    }
    // Unknown and hostile method names.
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '../workspace.open',
      '',
      42,
      null,
      {},
      'workspace.open\u0000',
    ]) {
      const answer = await dispatch(ctx, name, {}, log);
      tried++;
      expect(answer.ok ? null : answer.error.code).toBe('unknown_method');
    }
    expect(totalChanges(db)).toBe(changes);
    expect(checksum(db)).toBe(before);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });

  it('answers hostile contents in valid shapes with a structured answer; a refusal leaves no trace', async () => {
    const r = rng(0x5eed);
    const internal: string[] = [];
    let baseline = checksum(session.require().db);
    let dirty = false;
    for (const method of methodNames) {
      if (SHAPE_ONLY.has(method)) continue;
      const valid = validPayload(method, ids);
      for (let i = 0; i < PER_KIND; i++) {
        const input = semanticMutation(valid, r);
        const db = session.require().db;
        if (dirty) {
          baseline = checksum(db);
          dirty = false;
        }
        const changes = totalChanges(db);
        const answer = await dispatch(ctx, method, input, log);
        tried++;
        expect(isEnvelope(answer), `${method} ${show(input)}`).toBe(true);
        // Still the same workspace: nothing hostile switched the session elsewhere.
        expect(session.require().path).toBe(workspaceFile);
        if (!answer.ok && answer.error.code === 'internal') internal.push(`${method} ${show(input)}`);
        if (totalChanges(db) !== changes) {
          if (!answer.ok)
            expect(checksum(db), `${method} refused ${show(input)} but changed the workspace`).toBe(baseline);
          else dirty = true;
        }
      }
    }
    expect(internal, logged.join('\n')).toEqual([]);
    expect(session.require().db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(session.require().db.pragma('foreign_key_check')).toEqual([]);
  });

  describe('through the web host', () => {
    let host: RunningHost;
    const agent = new http.Agent({ keepAlive: true });

    beforeAll(async () => {
      const staticDir = path.join(dir, 'renderer');
      fs.mkdirSync(staticDir, { recursive: true });
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<meta name="terrain-token" content="" />');
      host = await startHost({ ctx, staticDir, log, maxBodyBytes: 1024 * 1024 });
    });
    afterAll(async () => {
      agent.destroy();
      await host.close();
    });

    function send(
      pathname: string,
      body: string | Buffer | undefined,
      headers: Record<string, string> = {},
      method = 'POST',
    ): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: pathname,
            method,
            agent,
            headers: {
              Host: `127.0.0.1:${host.port}`,
              'X-Terrain-Token': host.token,
              'Content-Type': 'application/json',
              ...headers,
            },
          },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        if (body !== undefined) req.write(body);
        req.end();
      });
    }

    it('answers every request with a JSON envelope and the right status, and keeps serving', async () => {
      const r = rng(0xb0d7);
      const STATUS = new Map([
        ['invalid_input', 400],
        ['unknown_method', 404],
        ['not_found', 404],
        ['no_workspace', 409],
        ['workspace_refused', 409],
        ['conflict', 409],
        ['forbidden', 403],
      ]);
      const before = checksum(session.require().db);
      const expectEnvelope = (res: { status: number; body: string }, what: string) => {
        let parsed: unknown;
        expect(() => (parsed = JSON.parse(res.body)), `${what}: ${res.body.slice(0, 100)}`).not.toThrow();
        expect(isEnvelope(parsed), what).toBe(true);
        const env = parsed as { ok: boolean; error?: { code: string } };
        expect(env.ok, what).toBe(false);
        expect(res.status, what).toBe(STATUS.get(env.error!.code) ?? 0);
      };
      const bodies = [
        '{',
        'nul',
        '"\\ud800"',
        '[]'.repeat(3),
        '['.repeat(50_000) + ']'.repeat(50_000),
        '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
        '\u0000',
        '{"__proto__":{"polluted":1}}',
        Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      ];
      let n = 0;
      for (const method of methodNames) {
        for (let i = 0; i < 3; i++) {
          const body =
            i === 0
              ? bodies[Math.floor(r() * bodies.length)]!
              : JSON.stringify(garbage(r), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
          const res = await send(`/api/${encodeURIComponent(method)}`, body ?? 'null').catch((err: Error) => {
            throw new Error(`${method} ${String(body).slice(0, 80)}: ${err.message}`);
          });
          n++;
          expectEnvelope(res, `${method} ${String(body).slice(0, 60)}`);
        }
      }
      for (let i = 0; i < 40; i++) {
        const name = String(randomValue(r)).slice(0, 300);
        const res = await send(`/api/${encodeURIComponent(name)}`, '{}');
        n++;
        expectEnvelope(res, `method ${name.slice(0, 40)}`);
      }
      // Transport-level refusals, answered as envelopes too.
      const cases: [string, () => Promise<{ status: number; body: string }>, number][] = [
        ['no token', () => send('/api/workspace.stats', '{}', { 'X-Terrain-Token': '' }), 401],
        ['wrong token', () => send('/api/workspace.stats', '{}', { 'X-Terrain-Token': 'x'.repeat(32) }), 401],
        ['foreign host', () => send('/api/workspace.stats', '{}', { Host: 'evil.test' }), 421],
        ['foreign origin', () => send('/api/workspace.stats', '{}', { Origin: 'http://evil.test' }), 403],
        ['GET on the API', () => send('/api/workspace.stats', undefined, {}, 'GET'), 405],
      ];
      for (const [what, request, status] of cases) {
        const res = await request().catch((err: Error) => {
          throw new Error(`${what}: ${err.message}`);
        });
        n++;
        expect(res.status, what).toBe(status);
        expect(isEnvelope(JSON.parse(res.body)), what).toBe(true);
      }
      // Too large: answered 413 and the connection cut (over a raw socket: the cut races the client's writes).
      const large = await new Promise<string>((resolve) => {
        const socket = net.connect(host.port, '127.0.0.1');
        let answer = '';
        socket.on('data', (d: Buffer) => (answer += d.toString()));
        socket.on('error', () => {});
        socket.on('close', () => resolve(answer));
        socket.write(
          `POST /api/transcripts.paste HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Terrain-Token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`,
        );
        socket.write(Buffer.alloc(2 * 1024 * 1024, 0x61), () => socket.end());
      });
      n++;
      expect(large).toMatch(/^HTTP\/1\.1 413/);
      expect(isEnvelope(JSON.parse(large.slice(large.indexOf('{'), large.lastIndexOf('}') + 1)))).toBe(true);
      tried += n;
      const ok = await send('/api/workspace.current', '{}');
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { path: workspaceFile } });
      expect(checksum(session.require().db)).toBe(before);
      console.info(
        `hostile input: ${tried} payloads (${n} over HTTP), every one answered with a structured envelope`,
      );
    });
  });
});
