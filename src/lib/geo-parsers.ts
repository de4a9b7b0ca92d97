// Parsers that turn the reference geodata in content/geo/ into collection entries.

/** RFC 4180 CSV with a header row: one object per row, keyed by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows;
  return records.map((record) => Object.fromEntries(header!.map((column, index) => [column, record[index] ?? ''])));
}

export function villagesFromCsv(text: string) {
  return parseCsv(text).map((row) => ({
    id: row['code']!,
    code: row['code'],
    name: row['name'],
    type: row['type'],
    kecamatanCode: row['district_code'],
    kecamatanName: row['district_name'],
    lat: Number(row['lat']),
    lon: Number(row['lon']),
  }));
}

interface KecamatanFeature {
  properties: {
    code: string;
    name: string;
    lambung_sosial: boolean;
    village_count: number;
    centroid_lat: number;
    centroid_lon: number;
  };
  geometry: unknown;
}

export function kecamatanFromGeoJson(text: string) {
  return (JSON.parse(text) as { features: KecamatanFeature[] }).features.map(({ properties, geometry }) => ({
    id: properties.code,
    code: properties.code,
    name: properties.name,
    lambungSosial: properties.lambung_sosial,
    villageCount: properties.village_count,
    centroid: [properties.centroid_lat, properties.centroid_lon],
    geometry,
  }));
}
