import { For, Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { searchSite, type KabupatenChoice, type SearchHit } from '../lib/site-search';
import {
  abbreviationsOf,
  answeredPagesFirst,
  answersFor,
  loadGlossary,
  type GlossaryAnswer,
} from '../lib/glossary-search';
import { rememberedKabupatenHome } from '../lib/kabupaten-choice';
import { GLOSSARY_JSON_PATH, GLOSSARY_PATH } from '../lib/paths';
import type { RoomKind } from '../lib/room';

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'results'; term: string; hits: SearchHit[]; savedOnly: boolean; answers: GlossaryAnswer[] }
  | { kind: 'unavailable' };

interface Props {
  autofocus?: boolean;
  /** Every kabupaten the build serves. */
  kabupaten: KabupatenChoice[];
  /** The kabupaten whose page the search is on; elsewhere, the one remembered on the device. */
  here?: string;
}

/** The query as it stands in the address, so Back returns to the same results. */
function keepInAddress(term: string) {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

/**
 * Search as you type. Results say whose kabupaten they belong to; the resident's own come first,
 * and a match only another kabupaten offers says so and points to their own office. Without
 * JavaScript the same form submits to /cari/, which then points to the list of all services.
 */
const HINT = 'Ketik kebutuhan Anda, misalnya "KTP", "bansos", "bencana" atau "anak terlantar".';
/** What the hint adds once the resident's kabupaten is known. */
const residentFirst = (name: string) => ` Layanan ${name} ditampilkan lebih dulu.`;

/** The room of the hint (src/lib/room.ts), written by the page: alone, or with any kabupaten's sentence. */
export const searchHintRoom = (kabupaten: KabupatenChoice[]): RoomKind => ({
  name: 'hint',
  texts: [HINT, ...kabupaten.map((one) => HINT + residentFirst(one.name))],
});

export default function SiteSearch(props: Props) {
  const [term, setTerm] = createSignal('');
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  const [residentCode, setResidentCode] = createSignal(
    props.here ?? (props.kabupaten.length === 1 ? props.kabupaten[0]!.code : undefined),
  );
  const resident = () => props.kabupaten.find((kabupaten) => kabupaten.code === residentCode());
  const kabupatenName = (code: string | undefined) =>
    props.kabupaten.find((kabupaten) => kabupaten.code === code)?.name;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function run(query: string) {
    const trimmed = query.trim();
    keepInAddress(trimmed.length < 2 ? '' : trimmed);
    if (trimmed.length < 2) return setState({ kind: 'idle' });
    const ticket = ++latest;
    setState({ kind: 'searching' });
    try {
      const glossary = await loadGlossary(GLOSSARY_JSON_PATH);
      const found = await searchSite(trimmed, abbreviationsOf(glossary));
      const answers = answersFor(trimmed, glossary);
      if (ticket === latest)
        setState({ kind: 'results', term: trimmed, ...found, hits: answeredPagesFirst(found.hits, answers), answers });
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
    if (!residentCode()) {
      const home = rememberedKabupatenHome();
      setResidentCode(props.kabupaten.find((kabupaten) => kabupaten.home === home)?.code);
    }
    const fromUrl = new URLSearchParams(location.search).get('q');
    if (fromUrl) {
      setTerm(fromUrl);
      void run(fromUrl);
    }
  });

  const HitCard = (hitProps: { hit: SearchHit }) => (
    <li class="card">
      <h3>
        <a href={hitProps.hit.url}>{hitProps.hit.title}</a>
      </h3>
      <p class="meta">
        <Show when={kabupatenName(hitProps.hit.kabupaten)}>{(name) => <>Untuk warga {name()} · </>}</Show>
        {hitProps.hit.office}
      </p>
      <p class="excerpt" innerHTML={hitProps.hit.excerpt} />
    </li>
  );

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
        {/* In its room (searchHintRoom; the class as roomClass('hint') in src/lib/room.ts writes it, which imported
            would be a script of its own shared with the boards): a kabupaten remembered on this device adds its sentence. */}
        <p class="hint room room-hint" id="kata-kunci-petunjuk">
          <span>
            {HINT}
            <Show when={resident()}>{(own) => residentFirst(own().name)}</Show>
          </span>
        </p>
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
          <button class="button" type="submit">
            Cari
          </button>
        </div>
      </form>
      <div aria-live="polite" class="search-results">
        <Switch>
          <Match when={state().kind === 'searching'}>
            <p class="hint">Mencari…</p>
          </Match>
          <Match when={state().kind === 'unavailable'}>
            <p class="callout">
              Pencarian tidak dapat dimuat. Periksa koneksi internet Anda, atau lihat{' '}
              <a href="/layanan/">daftar semua layanan</a>. Tanpa sinyal, pencarian mencakup kantor yang sudah disimpan
              di perangkat ini.
            </p>
          </Match>
          <Match when={state().kind === 'results' && (state() as Extract<State, { kind: 'results' }>)}>
            {(found) => {
              const own = () => found().hits.filter((hit) => !resident() || hit.kabupaten === resident()!.code);
              const elsewhere = () => found().hits.filter((hit) => resident() && hit.kabupaten !== resident()!.code);
              return (
                <>
                  <Show when={found().savedOnly}>
                    <p class="hint">Tanpa sinyal: hasil dari kantor yang tersimpan di perangkat ini.</p>
                  </Show>
                  <For each={found().answers}>
                    {(answer) => (
                      <section class="card search-answer" aria-labelledby={`arti-${answer.id}`}>
                        <h3 id={`arti-${answer.id}`}>
                          Arti: {answer.term}
                          <Show when={answer.expansion}> ({answer.expansion})</Show>
                        </h3>
                        <p>{answer.meaning}</p>
                        <Show when={answer.where}>
                          <p>{answer.where}</p>
                        </Show>
                        <Show when={answer.links.length > 0}>
                          <ul>
                            <For each={answer.links}>
                              {(link) => (
                                <li>
                                  <a href={link.href}>{link.title}</a>
                                  <Show when={props.kabupaten.length > 1 && link.kabupaten}> ({link.kabupaten})</Show>
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                        <p class="meta">
                          Penjelasan dari situs ini · <a href={`${GLOSSARY_PATH}#${answer.id}`}>Daftar istilah</a>
                        </p>
                      </section>
                    )}
                  </For>
                  <Switch>
                    <Match when={found().hits.length === 0 && found().answers.length === 0}>
                      <p>
                        Tidak ada layanan yang cocok dengan "{found().term}". Coba kata lain, misalnya "KTP" atau
                        "bencana", atau lihat <a href="/layanan/">daftar semua layanan</a>.
                      </p>
                    </Match>
                    <Match when={found().hits.length > 0}>
                      <p class="hint">
                        {found().hits.length} hasil untuk "{found().term}"
                      </p>
                      <Show when={own().length === 0 && resident()}>
                        {(kabupaten) => (
                          <p>
                            Tidak ada layanan untuk warga {kabupaten().name} yang cocok dengan "{found().term}".
                          </p>
                        )}
                      </Show>
                      <ol class="card-list">
                        <For each={own()}>{(hit) => <HitCard hit={hit} />}</For>
                      </ol>
                      <Show when={elsewhere().length > 0 && resident()}>
                        {(kabupaten) => (
                          <section class="search-elsewhere" aria-labelledby="hasil-lain-judul">
                            <h3 id="hasil-lain-judul">Di kabupaten lain — hanya untuk warga kabupaten itu</h3>
                            <p class="callout">
                              Warga {kabupaten().name}: tanyakan layanan serupa ke{' '}
                              <a href={kabupaten().office.href}>{kabupaten().office.name}</a>
                              <Show when={kabupaten().office.reach}>
                                {(reach) => (
                                  <>
                                    {' '}
                                    ({reach().label} <a href={reach().href}>{reach().value}</a>)
                                  </>
                                )}
                              </Show>
                              .
                            </p>
                            <ol class="card-list">
                              <For each={elsewhere()}>{(hit) => <HitCard hit={hit} />}</For>
                            </ol>
                          </section>
                        )}
                      </Show>
                    </Match>
                  </Switch>
                </>
              );
            }}
          </Match>
        </Switch>
      </div>
    </div>
  );
}
