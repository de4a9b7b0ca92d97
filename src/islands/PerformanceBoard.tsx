import { For, Show, createSignal, onMount } from 'solid-js';
import type { PerformanceReport } from '../domain/performance';
import { ROUTES, routeUrl } from '../lib/api-address';
import { keep, readKept } from '../lib/kept-on-device';
import { formatDateTime } from '../lib/dates';
import { servicePath } from '../lib/paths';
import { complaintsText, sampleText, satisfactionHeadline, timelinessText } from '../lib/figures';

interface Fetched {
  report: PerformanceReport;
  fetchedAt: string;
}

const CACHE_PREFIX = 'kinerja:';
/** The period shown when none was chosen: the server's current semester. */
const LATEST = 'terbaru';

/**
 * The public performance of every office per service (/kinerja/): satisfaction index with its
 * sample, the share finished within the promised time, complaints once they exist. Live from an
 * aggregate-only route; the last copy is kept on the device and shown offline with its date.
 */
export default function PerformanceBoard() {
  const [shown, setShown] = createSignal<Fetched>();
  const [stale, setStale] = createSignal(false);
  const [loading, setLoading] = createSignal(false);

  async function load(chosen: string) {
    // The last report fetched per period: the page reads the same offline, saying when it was fetched.
    const saved = readKept<Fetched>(CACHE_PREFIX + chosen);
    if (saved) setShown(saved);
    setLoading(true);
    try {
      const response = await fetch(
        routeUrl(ROUTES.performanceFeed, { query: { periode: chosen === LATEST ? '' : chosen } }),
        { headers: { Accept: 'application/json' } },
      );
      if (!response.ok) throw new Error(String(response.status));
      const fetched = { report: (await response.json()) as PerformanceReport, fetchedAt: new Date().toISOString() };
      keep(CACHE_PREFIX + chosen, fetched);
      setShown(fetched);
      setStale(false);
    } catch {
      setStale(true);
    } finally {
      setLoading(false);
    }
  }

  onMount(() => void load(LATEST));

  return (
    <div class="performance" aria-busy={loading()}>
      <Show
        when={shown()}
        fallback={
          <p class="hint">
            {stale()
              ? 'Data kinerja tidak dapat dimuat: periksa sambungan internet, lalu muat ulang halaman.'
              : 'Memuat data kinerja…'}
          </p>
        }
      >
        {(fetched) => (
          <>
            <div class="field">
              <label for="kinerja-periode">Periode</label>
              <select id="kinerja-periode" onChange={(event) => void load(event.currentTarget.value)}>
                <For each={fetched().report.periods}>
                  {(option) => (
                    <option value={option.id} selected={option.id === fetched().report.period.id}>
                      {option.label}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <p class="meta" role="status">
              {stale() ? 'Tidak dapat terhubung ke server. Ini data yang tersimpan di perangkat ini, ' : 'Data '}diambil
              pada {formatDateTime(fetched().fetchedAt)}.
            </p>
            <For each={fetched().report.offices}>
              {(office) => (
                <section class="performance-office" aria-labelledby={`kantor-${office.slug}`}>
                  <h2 id={`kantor-${office.slug}`}>{office.name}</h2>
                  <p>
                    <strong>Indeks Kepuasan Masyarakat kantor: {satisfactionHeadline(office.satisfaction)}</strong> —{' '}
                    {sampleText(office.satisfaction)}.
                  </p>
                  <p>Pengaduan, konsultasi dan saran ke kantor ini: {complaintsText(office.complaints)}.</p>
                  <ul class="card-list">
                    <For each={office.services}>
                      {(service) => (
                        <li class="card" data-layanan={service.slug}>
                          <h3>
                            <a href={servicePath(service.slug)}>{service.title}</a>
                          </h3>
                          <dl class="summary-list">
                            <div>
                              <dt>Kepuasan (IKM)</dt>
                              <dd>
                                <strong>{satisfactionHeadline(service.satisfaction)}</strong>
                                <br />
                                {sampleText(service.satisfaction)}
                              </dd>
                            </div>
                            <div>
                              <dt>Selesai dalam waktu standar</dt>
                              <dd>{timelinessText(service.timeliness)}</dd>
                            </div>
                            <div>
                              <dt>Pengaduan, konsultasi dan saran</dt>
                              <dd>{complaintsText(service.complaints)}</dd>
                            </div>
                          </dl>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              )}
            </For>
          </>
        )}
      </Show>
    </div>
  );
}
