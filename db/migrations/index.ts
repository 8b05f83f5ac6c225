import { initialSchema } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Forward-only: a released migration is never edited, a change is a new entry. The list index + 1 is
 * the version, recorded in PRAGMA user_version and in schema_migrations.
 */
export const migrations: readonly Migration[] = [{ version: 1, name: 'initial schema', sql: initialSchema }];

export const LATEST_SCHEMA_VERSION = migrations.length;
