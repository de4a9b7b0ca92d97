// Fails when a line of code is longer than 160 characters. Biome wraps code at 120 but cannot
// shorten a long string literal, nor touch the HTML template of an .astro file, so those are
// checked here: a line that long does not fit side by side in a review and hides its end.
// Generated files, content and prose are left as written, as in biome.jsonc. Run by `npm run check`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 160;
const CODE_FILE = /\.(ts|tsx|js|mjs|cjs|css|astro|json|jsonc)$/;
const GENERATED = new Set(['pocketbase/types/pocketbase.d.ts', 'src/domain/records.ts', 'package-lock.json']);

/** The tracked files this check reads. */
function codeFiles(): string[] {
  const output = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return output
    .split('\0')
    .filter((path) => CODE_FILE.test(path) && !GENERATED.has(path) && !path.startsWith('content/'));
}

/** Characters, not UTF-16 code units: "—" or "²" count once. */
const characters = (line: string) => [...line].length;

/** One message per line over the limit, as `path:line: N characters (limit 160)`. */
function longLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .flatMap((line, index) => {
      const length = characters(line);
      return length > LIMIT ? [`${path}:${index + 1}: ${length} characters (limit ${LIMIT})`] : [];
    });
}

const problems = codeFiles().flatMap(longLines);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} line(s) longer than ${LIMIT} characters.`);
  process.exit(1);
}
