// `npm run check`: fails when a hook registers a route that is not in the route table
// (src/domain/routes.ts), a route of the table is registered by no hook, or code spells a route's
// path instead of taking it from the table (scripts/route-registrations.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { routeProblems, type SourceFile } from './route-registrations.ts';

// A file in the middle of a merge is listed once per side: each is read once.
const tracked = (...paths: string[]): SourceFile[] =>
  [
    ...new Set(
      execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', ...paths], {
        encoding: 'utf8',
      }).split('\0'),
    ),
  ]
    .filter((path) => /\.(js|ts|tsx|astro)$/.test(path) && !path.includes('/generated/'))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const hooks = tracked('pocketbase/pb_hooks');
const sources = [...hooks, ...tracked('src').filter((file) => file.path !== 'src/domain/routes.ts')];
const problems = routeProblems(
  hooks.filter((file) => file.path.endsWith('.pb.js')),
  sources,
);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} route problem(s): the hooks' routes and src/domain/routes.ts must agree.`);
  process.exit(1);
}
