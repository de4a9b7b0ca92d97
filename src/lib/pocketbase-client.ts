import PocketBase from 'pocketbase';

/** The backend's address; the site and PocketBase share one origin unless configured otherwise. */
export const POCKETBASE_URL: string = import.meta.env.PUBLIC_POCKETBASE_URL || '/';

let client: PocketBase | undefined;

/** One SDK client per page, so every island shares the staff session (kept in localStorage). */
export function pocketbase(): PocketBase {
  client ??= new PocketBase(POCKETBASE_URL);
  return client;
}
