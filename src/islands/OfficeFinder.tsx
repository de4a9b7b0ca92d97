import { For, Show, createResource, createSignal, onMount } from 'solid-js';
import ErrorSummary, { type FieldError } from './ErrorSummary';
import { focusMap } from '../lib/map-focus';
import {
  describeRoute,
  routeForKecamatan,
  villageOfficeAnswer,
  type KecamatanSummary,
  type RouteAnswer,
  type RoutedPoint,
  type VillageService,
} from '../lib/service-routing';

interface Village {
  code: string;
  name: string;
  type: 'desa' | 'kelurahan';
  kecamatan: string;
  lat: number;
  lon: number;
}

interface Props {
  kecamatan: (KecamatanSummary & { centroid: [number, number] })[];
  points: RoutedPoint[];
  villagesUrl: string;
  kabupaten: string;
  /** Services done first at the resident's own village office (Pengusulan DTKS). */
  villageServices: VillageService[];
}

/** "Kantor mana yang melayani desa saya?": choose a kecamatan (and desa), get which office serves what, and the Lambung Sosial route. */
export default function OfficeFinder(props: Props) {
  const [kecamatanCode, setKecamatanCode] = createSignal('');
  const [villageCode, setVillageCode] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [answer, setAnswer] = createSignal<RouteAnswer & { village: ReturnType<typeof villageOfficeAnswer> }>();
  // Server-rendered disabled: without JavaScript the form cannot answer (the table below does).
  const [ready, setReady] = createSignal(false);
  onMount(() => setReady(true));
  const [villages] = createResource(
    () => kecamatanCode() || false,
    async () =>
      (await fetch(props.villagesUrl).then((response) =>
        response.ok ? response.json() : Promise.reject(response.status),
      )) as Village[],
  );
  const villagesOfKecamatan = () => (villages() ?? []).filter((village) => village.kecamatan === kecamatanCode());

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const kecamatan = props.kecamatan.find((candidate) => candidate.code === kecamatanCode());
    if (!kecamatan) {
      setErrors([{ fieldId: 'pilih-kecamatan', message: 'Pilih kecamatan tempat desa Anda berada.' }]);
      return;
    }
    setErrors([]);
    const village = villagesOfKecamatan().find((candidate) => candidate.code === villageCode());
    const area = `Kecamatan ${kecamatan.name}, ${props.kabupaten},`;
    const place = village
      ? `${village.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village.name}, ${area}`
      : `Setiap desa/kelurahan di ${area}`;
    setAnswer({
      ...describeRoute(place, kecamatan, routeForKecamatan(kecamatan, props.points)),
      village: villageOfficeAnswer(village, props.villageServices),
    });
    if (village) focusMap({ lat: village.lat, lon: village.lon, zoom: 14, label: village.name });
    else
      focusMap({ lat: kecamatan.centroid[0], lon: kecamatan.centroid[1], zoom: 12, label: `Kec. ${kecamatan.name}` });
  }

  return (
    <div>
      <ErrorSummary errors={errors()} />
      <form onSubmit={submit} novalidate>
        <fieldset disabled={!ready()}>
          <div class="field">
            <label for="pilih-kecamatan">Kecamatan</label>
            <select
              id="pilih-kecamatan"
              onChange={(event) => {
                setKecamatanCode(event.currentTarget.value);
                setVillageCode('');
              }}
            >
              <option value="">— Pilih kecamatan —</option>
              {/* The choice marks its option (`selected`): a <select> has no value attribute in HTML. */}
              <For each={props.kecamatan}>
                {(kecamatan) => (
                  <option value={kecamatan.code} selected={kecamatan.code === kecamatanCode()}>
                    {kecamatan.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label for="pilih-desa">Desa/kelurahan (boleh dilewati)</label>
            <select
              id="pilih-desa"
              disabled={!kecamatanCode() || villages.loading}
              onChange={(event) => setVillageCode(event.currentTarget.value)}
            >
              <option value="" selected={!villageCode()}>
                {villages.loading ? 'Memuat daftar desa…' : '— Semua desa di kecamatan ini —'}
              </option>
              <For each={villagesOfKecamatan()}>
                {(village) => (
                  <option value={village.code} selected={village.code === villageCode()}>
                    {village.name}
                  </option>
                )}
              </For>
            </select>
            <Show when={villages.error}>
              <p class="hint">Daftar desa tidak dapat dimuat; jawaban tetap bisa ditampilkan per kecamatan.</p>
            </Show>
          </div>
          <button class="button" type="submit">
            Tampilkan kantor
          </button>
        </fieldset>
      </form>
      <div aria-live="polite">
        <Show when={answer()}>
          {(route) => (
            <div class="callout office-answer">
              <p>{route().lead}</p>
              <ul>
                <Show when={route().village}>
                  {(village) => (
                    <li>
                      <strong>{village().office}</strong>, untuk:
                      <ul>
                        <For each={village().services}>
                          {(service) => (
                            <li>
                              <a href={service.href}>{service.title}</a>: datang ke petugas {service.who}
                            </li>
                          )}
                        </For>
                      </ul>
                    </li>
                  )}
                </Show>
                <For each={route().offices}>
                  {(office) => (
                    <li>
                      <strong>{office.name}</strong> ({office.address}) —{' '}
                      <a href={`#titik-${office.id}`}>
                        kontak dan petunjuk arah<span class="visually-hidden"> {office.name}</span>
                      </a>
                      , untuk:
                      <ul>
                        <For each={office.services}>
                          {(service) => (
                            <li>
                              <a href={service.href}>{service.title}</a>
                            </li>
                          )}
                        </For>
                      </ul>
                    </li>
                  )}
                </For>
              </ul>
              <p>{route().proposals}</p>
              <p>
                <a href="#peta">Lihat di peta</a>
              </p>
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
