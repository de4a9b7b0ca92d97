// What scripts/build-pwa.ts defines for the worker, as Astro does for the islands: the API's address
// (src/lib/api-address.ts), where a watched number is looked up.
interface ImportMeta {
  readonly env: { readonly PUBLIC_POCKETBASE_URL?: string };
}
