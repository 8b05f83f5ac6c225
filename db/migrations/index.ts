import type { Db } from '../workspace';
import { initialSchema } from './001-initial';
import { backfillSearch, searchAndHistory } from './002-search-and-history';
import { refiAttributes } from './003-refi-attributes';
import { listIndexes } from './004-list-indexes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data work that SQL alone cannot do, run after sql in the same transaction. */
  up?: (db: Db) => void;
}

/**
 * Forward-only: a released migration is never edited, a change is a new entry. The version is recorded in
 * PRAGMA user_version and in schema_migrations.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'full-text search and undo history', sql: searchAndHistory, up: backfillSearch },
  { version: 3, name: 'REFI-QDA external ids and attributes', sql: refiAttributes },
  { version: 4, name: 'indexes for the interviews and verbatims lists', sql: listIndexes },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
