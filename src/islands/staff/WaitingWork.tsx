import { Show, createResource } from 'solid-js';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, routeUrl } from '../../lib/api-address';
import type { WaitingWork as Waiting } from '../../domain/daily-summary';

/**
 * Where a petugas lands (the counter's form): how many online applications wait for their documents
 * to be checked and complaints to be verified, each with the way to its list. Counted anew each
 * time the tab is opened.
 */
export default function WaitingWork(props: { open: (tab: 'antrean' | 'pengaduan') => void }) {
  const [waiting] = createResource(async () => {
    const response = await fetch(routeUrl(ROUTES.waitingWork), {
      headers: { Authorization: pocketbase().authStore.token },
    });
    return response.ok ? ((await response.json()) as Waiting) : undefined;
  });
  return (
    <Show when={waiting()}>
      {(counted) => (
        <Show
          when={counted().applications + counted().complaints > 0}
          fallback={<p class="meta">Tidak ada permohonan online atau pengaduan yang menunggu diperiksa.</p>}
        >
          <div class="callout waiting-work">
            <p>
              <strong>Menunggu diperiksa:</strong>
            </p>
            <ul class="plain-list">
              <Show when={counted().applications > 0}>
                <li>
                  {counted().applications} permohonan online menunggu pemeriksaan dokumen.{' '}
                  <button type="button" class="link-button" onClick={() => props.open('antrean')}>
                    Buka antrean
                  </button>
                </li>
              </Show>
              <Show when={counted().complaints > 0}>
                <li>
                  {counted().complaints} pengaduan menunggu verifikasi.{' '}
                  <button type="button" class="link-button" onClick={() => props.open('pengaduan')}>
                    Buka kotak masuk
                  </button>
                </li>
              </Show>
            </ul>
          </div>
        </Show>
      )}
    </Show>
  );
}
