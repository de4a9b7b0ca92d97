// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';

// The public address the site is served from: canonical URLs, JSON-LD and QR codes use it.
const site = process.env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:8090';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [solid()],
  outDir: process.env.LAYANAN_OUT_DIR ?? './dist',
  // Tests build copies of the project side by side; each keeps its own content cache.
  cacheDir: process.env.LAYANAN_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
});
