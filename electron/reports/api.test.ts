import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GeneratedReport, PortfolioReport } from '../../shared/api/reports';
import { dispatch } from '../api/dispatch';
import { WorkspaceSession } from '../api/session';
import type { HandlerContext } from '../api/handlers';
import { xlsxWorkbook } from './testing';

/** The reports' two API methods, through the same dispatcher both shells use. */
let home: string;
let ctx: HandlerContext;
const quiet = () => {};

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-reports-api-'));
  const session = new WorkspaceSession(home);
  session.create(path.join(home, 'rapports.terrain'), true);
  ctx = { session, shell: 'web', version: 'test' };
});

afterAll(() => {
  ctx.session.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('the reports API', () => {
  it('previews the model a report is made from', async () => {
    const answer = await dispatch(ctx, 'reports.preview', { kind: 'portfolio', pseudonymise: true }, quiet);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const model = answer.value as PortfolioReport;
    expect(model.kind).toBe('portfolio');
    expect(model.cover.workspace).toBe('rapports');
    expect(model.projects).toHaveLength(4);
    expect(model.charts.find((c) => c.id === 'funnel')!.bars.length).toBeGreaterThan(0);
    expect(JSON.stringify(model)).not.toContain('Dumontet');
  });

  it('generates a file, answered in base64 with its name and size', async () => {
    const answer = await dispatch(ctx, 'reports.generate', { kind: 'portfolio', format: 'xlsx' }, quiet);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const value = answer.value as GeneratedReport;
    const bytes = Buffer.from(value.contentBase64, 'base64');
    expect(bytes.length).toBe(value.bytes);
    expect(value.fileName).toMatch(/^rapport-de-portefeuille-\d{4}-\d\d-\d\d\.xlsx$/);
    const wb = await xlsxWorkbook(bytes);
    expect(wb.getWorksheet('Projets')!.rowCount).toBe(5);
  });

  it('refuses what it cannot do with a clear error', async () => {
    const bad = await dispatch(ctx, 'reports.generate', { kind: 'portfolio', format: 'odt' }, quiet);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
    const unknown = await dispatch(ctx, 'reports.preview', { kind: 'portfolio', projectIds: ['x'] }, quiet);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not_found');
  });
});
