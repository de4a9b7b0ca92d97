import { For, Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { searchSite, type SearchHit } from '../lib/site-search';

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'results'; term: string; hits: SearchHit[]; savedOnly: boolean }
  | { kind: 'unavailable' };

/**
 * Search as you type. Without JavaScript the same form submits to /cari/, which then points to
 * the list of all services.
 */
export default function SiteSearch(props: { autofocus?: boolean }) {
  const [term, setTerm] = createSignal('');
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function run(query: string) {
    const trimmed = query.trim();
    if (trimmed.length < 2) return setState({ kind: 'idle' });
    const ticket = ++latest;
    setState({ kind: 'searching' });
    try {
      const found = await searchSite(trimmed);
      if (ticket === latest) setState({ kind: 'results', term: trimmed, ...found });
    } catch {
      if (ticket === latest) setState({ kind: 'unavailable' });
    }
  }

  function onInput(value: string) {
    setTerm(value);
    clearTimeout(timer);
    timer = setTimeout(() => run(value), 200);
  }
  onCleanup(() => clearTimeout(timer));

  onMount(() => {
    const fromUrl = new URLSearchParams(location.search).get('q');
    if (fromUrl) {
      setTerm(fromUrl);
      void run(fromUrl);
    }
  });

  return (
    <div class="site-search">
      <form
        role="search"
        action="/cari/"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          clearTimeout(timer);
          void run(term());
        }}
      >
        <label for="kata-kunci">Cari layanan</label>
        <p class="hint" id="kata-kunci-petunjuk">Ketik kebutuhan Anda, misalnya "KTP", "bansos", "bencana" atau "anak terlantar".</p>
        <div class="search-row">
          <input
            id="kata-kunci"
            name="q"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="kata-kunci-petunjuk"
            value={term()}
            autofocus={props.autofocus}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <button class="button" type="submit">Cari</button>
        </div>
      </form>
      <div aria-live="polite" class="search-results">
        <Switch>
          <Match when={state().kind === 'searching'}>
            <p class="hint">Mencari…</p>
          </Match>
          <Match when={state().kind === 'unavailable'}>
            <p class="callout">
              Pencarian tidak dapat dimuat. Periksa koneksi internet Anda, atau lihat <a href="/layanan/">daftar semua layanan</a>. Tanpa sinyal, pencarian mencakup kantor
              yang sudah disimpan di perangkat ini.
            </p>
          </Match>
          <Match when={state().kind === 'results' && (state() as Extract<State, { kind: 'results' }>)}>
            {(found) => (
              <>
              <Show when={found().savedOnly}>
                <p class="hint">Tanpa sinyal: hasil dari kantor yang tersimpan di perangkat ini.</p>
              </Show>
              <Switch>
                <Match when={found().hits.length === 0}>
                  <p>
                    Tidak ada layanan yang cocok dengan "{found().term}". Coba kata lain, misalnya "KTP" atau "bencana", atau lihat{' '}
                    <a href="/layanan/">daftar semua layanan</a>.
                  </p>
                </Match>
                <Match when={found().hits.length > 0}>
                  <p class="hint">
                    {found().hits.length} hasil untuk "{found().term}"
                  </p>
                  <ol class="card-list">
                    <For each={found().hits}>
                      {(hit) => (
                        <li class="card">
                          <h3>
                            <a href={hit.url}>{hit.title}</a>
                          </h3>
                          <p class="meta">{hit.office}</p>
                          <p class="excerpt" innerHTML={hit.excerpt} />
                        </li>
                      )}
                    </For>
                  </ol>
                </Match>
              </Switch>
              </>
            )}
          </Match>
        </Switch>
      </div>
    </div>
  );
}
