import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { MapPoint } from '../lib/geo';
import { onMapFocus } from '../lib/map-focus';

interface Props {
  points: MapPoint[];
  kecamatanUrl: string;
  kindLabels: Record<MapPoint['kind'], string>;
  precisionNotes: Record<string, string | undefined>;
  /** The kabupaten whose offices and kecamatan the map shows. */
  kabupaten: string;
  lambungSosial: string[];
}

const PIN = {
  'kantor-dinas': ['D', 'dinas'],
  'pusat-layanan': ['P', 'pusat'],
  'kantor-camat': ['C', 'camat'],
} as const;

/**
 * The map of offices and Lambung Sosial kecamatan. The list below it on the page carries the same
 * information; this only adds the picture, and loads Leaflet when it comes into view.
 */
export default function ServicePointsMap(props: Props) {
  let container: HTMLDivElement | undefined;
  const [state, setState] = createSignal<'loading' | 'ready' | 'failed'>('loading');
  const [tilesUnavailable, setTilesUnavailable] = createSignal(false);
  let showKabupaten: (() => void) | undefined;
  let stopFocus: (() => void) | undefined;
  onCleanup(() => stopFocus?.());

  onMount(async () => {
    try {
      const { L, createBaseMap, letterIcon, keepPinsApart, escapeHtml, loadLeafletStylesheet } = await import(
        './map/leaflet-map'
      );
      await loadLeafletStylesheet();
      const map = createBaseMap(container!, () => setTilesUnavailable(true));

      const pins = props.points.map((point) => {
        const [letter, tone] = PIN[point.kind];
        const note = props.precisionNotes[point.id];
        const popup = [
          `<strong>${escapeHtml(point.name)}</strong>`,
          `<span class="popup-kind">${escapeHtml(props.kindLabels[point.kind])}</span>`,
          escapeHtml(point.address),
          note ? `<em>${escapeHtml(note)}</em>` : '',
          ...point.contacts.map((contact) =>
            contact.href
              ? `${escapeHtml(contact.label)}: <a href="${escapeHtml(contact.href)}">${escapeHtml(contact.value)}</a>`
              : `${escapeHtml(contact.label)}: ${escapeHtml(contact.value)}`,
          ),
          `Layanan: ${point.services.map((service) => `<a href="${escapeHtml(service.href)}">${escapeHtml(service.title)}</a>`).join(', ')}`,
          `<a class="directions" href="${escapeHtml(point.directions)}" target="_blank" rel="noopener">Petunjuk arah (buka aplikasi peta)</a>`,
        ].filter(Boolean);
        const marker = L.marker([point.lat, point.lon], {
          icon: letterIcon(letter, tone),
          title: point.name,
          alt: point.name,
          keyboard: true,
        })
          .bindPopup(`<div class="map-popup" data-titik="${escapeHtml(point.id)}">${popup.join('<br>')}</div>`)
          .addTo(map);
        return { marker, letter, tone };
      });

      const geojson = await fetch(props.kecamatanUrl).then((response) => {
        if (!response.ok) throw new Error(`${props.kecamatanUrl}: ${response.status}`);
        return response.json();
      });
      const kecamatan = L.geoJSON(geojson, {
        style: (feature) =>
          feature?.properties.lambungSosial
            ? { className: 'kecamatan-lambung', color: '#7a3300', weight: 2, fillColor: '#e07b00', fillOpacity: 0.3 }
            : { className: 'kecamatan-lain', color: '#5b6770', weight: 1, fillOpacity: 0.04, fillColor: '#5b6770' },
        onEachFeature: (feature, layer) => {
          if (feature.properties.lambungSosial) {
            // Below the centre, where the Kantor Camat's pin stands.
            layer.bindTooltip(feature.properties.name, {
              permanent: true,
              direction: 'bottom',
              offset: [0, 6],
              className: 'label-kecamatan',
            });
          }
        },
      }).addTo(map);
      kecamatan.bringToBack();

      const bounds = kecamatan.getBounds();
      showKabupaten = () => map.fitBounds(bounds, { padding: [12, 12] });
      showKabupaten();
      keepPinsApart(map, pins);

      let focusMarker: L.CircleMarker | undefined;
      stopFocus = onMapFocus((focus) => {
        focusMarker?.remove();
        focusMarker = L.circleMarker([focus.lat, focus.lon], {
          radius: 9,
          color: '#000',
          weight: 3,
          fillColor: '#ffdd00',
          fillOpacity: 1,
        })
          .bindTooltip(focus.label, { permanent: true, direction: 'top', className: 'label-fokus' })
          .addTo(map);
        map.setView([focus.lat, focus.lon], focus.zoom);
      });
      setState('ready');
    } catch (error) {
      console.warn('Peta tidak dapat dimuat:', error);
      setState('failed');
    }
  });

  return (
    <div class="map-block">
      <div class="map-toolbar">
        <button type="button" class="button secondary" disabled={state() !== 'ready'} onClick={() => showKabupaten?.()}>
          Tampilkan seluruh {props.kabupaten}
        </button>
      </div>
      <div class="map-frame">
        {/* Leaflet owns this element's children; Solid must not render into it. */}
        <div
          id="peta"
          ref={container}
          class="map"
          role="region"
          aria-label="Peta kantor layanan dan kecamatan Lambung Sosial"
          tabindex="0"
        />
        <Show when={state() === 'loading'}>
          <p class="map-placeholder">Memuat peta…</p>
        </Show>
        {/* What failed is said over the map, not under it: the page keeps its height (nothing below moves). */}
        <Show when={state() === 'failed'}>
          <p class="callout map-notice" role="status">
            Peta tidak dapat dimuat. Semua kantor dan kecamatan tercantum di daftar di bawah.
          </p>
        </Show>
        <Show when={tilesUnavailable()}>
          <p class="hint map-notice" role="status">
            Peta dasar tidak dapat dimuat (tidak ada sinyal atau diblokir). Penanda kantor dan batas kecamatan tetap
            tampil.
          </p>
        </Show>
      </div>
      <ul class="map-legend" aria-label="Keterangan peta">
        <For each={Object.entries(PIN) as [MapPoint['kind'], readonly [string, string]][]}>
          {([kind, [letter, tone]]) => (
            <li>
              <span class={`map-pin map-pin-${tone} legend-pin`} aria-hidden="true">
                <span>{letter}</span>
              </span>
              {props.kindLabels[kind]}
            </li>
          )}
        </For>
        <li>
          <span class="legend-area legend-lambung" aria-hidden="true" />
          Kecamatan dengan Lambung Sosial ({props.lambungSosial.join(', ')})
        </li>
        <li>
          <span class="legend-area" aria-hidden="true" />
          Kecamatan lain di {props.kabupaten}
        </li>
      </ul>
    </div>
  );
}
