// A content mistake must stop the build with a message that names the file and the field.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectWorkspace } from '../support/workspace';

const workspace = projectWorkspace();
afterAll(() => workspace.remove());

function syncWith(file: string, edit: (text: string) => string) {
  workspace.resetContent();
  workspace.editContent(file, edit);
  const run = spawnSync(join(workspace.dir, 'node_modules/.bin/astro'), ['sync'], {
    cwd: workspace.dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LAYANAN_CACHE_DIR: join(workspace.dir, '.cache') },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('content schema errors', () => {
  it('name the service file and the field with a wrong completion-time unit', () => {
    const { status, output } = syncWith('services/rujukan-ppks-terlantar.md', (text) =>
      text.replace('unit: menit', 'unit: menitan'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/services/rujukan-ppks-terlantar.md');
    expect(output).toContain('completionTime.unit');
  });

  it('name the agency file and the field with a missing address', () => {
    const { status, output } = syncWith('agencies/dinsos-p3a-rokan-hulu.md', (text) =>
      text.replace(/^address: .*$/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/agencies/dinsos-p3a-rokan-hulu.md');
    expect(output).toContain('address');
  });
});
