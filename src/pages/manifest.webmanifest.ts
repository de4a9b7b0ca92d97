import type { APIRoute } from 'astro';
import { APP_ICONS, BACKGROUND_COLOR, THEME_COLOR } from '../lib/app-icons';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: 'Layanan Sosial — Dinas Sosial P3A',
      short_name: 'Layanan Sosial',
      description:
        'Persyaratan, prosedur, waktu dan biaya layanan Dinas Sosial; cek status permohonan. Bisa dibuka tanpa sinyal.',
      lang: 'id',
      dir: 'ltr',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['government', 'utilities'],
      icons: APP_ICONS.map((icon) => ({
        src: icon.src,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
