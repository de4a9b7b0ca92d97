// Every built page is valid HTML by the W3C's Nu Html Checker (vnu.jar from the npm package
// vnu-jar; needs Java, which scripts/test.sh installs from Debian when it is missing). One checker
// process reads every page of dist/; a failure names the page, the line and the checker's message.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * CSS the checker does not know yet, though browsers have all supported it since 2023: container
 * queries (the rooms of src/lib/room.ts). The checker reads CSS with the W3C CSS validator's code,
 * which lacks them (validator/validator#1811, w3c/css-validator#422 and #474, open): exactly these
 * two messages are left out, nothing else about the CSS.
 */
const UNKNOWN_TO_THE_CHECKER = [
  'CSS: Unrecognized at-rule “@container”',
  "CSS: “container-type”: Property “container-type” doesn't exist.",
];

function builtPages(folder = dist): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? builtPages(path) : entry.endsWith('.html') ? [path] : [];
  });
}

describe('built HTML', () => {
  it('every page is valid HTML (W3C Nu Html Checker)', { timeout: 180_000 }, () => {
    const java = spawnSync('java', ['-version']);
    expect(java.error, 'Java is needed for the Nu Html Checker: apt-get install default-jre-headless').toBeUndefined();
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    // The checker writes its JSON report to stderr; --exit-zero-always, so a report is never an exception.
    // Java's quick compiler alone (a run of seconds never pays back the optimizing one: 6.5 → 3.8 s CPU), with
    // the larger stack its frames need for the HTML schema's recursion (it overflows the default).
    const javaOptions = ['-XX:TieredStopAtLevel=1', '-Xss2m'];
    const checker = spawnSync(
      'java',
      [...javaOptions, '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages],
      {
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
    );
    expect(checker.status, checker.stderr).toBe(0);
    const report = checker.stderr;
    const messages = (JSON.parse(report) as { messages: CheckerMessage[] }).messages;
    const problems = messages
      .filter((message) => message.type !== 'info' && !UNKNOWN_TO_THE_CHECKER.includes(message.message))
      .map(
        (message) =>
          `${relative(dist, new URL(message.url).pathname)}:${message.lastLine ?? '?'}: ${message.message}` +
          (message.extract ? ` — …${message.extract.replace(/\s+/g, ' ')}…` : ''),
      );
    expect(problems).toEqual([]);
  });
});
