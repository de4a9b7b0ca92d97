// A copy of the project to build or check with changed content. Sources are copied (Vite
// resolves symlinks to their real paths, which an Astro build in another root cannot use);
// dependencies and tools are linked.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const LINKED = ['node_modules', 'scripts', 'pocketbase', '.tools', 'tsconfig.json', 'package.json'];
const COPIED = ['src', 'public', 'astro.config.mjs'];

export interface Workspace {
  dir: string;
  /** Replaces text in a file under content/. */
  editContent(file: string, edit: (text: string) => string): void;
  /** Deletes a file under content/. */
  removeContent(file: string): void;
  /** Restores content/ to the project's own. */
  resetContent(): void;
  remove(): void;
}

export function projectWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'layanan-workspace-'));
  for (const entry of LINKED) symlinkSync(join(root, entry), join(dir, entry));
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  const resetContent = () => {
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  };
  resetContent();
  return {
    dir,
    editContent(file, edit) {
      const path = join(dir, 'content', file);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
    },
    removeContent: (file) => unlinkSync(join(dir, 'content', file)),
    resetContent,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
