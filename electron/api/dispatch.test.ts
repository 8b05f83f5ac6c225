import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { methodNames } from '../../shared/api';
import { dispatch } from './dispatch';
import { WorkspaceSession } from './session';
import type { HandlerContext } from './handlers';

let home: string;
let ctx: HandlerContext;
const quiet = () => {};

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-api-'));
  const session = new WorkspaceSession(home);
  session.create(path.join(home, 'api.terrain'), true);
  ctx = { session, shell: 'web', version: 'test' };
});

afterAll(() => {
  ctx.session.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('the API dispatcher', () => {
  // Inputs no method accepts: not objects, or objects with fields no schema knows.
  const malformed: unknown[] = [
    'texte',
    42,
    null,
    [],
    true,
    { __proto_pollution__: 1 },
    { id: 12, path: {} },
  ];

  it.each(methodNames)('%s rejects malformed input with a structured error', async (method) => {
    for (const input of malformed) {
      const answer = await dispatch(ctx, method, input, quiet);
      expect(answer.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('invalid_input');
        expect(answer.error.message).toMatch(method);
        expect(Array.isArray(answer.error.issues)).toBe(true);
      }
    }
  });

  it('refuses an unknown method by name', async () => {
    const answer = await dispatch(ctx, 'workspace.delete_everything', {}, quiet);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: expect.stringMatching(/inconnue/) },
    });
    const proto = await dispatch(ctx, '__proto__', {}, quiet);
    expect(proto.ok).toBe(false);
  });

  it('answers not_found for an id that does not exist', async () => {
    const answer = await dispatch(ctx, 'interviews.get', { id: 'nope' }, quiet);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('not_found');
  });

  it('reports a refused workspace without closing the open one', async () => {
    const bogus = path.join(home, 'bogus.terrain');
    fs.writeFileSync(bogus, 'pas une base');
    const answer = await dispatch(ctx, 'workspace.open', { path: bogus }, quiet);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('workspace_refused');
    const current = await dispatch(ctx, 'workspace.current', {}, quiet);
    expect(current.ok && (current.value as { name: string }).name).toBe('api');
  });

  it('answers a valid call with its value', async () => {
    const answer = await dispatch(ctx, 'projects.list', {}, quiet);
    expect(answer.ok).toBe(true);
    if (answer.ok) expect((answer.value as unknown[]).length).toBe(4);
  });
});
