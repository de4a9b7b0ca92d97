// Where the islands find the API, without loading the PocketBase SDK (pages that only post a form
// need not pay for it).

/** The backend's address; the site and PocketBase share one origin unless configured otherwise. */
export const POCKETBASE_URL: string = import.meta.env.PUBLIC_POCKETBASE_URL || '/';

/** An API address on the backend's origin, for requests made without the SDK (uploads, downloads, forms). */
export function apiUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), new URL(POCKETBASE_URL, location.href)).href;
}
