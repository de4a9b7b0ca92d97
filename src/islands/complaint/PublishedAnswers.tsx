import { For, Show, createResource, createSignal, onMount } from 'solid-js';
import { COMPLAINT_KINDS } from '../../domain/kinds-of-complaints';
import type { AnswerOf } from '../../domain/routes';
import { ROUTES, routeUrl } from '../../lib/api-address';
import { formatLongDate } from '../../lib/dates';

type Page = AnswerOf<typeof ROUTES.publishedAnswers>;

async function loadPage(page: number): Promise<Page> {
  const response = await fetch(routeUrl(ROUTES.publishedAnswers, { query: { halaman: String(page) } }));
  if (!response.ok) throw new Error(`Server menjawab ${response.status}`);
  return response.json();
}

/**
 * The office's published answers (pb_hooks/complaints.pb.js), twenty at a time. Its box is a
 * screen high (global.css) and last on the page, so the answers grow it below the first screen and
 * nothing in view moves when they come.
 */
export default function PublishedAnswers() {
  // No page until mounted: the build prerenders this island, and a fetch there would fail and be
  // written into the page as its state (the page's address is only known in the browser).
  const [page, setPage] = createSignal<number>();
  onMount(() => setPage(1));
  const [answers] = createResource(page, loadPage);
  const shown = () => page() ?? 1;
  // Read only once loaded: reading a resource still loading suspends the island (Astro hydrates it
  // in a Suspense boundary), which would take its "Memuat" line away until the answers came.
  const loadedPage = () => (answers.state === 'ready' || answers.state === 'refreshing' ? answers.latest : undefined);
  return (
    <div class="published-answers" aria-live="polite">
      <Show
        when={!answers.error}
        fallback={<p class="callout">Daftar jawaban tidak dapat dimuat. Periksa sinyal, lalu muat ulang halaman.</p>}
      >
        <Show when={loadedPage()} fallback={<p class="hint">Memuat jawaban…</p>}>
          {(loaded) => (
            <>
              <Show when={loaded().items.length > 0} fallback={<p>Belum ada jawaban yang ditampilkan.</p>}>
                <ol class="answer-list">
                  <For each={loaded().items}>
                    {(item) => (
                      <li>
                        <p class="meta">
                          {COMPLAINT_KINDS[item.kind].label} · {item.agency}
                          {item.service && ` · ${item.service}`}
                        </p>
                        <For each={item.answers}>{(answer) => <p>{answer}</p>}</For>
                        <p class="meta">
                          Diterima {formatLongDate(new Date(item.receivedOn))}, dijawab{' '}
                          {formatLongDate(new Date(item.answeredOn))} —{' '}
                          {item.withinDeadline ? 'dalam batas waktu' : 'melewati batas waktu'}.
                        </p>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <Show when={shown() > 1 || loaded().more}>
                <p class="form-actions">
                  <Show when={shown() > 1}>
                    <button type="button" class="button secondary" onClick={() => setPage(shown() - 1)}>
                      Lebih baru
                    </button>{' '}
                  </Show>
                  <Show when={loaded().more}>
                    <button type="button" class="button secondary" onClick={() => setPage(shown() + 1)}>
                      Lebih lama
                    </button>
                  </Show>
                </p>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
