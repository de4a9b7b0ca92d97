// The map's data: service points inside their regency, kecamatan polygons closed and valid, and
// the Lambung Sosial routing consistent between the boundaries and the offices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => JSON.parse(readFileSync(`${root}dist/${path}`, 'utf8'));

interface Point {
  id: string;
  kind: string;
  kecamatan?: string;
  location: { lat: number; lon: number; precision: string; uncertaintyKm?: number };
  region: { code: string; south: number; north: number; west: number; east: number };
}
type Position = [number, number];
interface Feature {
  properties: { code: string; name: string; lambungSosial: boolean };
  geometry: { type: string; coordinates: Position[][] };
}

const points = read('data/titik-layanan.json') as Point[];
const kecamatan = (read('data/purwakarta-kecamatan.geojson') as { features: Feature[] }).features;
const villages = read('data/desa-purwakarta.json') as { code: string; kecamatan: string; lat: number; lon: number }[];

function segmentsCross([a, b]: [Position, Position], [c, d]: [Position, Position]): boolean {
  const orientation = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

function signedArea(ring: Position[]): number {
  return (
    ring.slice(0, -1).reduce((sum, [x1, y1], index) => sum + (x1 * ring[index + 1]![1] - ring[index + 1]![0] * y1), 0) /
    2
  );
}

function contains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('service points', () => {
  it.each(points.map((point) => [point.id, point] as const))('%s lies inside its regency', (_id, point) => {
    const { lat, lon } = point.location;
    expect(lat).toBeGreaterThanOrEqual(point.region.south);
    expect(lat).toBeLessThanOrEqual(point.region.north);
    expect(lon).toBeGreaterThanOrEqual(point.region.west);
    expect(lon).toBeLessThanOrEqual(point.region.east);
  });

  it('say how far off an approximate location may be', () => {
    for (const point of points.filter((candidate) => candidate.location.precision === 'approximate')) {
      expect(point.location.uncertaintyKm, point.id).toBeGreaterThan(0);
    }
  });

  it('put each Kantor Camat inside its own kecamatan, and only Lambung Sosial kecamatan have one', () => {
    const camat = points.filter((point) => point.kind === 'kantor-camat');
    expect(camat.map((point) => point.kecamatan).sort()).toEqual(
      kecamatan
        .filter((feature) => feature.properties.lambungSosial)
        .map((feature) => feature.properties.code)
        .sort(),
    );
    for (const point of camat) {
      const feature = kecamatan.find((candidate) => candidate.properties.code === point.kecamatan)!;
      expect(contains(feature.geometry.coordinates[0]!, [point.location.lon, point.location.lat]), point.id).toBe(true);
    }
  });
});

describe('kecamatan boundaries', () => {
  it('are the 17 kecamatan of Kabupaten Purwakarta, four with a Lambung Sosial', () => {
    expect(kecamatan).toHaveLength(17);
    expect(
      kecamatan
        .filter((feature) => feature.properties.lambungSosial)
        .map((feature) => feature.properties.name)
        .sort(),
    ).toEqual(['Darangdan', 'Kiarapedes', 'Sukasari', 'Sukatani']);
  });

  it.each(kecamatan.map((feature) => [feature.properties.name, feature] as const))(
    '%s is a closed, counter-clockwise, simple polygon',
    (_name, feature) => {
      expect(feature.geometry.type).toBe('Polygon');
      for (const ring of feature.geometry.coordinates) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1)).toEqual(ring[0]);
        expect(signedArea(ring)).toBeGreaterThan(0);
        const segments = ring
          .slice(0, -1)
          .map((position, index) => [position, ring[index + 1]!] as [Position, Position]);
        // Every pair of non-adjacent edges (a ring of 680 points has 230,000), collected and asserted once:
        // an assertion per pair cost 5 s of CPU, the geometry itself a tenth of a second.
        const crossings: string[] = [];
        for (let i = 0; i < segments.length; i++) {
          for (let j = i + 2; j < segments.length; j++) {
            if (i === 0 && j === segments.length - 1) continue;
            if (segmentsCross(segments[i]!, segments[j]!)) crossings.push(`segments ${i} and ${j}`);
          }
        }
        expect(crossings).toEqual([]);
      }
    },
  );

  it('contain every village centroid of their kecamatan', () => {
    expect(villages).toHaveLength(192);
    for (const village of villages) {
      const feature = kecamatan.find((candidate) => candidate.properties.code === village.kecamatan)!;
      expect(contains(feature.geometry.coordinates[0]!, [village.lon, village.lat]), village.code).toBe(true);
    }
  });
});
