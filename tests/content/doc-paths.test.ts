// The documentation cannot drift from the tree: every file path named in README.md, docs/ or a
// code comment exists (README and three migration headers went on naming the site-contract hook
// long after it became serve_start.pb.js), every relative link of a document leads to a file and
// every anchor to a heading there, and the README stays a front page. Paths under git-ignored
// folders (the data folder, generated bundles, bench results) are made at run time and count as
// existing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorLinks, anchorsOf, namedPaths, relativeLinks } from '../support/named-paths.ts';

const root = new URL('../../', import.meta.url).pathname;
const README_LIMIT_BYTES = 15 * 1024;

/** Folders whose code comments are checked; files a generator writes are not ours to correct. */
const CODE_FOLDERS = ['src', 'pocketbase', 'scripts', 'tests', 'bench', 'deploy', '.ci'];
const GENERATED = new Set(['pocketbase/types/pocketbase.d.ts', 'src/domain/records.ts']);

/** Tracked files and new ones not yet committed, never what .gitignore leaves out. */
const repositoryFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && existsSync(join(root, file)));
const documents = repositoryFiles.filter((file) => file === 'README.md' || /^docs\/.*\.md$/.test(file));
const codeFiles = repositoryFiles.filter(
  (file) =>
    CODE_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) &&
    !GENERATED.has(file) &&
    !/\.(png|jpe?g|webp|gif|pdf|zip|ico|woff2?)$/.test(file),
);

/** The paths .gitignore covers, as files or (pocketbase/pb_data) as folders. */
function ignoredByGit(paths: string[]): Set<string> {
  if (paths.length === 0) return new Set();
  const asFolders = paths.filter((path) => !path.endsWith('/')).map((path) => `${path}/`);
  try {
    const output = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: root,
      input: [...paths, ...asFolders].join('\n'),
      encoding: 'utf8',
    });
    return new Set(output.split('\n').flatMap((path) => (path ? [path, path.replace(/\/$/, '')] : [])));
  } catch {
    return new Set(); // exit 1: none of them is ignored
  }
}

/** "file:line names path" for every named path that is neither in the tree nor made at run time. */
function missing(named: { file: string; path: string; line: number }[]): string[] {
  const absent = named.filter(({ path }) => !existsSync(join(root, path)));
  const ignored = ignoredByGit([...new Set(absent.map(({ path }) => path))]);
  return absent
    .filter(({ path }) => !ignored.has(path))
    .map(({ file, line, path }) => `${file}:${line} names ${path}, which does not exist`);
}

const namedIn = (files: string[]) =>
  files.flatMap((file) =>
    namedPaths(file, readFileSync(join(root, file), 'utf8')).map((named) => ({ file, ...named })),
  );

describe('named paths', () => {
  it('finds paths in prose and comments, not in code or URLs', () => {
    const source = [
      "import x from '../../src/lib/a.ts'; // reads pb_hooks/site.pb.js and src/lib/outbox.ts.",
      "const url = 'https://example.org/src/not-a-path'; const p = 'src/in-a-string.ts';",
      '/* see content/calendar/<year>.yaml, pb_hooks/lib/* and /opt/layanan/deploy/install.sh */',
    ].join('\n');
    expect(namedPaths('example.ts', source)).toEqual([
      { path: 'pocketbase/pb_hooks/site.pb.js', line: 1 },
      { path: 'src/lib/outbox.ts', line: 1 },
      { path: 'content/calendar/', line: 3 },
      { path: 'pocketbase/pb_hooks/lib/', line: 3 },
    ]);
  });

  it('reads shell, Astro and markdown prose the same way', () => {
    expect(namedPaths('run.sh', '#!/bin/bash\n# runs scripts/env.sh\necho "#x tests/y"')).toEqual([
      { path: 'scripts/env.sh', line: 2 },
    ]);
    const astro =
      "---\n// from src/lib/catalogue.ts\nconst a = 'src/x';\n---\n<p>src/text</p>\n<style>/* deploy/Caddyfile */</style>";
    expect(namedPaths('Page.astro', astro)).toEqual([
      { path: 'src/lib/catalogue.ts', line: 2 },
      { path: 'deploy/Caddyfile', line: 6 },
    ]);
    expect(namedPaths('a.md', 'Routes like `/layanan/<id>/` are not files; `docs/security.md`.')).toEqual([
      { path: 'docs/security.md', line: 1 },
    ]);
    expect(relativeLinks('[a](security.md#headers), [b](https://x.org/a.md), ![c](images/s.png), [d](#top)')).toEqual([
      { path: 'security.md', line: 1 },
      { path: 'images/s.png', line: 1 },
    ]);
  });
});

describe('documentation and comments name only files that exist', () => {
  it('finds the documents and the code it checks', () => {
    expect(documents).toContain('README.md');
    expect(documents).toContain('docs/architecture.md');
    expect(codeFiles).toContain('pocketbase/pb_hooks/serve_start.pb.js');
  });

  it('README.md and docs/ name only paths that exist', () => {
    expect(missing(namedIn(documents))).toEqual([]);
  });

  it('code comments name only paths that exist', () => {
    expect(missing(namedIn(codeFiles))).toEqual([]);
  });

  it('every relative link of a document leads to a file', () => {
    const links = documents.flatMap((file) =>
      relativeLinks(readFileSync(join(root, file), 'utf8')).map(({ path, line }) => ({
        file,
        line,
        path: normalize(join(dirname(file), decodeURI(path))),
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    expect(missing(links)).toEqual([]);
  });
});

describe('links within the documentation', () => {
  it('knows the anchors GitHub makes of headings', () => {
    const markdown =
      '# Security & privacy\n## Konsultasi & pengaduan (complaints)\n## A kabupaten\'s `/peta/`\n## Tests\n## Tests\n<a id="glossary"></a>';
    expect([...anchorsOf(markdown)]).toEqual([
      'security--privacy',
      'konsultasi--pengaduan-complaints',
      'a-kabupatens-peta',
      'tests',
      'tests-1',
      'glossary',
    ]);
  });

  it('every anchor a document links to is a heading or an id of the document it names', () => {
    const links = documents.flatMap((file) =>
      anchorLinks(readFileSync(join(root, file), 'utf8')).map((link) => ({
        file,
        ...link,
        target: link.path ? normalize(join(dirname(file), link.path)) : file,
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    const broken = links
      .filter(({ target }) => existsSync(join(root, target)))
      .filter(({ target, anchor }) => !anchorsOf(readFileSync(join(root, target), 'utf8')).has(anchor))
      .map(({ file, line, target, anchor }) => `${file}:${line} links to ${target}#${anchor}, which is not there`);
    expect(broken).toEqual([]);
  });
});

describe('README', () => {
  it(`is a front page of at most ${README_LIMIT_BYTES / 1024} KB; depth is in docs/`, () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThanOrEqual(README_LIMIT_BYTES);
  });
});
