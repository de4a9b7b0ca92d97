// A content mistake must stop the build with a message that names the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'layanan-content-'));
for (const entry of ['node_modules', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  symlinkSync(join(root, entry), join(workspace, entry));
}
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function syncWith(file: string, edit: (text: string) => string) {
  rmSync(join(workspace, 'content'), { recursive: true, force: true });
  cpSync(join(root, 'content'), join(workspace, 'content'), { recursive: true });
  const path = join(workspace, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: workspace, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('content schema errors', () => {
  it('name the service file and the field with a wrong completion-time unit', () => {
    const { status, output } = syncWith('services/rujukan-ppks-terlantar.md', (text) => text.replace('unit: menit', 'unit: menitan'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/services/rujukan-ppks-terlantar.md');
    expect(output).toContain('completionTime.unit');
  });

  it('name the agency file and the field with a missing address', () => {
    const { status, output } = syncWith('agencies/dinsos-p3a-rokan-hulu.md', (text) => text.replace(/^address: .*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/agencies/dinsos-p3a-rokan-hulu.md');
    expect(output).toContain('address');
  });
});
