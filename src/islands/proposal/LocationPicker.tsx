import { Show, createSignal, onCleanup } from 'solid-js';
import type { Map as LeafletMap, Marker } from 'leaflet';

interface Props {
  id: string;
  value: { lat: number; lon: number } | null;
  /** Where the map opens: the village's centre. */
  center: { lat: number; lon: number } | undefined;
  error?: string | undefined;
  onChange: (point: { lat: number; lon: number } | null) => void;
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
  const [gpsMessage, setGpsMessage] = createSignal<string>();
  onCleanup(() => map?.remove());

  function choose(lat: number, lon: number) {
    props.onChange({ lat: round(lat), lon: round(lon) });
    if (map) placeMarker(lat, lon);
  }

  function placeMarker(lat: number, lon: number) {
    void import('../map/leaflet-map').then(({ L, pointIcon }) => {
      if (!map) return;
      marker?.remove();
      marker = L.marker([lat, lon], {
        icon: pointIcon(),
        keyboard: false,
        title: 'Titik lokasi kejadian',
        alt: 'Titik lokasi kejadian',
      }).addTo(map);
    });
  }

  async function openMap() {
    setMapState('loading');
    try {
      const { createBaseMap, loadLeafletStylesheet } = await import('../map/leaflet-map');
      await loadLeafletStylesheet();
      setMapState('open');
      const start = props.value ?? props.center ?? { lat: -6.556, lon: 107.443 };
      map = createBaseMap(container!, () => undefined);
      map.setView([start.lat, start.lon], props.value ? 16 : 14);
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
        choose(position.coords.latitude, position.coords.longitude);
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
        Titik lokasi (boleh dilewati)
      </p>
      <p class="hint">
        Membantu tim lapangan menemukan lokasi. Ketuk lokasinya di peta, atau gunakan GPS ponsel saat berada di lokasi.
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
