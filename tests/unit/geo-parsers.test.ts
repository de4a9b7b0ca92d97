import { describe, expect, it } from 'vitest';
import { parseCsv, villagesFromCsv } from '../../src/lib/geo-parsers';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,\n')).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: '1', b: '' },
    ]);
  });

  it('turns the village list into entries keyed by code', () => {
    const [village] = villagesFromCsv(
      'code,code_plain,name,type,district_code,district_name,postal_code,lat,lon,centroid_in_polygon\n' +
        '32.14.06.2006,3214062006,Linggasari,desa,32.14.06,Darangdan,41163,-6.7,107.4,true\n',
    );
    expect(village).toEqual({
      id: '32.14.06.2006',
      code: '32.14.06.2006',
      name: 'Linggasari',
      type: 'desa',
      kecamatanCode: '32.14.06',
      kecamatanName: 'Darangdan',
      lat: -6.7,
      lon: 107.4,
    });
  });
});
