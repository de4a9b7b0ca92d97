// Everything that needs Leaflet, loaded with `import()` only when a map is shown: Leaflet touches
// `window` on import, and its JS and CSS should cost nothing on pages (or parts) without a map.
import L from 'leaflet';
// As a URL, not an import: Astro would otherwise link the stylesheet from the page's <head>.
import leafletStylesheet from 'leaflet/dist/leaflet.css?url';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from '../../lib/map-tiles';
// Leaflet's own pin, as files the build serves (its default icon would look for them next to the
// page, e.g. /usulan-logistik/marker-icon-2x.png, and get a 404).
import markerIconUrl from 'leaflet/dist/images/marker-icon.png?no-inline';
import markerIconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?no-inline';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png?no-inline';

export { L };

/** Leaflet's standard pin (25 × 41 px, with its shadow), for a single point such as the location picker's. */
export function pointIcon(): L.Icon {
  return L.icon({
    iconUrl: markerIconUrl,
    iconRetinaUrl: markerIconRetinaUrl,
    shadowUrl: markerShadowUrl,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    shadowSize: [41, 41],
  });
}

let stylesheet: Promise<void> | undefined;

/** Adds Leaflet's stylesheet to the page once, resolving when it has loaded. */
export function loadLeafletStylesheet(): Promise<void> {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletStylesheet });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${leafletStylesheet} did not load`)), { once: true });
    document.head.append(link);
  });
  return stylesheet;
}

/** A map with the configured tiles; when tiles cannot load, the rest keeps working on a plain background. */
export function createBaseMap(container: HTMLElement, onTilesUnavailable: () => void): L.Map {
  const map = L.map(container, { keyboard: true, scrollWheelZoom: false });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const tiles = L.tileLayer(import.meta.env.PUBLIC_MAP_TILE_URL || DEFAULT_TILE_URL, {
    attribution: import.meta.env.PUBLIC_MAP_TILE_ATTRIBUTION || DEFAULT_TILE_ATTRIBUTION,
    maxZoom: 18,
  });
  tiles.once('tileerror', onTilesUnavailable);
  tiles.addTo(map);
  return map;
}

const PIN_SIZE = 30;
/** Pins closer than this are set side by side, so each stays a separate 24 px+ tap target. */
const PIN_SPACING = PIN_SIZE + 6;

/** A focusable marker: a letter on a coloured pin, so the legend works in black and white too. */
export function letterIcon(letter: string, tone: string, shiftX = 0): L.DivIcon {
  return L.divIcon({
    className: `map-pin map-pin-${tone}`,
    html: `<span aria-hidden="true">${letter}</span>`,
    iconSize: [PIN_SIZE, PIN_SIZE],
    iconAnchor: [PIN_SIZE / 2 - shiftX, PIN_SIZE],
    popupAnchor: [shiftX, -PIN_SIZE + 2],
  });
}

/**
 * Keeps nearby pins apart at the current zoom: pins that would overlap are spread sideways
 * around their group. (Every location here is approximate by a kilometre or more anyway.)
 */
export function keepPinsApart(map: L.Map, pins: { marker: L.Marker; letter: string; tone: string }[]) {
  const apply = () => {
    const positions = pins.map((pin) => map.latLngToLayerPoint(pin.marker.getLatLng()));
    const groups: number[][] = [];
    positions.forEach((position, index) => {
      const group = groups.find((members) =>
        members.some((member) => positions[member]!.distanceTo(position) < PIN_SPACING),
      );
      if (group) group.push(index);
      else groups.push([index]);
    });
    for (const group of groups) {
      group.forEach((index, rank) => {
        const pin = pins[index]!;
        const shiftX = (rank - (group.length - 1) / 2) * PIN_SPACING;
        if (pin.marker.options.icon?.options.iconAnchor?.toString() !== [PIN_SIZE / 2 - shiftX, PIN_SIZE].toString()) {
          pin.marker.setIcon(letterIcon(pin.letter, pin.tone, shiftX));
        }
      });
    }
  };
  map.on('zoomend', apply);
  apply();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
