import { For, Show, createSignal, onMount } from 'solid-js';
import type { OfficePerformance, PerformanceReport } from '../domain/performance';
import { ROUTES, routeUrl } from '../lib/api-address';
import { keep, readKept } from '../lib/kept-on-device';
import { Figure, FiguresStatus } from '../lib/live-figures';
import { BOARD_FIGURES_NAMES } from '../lib/figures-status';
import type { FigureRoom } from '../lib/figure-rooms';
import { servicePath } from '../lib/paths';
import { complaintsText, sampleText, satisfactionHeadline, timelinessText } from '../lib/figures';

interface Fetched {
  report: PerformanceReport;
  fetchedAt: string;
}

/**
 * What the board shows of an office. Before its report arrives, the page gives the offices and
 * services the build knows with the figures of a period without any (src/pages/kinerja.astro).
 */
export type ShownOffice = Omit<OfficePerformance, 'shortName' | 'services'> & {
  services: Omit<OfficePerformance['services'][number], 'url'>[];
};

const CACHE_PREFIX = 'kinerja:';
/** The period shown when none was chosen: the server's current semester. */
const LATEST = 'terbaru';

/**
 * The public performance of every office per service (/kinerja/): satisfaction index with its
 * sample, the share finished within the promised time, complaints once they exist. Live from an
 * aggregate-only route; the last copy is kept on the device and shown offline with its date. Until
 * the figures arrive the board shows the offices and services the build knows (`withoutFigures`),
 * each figure as a grey line where its text will be, in a box with the room of the texts it can take
 * (FIGURE_ROOMS in src/lib/figure-rooms.ts), so nothing on the page moves when they come, nor when they cannot.
 */
export default function PerformanceBoard(props: { withoutFiguresJson: string }) {
  // As JSON text, read once into plain data: Astro hands an island its props in a Solid store, every nested
  // read a proxy (docs/performance.md, "Lighthouse"), and the board reads every office and service.
  const withoutFigures = JSON.parse(props.withoutFiguresJson) as ShownOffice[];
  const [shown, setShown] = createSignal<Fetched>();
  const [stale, setStale] = createSignal(false);
  const [loading, setLoading] = createSignal(true);

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

  onMount(() => {
    void load(LATEST);
  });

  const offices = (): ShownOffice[] => shown()?.report.offices ?? withoutFigures;
  const figure = (text: string, room: FigureRoom) => <Figure arrived={shown() !== undefined} text={text} room={room} />;
  /** An index with its sample: the service's, or the office's. */
  const satisfaction = (figures: ShownOffice['satisfaction']) => (
    <>
      <strong>{figure(satisfactionHeadline(figures), 'satisfactionHeadline')}</strong>
      {figure(sampleText(figures), 'sample')}
    </>
  );

  return (
    <div class="performance" aria-busy={loading()}>
      <div class="field">
        <label for="kinerja-periode">Periode</label>
        <select id="kinerja-periode" disabled={!shown()} onChange={(event) => void load(event.currentTarget.value)}>
          <Show when={shown()} fallback={<option value={LATEST}>Memuat…</option>}>
            {(fetched) => (
              <For each={fetched().report.periods}>
                {(option) => (
                  <option value={option.id} selected={option.id === fetched().report.period.id}>
                    {option.label}
                  </option>
                )}
              </For>
            )}
          </Show>
        </select>
      </div>
      <FiguresStatus names={BOARD_FIGURES_NAMES.performance} fetchedAt={shown()?.fetchedAt} stale={stale()} />
      <For each={offices()}>
        {(office) => (
          <section class="performance-office" aria-labelledby={`kantor-${office.slug}`}>
            <h2 id={`kantor-${office.slug}`}>{office.name}</h2>
            <dl class="summary-list">
              <div>
                <dt>Indeks Kepuasan Masyarakat kantor</dt>
                <dd>{satisfaction(office.satisfaction)}</dd>
              </div>
              <div>
                <dt>Pengaduan, konsultasi dan saran ke kantor ini</dt>
                <dd>{figure(complaintsText(office.complaints), 'complaints')}</dd>
              </div>
            </dl>
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
                        <dd>{satisfaction(service.satisfaction)}</dd>
                      </div>
                      <div>
                        <dt>Selesai dalam waktu standar</dt>
                        <dd>{figure(timelinessText(service.timeliness), 'timeliness')}</dd>
                      </div>
                      <div>
                        <dt>Pengaduan, konsultasi dan saran</dt>
                        <dd>{figure(complaintsText(service.complaints), 'complaints')}</dd>
                      </div>
                    </dl>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}
