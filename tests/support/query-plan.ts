// Reading what a hook's SQL does to the database, without running the hook: its exported queries,
// and SQLite's plan for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { runInNewContext } from 'node:vm';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';

/**
 * What a hook library exports (`pocketbase/pb_hooks/lib/…`), loaded as goja loads it: a script that
 * sets module.exports and runs nothing at load (its requires are inside its functions).
 */
export function hookExports<T>(file: string): T {
  const hook = { exports: {} as T };
  runInNewContext(readFileSync(join(PROJECT_ROOT, 'pocketbase/pb_hooks/lib', file), 'utf8'), { module: hook });
  return hook.exports;
}

/** SQLite's plan for a query written with the hooks' {:name} parameters, one line per step joined by "; ". */
export function queryPlan(db: DatabaseSync, sql: string, params: Record<string, SQLInputValue>): string {
  return db
    .prepare(`EXPLAIN QUERY PLAN ${sql.replace(/\{:(\w+)\}/g, ':$1')}`)
    .all(params)
    .map((row) => String(row['detail']))
    .join('; ');
}
