// Map tiles: OpenStreetMap by default, any XYZ tile server by PUBLIC_MAP_TILE_URL.
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">kontributor OpenStreetMap</a>';

/** A pattern matching every tile URL of a template, for the service worker's tile cache. */
export function tileUrlPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\/]/g, '\\$&');
  return new RegExp(
    '^' +
      escaped
        .replace(/\{s\}/g, '[a-z0-9-]+')
        .replace(/\{[xyz]\}/g, '\\d+')
        .replace(/\{r\}/g, '(@2x)?'),
  );
}
