// Holds the hooks' route registrations against the route table (src/domain/routes.ts): every
// routerAdd names its route through the table — `routerAdd(...require(`${__hooks}/lib/http.js`).route('name'), …)` —
// every route of the table is registered exactly once, and no code outside the table spells a
// route's path. scripts/check-routes.ts runs it over the tree for `npm run check`.
import { ROUTES, type RouteName } from '../src/domain/routes.ts';

export interface SourceFile {
  path: string;
  text: string;
}

const REGISTRATION = /routerAdd\(\s*\.\.\.require\(`\$\{__hooks\}\/lib\/http\.js`\)\.route\('(\w+)'\)/y;

/** Where a route's path stands in a string: `/api/x/{id}` as '/api/x/' + id, `api/x?y=1`, "POST /api/x". */
function pathPattern(path: string): RegExp {
  const parts = path
    .replace(/^\//, '')
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:(?:GET|POST) )?/?${parts.join('(?:\\$\\{[^}]+\\}|[^/]+)')}(?:\\?.*)?$`);
}

const ROUTE_PATTERNS = (Object.entries(ROUTES) as [RouteName, { path: string }][])
  .filter(([name]) => name !== 'site')
  .map(([name, route]) => ({ name, pattern: pathPattern(route.path) }));

/** The string literals of a source file, comments left out (a comment may name a route for its reader). */
function stringLiterals(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\'"`])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

/**
 * What is wrong with the registrations in these hook files and with the path literals in these
 * source files, one message each; none when they agree with the table.
 */
export function routeProblems(hookFiles: SourceFile[], sourceFiles: SourceFile[]): string[] {
  const problems: string[] = [];
  const registered = new Map<string, string[]>();
  for (const file of hookFiles) {
    for (const call of file.text.matchAll(/routerAdd\(/g)) {
      const line = file.text.slice(0, call.index).split('\n').length;
      REGISTRATION.lastIndex = call.index;
      const named = REGISTRATION.exec(file.text);
      if (!named) {
        problems.push(
          `${file.path}:${line}: routerAdd must name its route from the table: routerAdd(...require(\`\${__hooks}/lib/http.js\`).route('…'), …)`,
        );
        continue;
      }
      const name = named[1]!;
      if (!(name in ROUTES)) problems.push(`${file.path}:${line}: route '${name}' is not in src/domain/routes.ts`);
      registered.set(name, [...(registered.get(name) ?? []), `${file.path}:${line}`]);
    }
  }
  for (const name of Object.keys(ROUTES)) {
    const places = registered.get(name) ?? [];
    if (places.length === 0) problems.push(`route '${name}' of src/domain/routes.ts is registered by no hook`);
    if (places.length > 1) problems.push(`route '${name}' is registered more than once: ${places.join(', ')}`);
  }
  for (const file of sourceFiles) {
    for (const literal of stringLiterals(file.text)) {
      const route = ROUTE_PATTERNS.find(({ pattern }) => pattern.test(literal));
      if (route)
        problems.push(`${file.path}: "${literal}" spells route '${route.name}': take it from src/domain/routes.ts`);
    }
  }
  return problems;
}
