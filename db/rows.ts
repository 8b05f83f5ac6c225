import type { Db } from './workspace';
import { newId, nowIso } from './ids';

type Value = string | number | bigint | null | Buffer;

const insertCache = new WeakMap<Db, Map<string, ReturnType<Db['prepare']>>>();

/**
 * Inserts one row with a fresh id and timestamps; the one place db/ writes new rows, so a change feed for
 * merging teammates' work can be added here later without touching callers. Table and column names come
 * from our own code, never from user input.
 */
export function insertRow(db: Db, table: string, values: Record<string, Value | undefined>): string {
  const id = typeof values.id === 'string' ? values.id : newId();
  const now = nowIso();
  const row: Record<string, Value> = { created_at: now, updated_at: now };
  for (const [k, v] of Object.entries(values)) if (v !== undefined) row[k] = v;
  row.id = id;
  const cols = Object.keys(row).sort();
  const key = `${table}(${cols.join(',')})`;
  let cache = insertCache.get(db);
  if (!cache) {
    cache = new Map();
    insertCache.set(db, cache);
  }
  let stmt = cache.get(key);
  if (!stmt) {
    stmt = db.prepare(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`,
    );
    cache.set(key, stmt);
  }
  stmt.run(row);
  return id;
}
