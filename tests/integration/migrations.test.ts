// Every migration's `down` undoes its `up`: the schema after reverting migration k is exactly the
// schema a fresh data folder has with migrations 1 … k−1 applied, and applying them all again
// gives the same schema once more. Run on the real PocketBase binary, without hooks.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { pocketBaseBinary, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';

const MIGRATIONS_DIR = join(PROJECT_ROOT, 'pocketbase/pb_migrations');
const migrations = readdirSync(MIGRATIONS_DIR)
  .filter((file) => file.endsWith('.js'))
  .sort();
const binary = pocketBaseBinary();
const work = mkdtempSync(join(tmpdir(), 'layanan-migrations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function migrate(dataDir: string, migrationsDir: string, ...command: string[]) {
  execFileSync(binary, ['migrate', ...command, `--dir=${dataDir}`, `--migrationsDir=${migrationsDir}`], {
    input: 'y\n',
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** Collections and tables as PocketBase keeps them, without what differs on every run (secrets, times). */
function schema(dataDir: string): string {
  const db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });
  try {
    const withoutSecrets = (json: string) =>
      JSON.stringify(JSON.parse(json, (key, value) => (key === 'secret' ? undefined : value)));
    const collections = db
      .prepare(
        'SELECT id, name, type, system, fields, indexes, listRule, viewRule, createRule, updateRule, deleteRule, options FROM _collections ORDER BY name',
      )
      .all()
      .map((row) => ({
        ...row,
        fields: withoutSecrets(String(row['fields'])),
        options: withoutSecrets(String(row['options'])),
      }));
    const tables = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_migrations' ORDER BY type, name",
      )
      .all();
    return JSON.stringify({ collections, tables }, null, 1);
  } finally {
    db.close();
  }
}

/**
 * The schema of a fresh data folder after each of the first 0 … n−1 migrations: the folder is migrated
 * one migration at a time, as `migrate up` applies them in order, and its schema read after each.
 */
function schemasAlongTheWay(): string[] {
  const migrationsDir = join(work, 'one-by-one');
  const dataDir = join(work, 'data-one-by-one');
  mkdirSync(migrationsDir, { recursive: true });
  migrate(dataDir, migrationsDir, 'up');
  const schemas = [schema(dataDir)];
  for (const file of migrations.slice(0, -1)) {
    copyFileSync(join(MIGRATIONS_DIR, file), join(migrationsDir, file));
    migrate(dataDir, migrationsDir, 'up');
    schemas.push(schema(dataDir));
  }
  return schemas;
}

describe('migrations', () => {
  it('each down undoes its up, and up again gives the same schema', () => {
    const expected = schemasAlongTheWay();
    const dataDir = join(work, 'data-all');
    migrate(dataDir, MIGRATIONS_DIR, 'up');
    const complete = schema(dataDir);
    for (let applied = migrations.length; applied > 0; applied--) {
      migrate(dataDir, MIGRATIONS_DIR, 'down', '1');
      expect(schema(dataDir), `after reverting ${migrations[applied - 1]}`).toBe(expected[applied - 1]);
    }
    migrate(dataDir, MIGRATIONS_DIR, 'up');
    expect(schema(dataDir)).toBe(complete);
  }, 120_000);
});
