import path from 'node:path';
import type { workspaceApi } from '../../../shared/api/workspace';
import { erasePerson, previewErasure } from '../../../db/erasure';
import { exportPerson, getConsent, setConsent } from '../../../db/people-rights';
import type { HandlerContext, SliceHandlers } from './types';

type PrivacyMethods = Pick<
  typeof workspaceApi,
  | 'passphrase.set'
  | 'passphrase.change'
  | 'passphrase.remove'
  | 'backup.list'
  | 'backup.create'
  | 'backup.restore'
  | 'backup.settings'
  | 'backup.setSettings'
  | 'people.getConsent'
  | 'people.setConsent'
  | 'people.export'
  | 'people.erasePreview'
  | 'people.erase'
>;

/** Encryption at rest, backups and people's rights: the session owns the file, db/ does the work. */
export const privacyHandlers: SliceHandlers<PrivacyMethods> = {
  'passphrase.set': (input, ctx) => ctx.session.setPassphrase(input.passphrase),
  'passphrase.change': (input, ctx) => ctx.session.changePassphrase(input.current, input.next),
  'passphrase.remove': (input, ctx) => ctx.session.removePassphrase(input.current),

  'backup.list': (_input, ctx) => ctx.session.backups(),
  'backup.create': (_input, ctx) => ctx.session.backupNow('manual'),
  'backup.restore': (input, ctx) => ctx.session.restore(input.name, input.passphrase ?? null),
  'backup.settings': (_input, ctx) => ctx.session.backupSettings(),
  'backup.setSettings': (input, ctx) => ctx.session.setBackupSettings(input),

  'people.getConsent': (input, ctx) => getConsent(ctx.session.require().db, input.id),
  'people.setConsent': (input, ctx) => setConsent(ctx.session.require().db, input),
  'people.export': (input, ctx) => {
    const ws = ctx.session.require();
    return exportPerson(ws.db, input.id, path.basename(ws.path, '.terrain'));
  },
  'people.erasePreview': (input, ctx) => previewErasure(ctx.session.require(), input.id),
  'people.erase': (input, ctx) => {
    const report = erasePerson(ctx.session.requireWritable(), input.id, { purgeBackups: input.purgeBackups });
    ctx.session.markChangesBackedUp();
    return report;
  },
};

/**
 * Methods that change much at once: the session backs the workspace up before each (unless nothing changed
 * since the last backup). The reason becomes part of the backup's name (bulk-<reason>).
 */
const BULK: Record<string, string> = {
  'codes.importCsv': 'import-codebook',
  'codes.merge': 'merge-codes',
  'organisations.merge': 'merge-organisations',
  'search.codeRanges': 'code-ranges',
  'portfolio.import': 'import-portfolio',
  'refi.import': 'import-refi',
  // Add here any new method that imports or rewrites many rows at once.
};

/** Wraps the bulk methods of a handler map with a backup first; the other handlers pass through untouched. */
export function withBulkBackups<H extends Record<string, unknown>>(map: H): H {
  const out: Record<string, unknown> = { ...map };
  for (const [method, reason] of Object.entries(BULK)) {
    const handler = map[method];
    if (typeof handler !== 'function') continue;
    out[method] = (input: unknown, ctx: HandlerContext) => {
      ctx.session.backupBeforeBulk(reason);
      return (handler as (input: unknown, ctx: HandlerContext) => unknown)(input, ctx);
    };
  }
  return out as H;
}
