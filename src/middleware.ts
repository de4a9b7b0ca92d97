// Every HTML page passes through the glossary on its way out (at build time, as pages are
// prerendered): the first use of each term gets its plain explanation (src/lib/glossary.ts). The
// style rule Astro writes for islands moves to the <head> (src/lib/island-styles.ts).
import { defineMiddleware } from 'astro:middleware';
import { compileGlossary, glossHtml } from './lib/glossary';
import { hoistIslandStyles } from './lib/island-styles';
import { listGlossary } from './lib/catalogue';

let matchers: Promise<ReturnType<typeof compileGlossary>> | undefined;

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  matchers ??= listGlossary().then(compileGlossary);
  return new Response(hoistIslandStyles(glossHtml(await response.text(), await matchers)), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
