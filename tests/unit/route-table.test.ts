// The route table (src/domain/routes.ts) and the check that holds the hooks to it
// (scripts/route-registrations.ts, run by `npm run check` as scripts/check-routes.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES, rateLimitLabel, routePath } from '../../src/domain/routes';
import { routeProblems, type SourceFile } from '../../scripts/route-registrations';

const register = (name: string) =>
  `routerAdd(\n  ...require(\`\${__hooks}/lib/http.js\`).route('${name}'),\n  (e) => e.noContent(204),\n);\n`;
/** Hook files registering every route of the table once, each registration five lines long. */
const allRegistered = (): SourceFile[] => [
  { path: 'pocketbase/pb_hooks/all.pb.js', text: Object.keys(ROUTES).map(register).join('\n') },
];
/** The line of all.pb.js where a route is registered. */
const lineOf = (name: string) => Object.keys(ROUTES).indexOf(name) * 5 + 1;

describe('the route table', () => {
  it('fills in path parameters, encoded, and refuses a missing one', () => {
    expect(routePath(ROUTES.activationCode, { collection: 'operators', id: 'abc 1' })).toBe(
      '/api/petugas/akun-desa/operators/abc%201/kode-aktivasi',
    );
    expect(() => routePath(ROUTES.activationCode, { collection: 'operators' })).toThrow('parameter "id" is missing');
    expect(routePath(ROUTES.workQueue)).toBe('/api/petugas/antrean');
  });

  it('names rate-limit rules as PocketBase matches them: method, space, path', () => {
    expect(rateLimitLabel(ROUTES.surveyAtCounter)).toBe('POST /api/layanan/survei/loket');
  });
});

describe('the check of the hooks against the table', () => {
  it('passes when every route is registered once through the table', () => {
    expect(routeProblems(allRegistered(), [])).toEqual([]);
  });

  it('fails for a route registered with a path of its own', () => {
    const hooks = allRegistered();
    hooks.push({
      path: 'pocketbase/pb_hooks/new.pb.js',
      text: "// @ts-check\nrouterAdd('GET', '/api/baru', (e) => e.noContent(204));\n",
    });
    expect(routeProblems(hooks, [])).toEqual([
      `pocketbase/pb_hooks/new.pb.js:2: routerAdd must name its route from the table: routerAdd(...require(\`\${__hooks}/lib/http.js\`).route('…'), …)`,
    ]);
  });

  it('fails for a route the table does not have, and for a route of the table nobody registers', () => {
    const hooks = allRegistered();
    hooks[0]!.text = hooks[0]!.text.replace("route('dailySummary')", "route('dailySummry')");
    expect(routeProblems(hooks, [])).toEqual([
      `pocketbase/pb_hooks/all.pb.js:${lineOf('dailySummary')}: route 'dailySummry' is not in src/domain/routes.ts`,
      "route 'dailySummary' of src/domain/routes.ts is registered by no hook",
    ]);
  });

  it('fails for a route registered twice', () => {
    const hooks = [...allRegistered(), { path: 'pocketbase/pb_hooks/again.pb.js', text: register('signOut') }];
    expect(routeProblems(hooks, [])).toEqual([
      `route 'signOut' is registered more than once: pocketbase/pb_hooks/all.pb.js:${lineOf('signOut')}, pocketbase/pb_hooks/again.pb.js:1`,
    ]);
  });

  it('fails for code that spells a route instead of taking it from the table, with or without the slash, parameters or query', () => {
    const island: SourceFile = {
      path: 'src/islands/Example.tsx',
      text: [
        '// GET /api/petugas/ringkasan is named in a comment: that is for the reader.',
        "fetch(apiUrl('api/petugas/ringkasan'));",
        `pb.send(\`/api/petugas/akun-desa/\${kind}/\${id}/kode-aktivasi\`);`,
        `fetch(apiUrl(\`api/pengaduan/terbuka?halaman=\${page}\`));`,
        "const label = 'POST /api/layanan/survei';",
        "fetch(apiUrl('api/collections/proposals/records'));",
      ].join('\n'),
    };
    expect(routeProblems(allRegistered(), [island])).toEqual([
      'src/islands/Example.tsx: "api/petugas/ringkasan" spells route \'dailySummary\': take it from src/domain/routes.ts',
      `src/islands/Example.tsx: "/api/petugas/akun-desa/\${kind}/\${id}/kode-aktivasi" spells route 'activationCode': take it from src/domain/routes.ts`,
      `src/islands/Example.tsx: "api/pengaduan/terbuka?halaman=\${page}" spells route 'publishedAnswers': take it from src/domain/routes.ts`,
      'src/islands/Example.tsx: "POST /api/layanan/survei" spells route \'surveyWithNumber\': take it from src/domain/routes.ts',
    ]);
  });

  it('finds nothing wrong in the tree as it is (what `npm run check` runs)', () => {
    const output = execFileSync('node', ['scripts/check-routes.ts'], { encoding: 'utf8' });
    expect(output).toBe('');
    // And the hooks do register through the table: every route's name stands in some hook file.
    const hookFiles = execFileSync('git', ['ls-files', 'pocketbase/pb_hooks/*.pb.js'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const hooks = hookFiles.map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const name of Object.keys(ROUTES)) expect(hooks, name).toContain(`.route('${name}')`);
  });
});
