// Where the islands find the API, without loading the PocketBase SDK (pages that only post a form
// need not pay for it). Routes are named by the route table (src/domain/routes.ts), which islands
// take from here: one small script with the addresses rather than one more file to load.
import { routePath, type RequestOf, type Route } from '../domain/routes';

export { ROUTES, routePath } from '../domain/routes';

/** The backend's address; the site and PocketBase share one origin unless configured otherwise. */
export const POCKETBASE_URL: string = import.meta.env.PUBLIC_POCKETBASE_URL || '/';

/** An API address on the backend's origin, for requests made without the SDK (uploads, downloads, forms). */
export function apiUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), new URL(POCKETBASE_URL, location.href)).href;
}

/** The address of a route, its path parameters filled in and the query parameters given (empty ones left out). */
export function routeUrl<R extends Route>(
  route: R,
  options: { params?: Record<string, string>; query?: Partial<RequestOf<R>> } = {},
): string {
  const url = new URL(apiUrl(routePath(route, options.params)));
  for (const [name, value] of Object.entries(options.query ?? {}))
    if (typeof value === 'string' && value !== '') url.searchParams.set(name, value);
  return url.href;
}
