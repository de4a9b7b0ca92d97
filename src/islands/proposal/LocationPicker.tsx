import { Show, createSignal, onCleanup } from 'solid-js';
import type { Map as LeafletMap, Marker } from 'leaflet';
import type { FeatureCollection, Polygon } from 'geojson';
import { KECAMATAN_GEOJSON_PATH } from '../../lib/paths';
import type { Place } from './operator';

interface Props {
  id: string;
  value: { lat: number; lon: number } | null;
  /** The operator's village: the map opens at its centre, inside the outline of its kecamatan. */
  place: Pick<Place, 'villageName' | 'villageCode' | 'kecamatanName' | 'center'>;
  error?: string | undefined;
  /** What the point is, for a form other than the disaster proposal's (a household's house). */
  label?: string;
  hint?: string;
  /** What the point marks, as the operator reads it ("lokasi kejadian" unless said). */
  pointName?: string;
  /** A point from the phone's GPS carries the accuracy it reported, in metres. */
  onChange: (point: { lat: number; lon: number; accuracyM?: number } | null) => void;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * An optional point for the disaster's location: tapped on the map (the same Leaflet setup as
 * /peta/), the map's centre (keyboard: arrow keys move the map), or the phone's GPS.
 */
export default function LocationPicker(props: Props) {
  let container: HTMLDivElement | undefined;
  let map: LeafletMap | undefined;
  let marker: Marker | undefined;
  const [mapState, setMapState] = createSignal<'closed' | 'loading' | 'open' | 'failed'>('closed');
  /** The base map's tiles could not be loaded (weak or no signal): the outline and centre still show. */
  const [withoutTiles, setWithoutTiles] = createSignal(false);
  const [gpsMessage, setGpsMessage] = createSignal<string>();
  const pointName = () => props.pointName ?? 'lokasi kejadian';
  onCleanup(() => map?.remove());

  function choose(lat: number, lon: number, accuracyM?: number) {
    props.onChange({ lat: round(lat), lon: round(lon), ...(accuracyM === undefined ? {} : { accuracyM }) });
    if (map) placeMarker(lat, lon);
  }

  function placeMarker(lat: number, lon: number) {
    void import('../map/leaflet-map').then(({ L, pointIcon }) => {
      if (!map) return;
      marker?.remove();
      marker = L.marker([lat, lon], {
        icon: pointIcon(),
        keyboard: false,
        title: `Titik ${pointName()}`,
        alt: `Titik ${pointName()}`,
      }).addTo(map);
    });
  }

  /**
   * What the operator finds their way by without a base map: the outline of the village's
   * kecamatan (the build's boundaries at KECAMATAN_GEOJSON_PATH — the build holds no
   * village outlines), lightly filled so its inside shows, and the village's centre; neither takes
   * a tap, so a tap anywhere still chooses.
   */
  async function drawPlace(L: typeof import('leaflet'), shown: LeafletMap) {
    const kecamatanCode = props.place.villageCode?.split('.').slice(0, 3).join('.');
    const boundaries = await fetch(KECAMATAN_GEOJSON_PATH)
      .then((response) =>
        response.ok ? (response.json() as Promise<FeatureCollection<Polygon, { code: string }>>) : null,
      )
      .catch(() => null);
    const kecamatan = boundaries?.features.find((feature) => feature.properties.code === kecamatanCode);
    if (kecamatan && map === shown)
      L.geoJSON(kecamatan, {
        interactive: false,
        style: { className: 'picker-kecamatan', color: '#0b5563', weight: 3, dashArray: '6 4', fillOpacity: 0.12 },
      }).addTo(shown);
    const centre = props.place.center;
    if (centre && map === shown)
      L.circleMarker([centre.lat, centre.lon], { interactive: false, radius: 6, className: 'picker-village' })
        .bindTooltip(`Pusat Desa ${props.place.villageName}`, { permanent: true, direction: 'top', offset: [0, -6] })
        .addTo(shown);
  }

  async function openMap() {
    setMapState('loading');
    try {
      const { L, createBaseMap, loadLeafletStylesheet } = await import('../map/leaflet-map');
      await loadLeafletStylesheet();
      setMapState('open');
      const start = props.value ?? props.place.center ?? { lat: -6.556, lon: 107.443 };
      map = createBaseMap(container!, () => setWithoutTiles(true));
      map.setView([start.lat, start.lon], props.value ? 16 : 14);
      void drawPlace(L, map);
      map.on('click', (event) => choose(event.latlng.lat, event.latlng.lng));
      if (props.value) placeMarker(props.value.lat, props.value.lon);
      // The button just pressed is gone: the map, where the point is chosen (arrow keys move it), takes focus.
      container!.focus({ preventScroll: true });
      container!.scrollIntoView({ block: 'nearest' });
    } catch {
      setMapState('failed');
    }
  }

  function useGps() {
    if (!('geolocation' in navigator))
      return setGpsMessage('Ponsel ini tidak dapat memberi lokasi GPS. Pilih titik di peta, atau lewati.');
    setGpsMessage('Mencari lokasi GPS…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        choose(position.coords.latitude, position.coords.longitude, Math.round(position.coords.accuracy));
        map?.setView([position.coords.latitude, position.coords.longitude], 16);
        setGpsMessage(`Lokasi GPS dipakai (ketelitian sekitar ${Math.round(position.coords.accuracy)} m).`);
      },
      (error) =>
        setGpsMessage(
          error.code === error.PERMISSION_DENIED
            ? 'Izin lokasi ditolak. Izinkan lokasi untuk situs ini di pengaturan browser, atau pilih titik di peta.'
            : 'Lokasi GPS belum didapat (sinyal GPS lemah?). Coba lagi di tempat terbuka, atau pilih titik di peta.',
        ),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <p class="label-like" id={`${props.id}-label`}>
        {props.label ?? 'Titik lokasi (boleh dilewati)'}
      </p>
      <p class="hint">
        {props.hint ??
          'Membantu tim lapangan menemukan lokasi. Ketuk lokasinya di peta, atau gunakan GPS ponsel saat berada di lokasi.'}
      </p>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-kesalahan`}>
          {props.error}
        </p>
      </Show>
      <p aria-live="polite" id={props.id} tabindex="-1">
        {props.value ? `Titik dipilih: ${props.value.lat}, ${props.value.lon}` : 'Belum ada titik.'}
      </p>
      <div class="form-actions">
        <button type="button" class="button secondary" onClick={useGps}>
          Gunakan lokasi saya (GPS)
        </button>
        <Show when={mapState() === 'closed' || mapState() === 'failed'}>
          <button type="button" class="button secondary" onClick={openMap}>
            Pilih titik di peta
          </button>
        </Show>
        <Show when={props.value}>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              marker?.remove();
              props.onChange(null);
            }}
          >
            Hapus titik
          </button>
        </Show>
      </div>
      <Show when={gpsMessage()}>
        <p class="hint" role="status">
          {gpsMessage()}
        </p>
      </Show>
      <Show when={mapState() === 'failed'}>
        <p class="hint" role="status">
          Peta tidak dapat dimuat. Gunakan GPS, atau lewati titik lokasi.
        </p>
      </Show>
      <div class="map-frame" hidden={mapState() !== 'open' && mapState() !== 'loading'}>
        <div ref={container} class="map map-picker" role="region" aria-labelledby={`${props.id}-label`} tabindex="0" />
        <Show when={mapState() === 'open' && withoutTiles()}>
          <p class="callout" role="status">
            Peta dasar tidak dapat dimuat (sinyal lemah atau tidak ada). Garis putus-putus adalah batas Kecamatan{' '}
            {props.place.kecamatanName}, titik bulat pusat Desa {props.place.villageName}. Ketuk {pointName()} di peta,
            atau geser peta dengan tombol panah lalu tekan "Gunakan titik tengah peta". Bisa juga memakai GPS, atau
            melewati titik lokasi.
          </p>
        </Show>
        <Show when={mapState() === 'open'}>
          <p class="hint">Keyboard: geser peta dengan tombol panah, lalu pilih tombol di bawah.</p>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              const center = map!.getCenter();
              choose(center.lat, center.lng);
            }}
          >
            Gunakan titik tengah peta
          </button>
        </Show>
      </div>
    </div>
  );
}
