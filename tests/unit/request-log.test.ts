import { describe, expect, it } from 'vitest';
import { scrubbedLogEntry, scrubbedReferer, scrubbedUrl } from '../../src/domain/request-log';

describe('a request log entry', () => {
  it('keeps how a list was paged and shaped, hides what was looked for and every token', () => {
    expect(scrubbedUrl('/api/petugas/antrean?cari=Siti%20Aminah&halaman=2')).toBe(
      '/api/petugas/antrean?cari=[disembunyikan]&halaman=2',
    );
    expect(
      scrubbedUrl(
        '/api/collections/requests/records?page=1&perPage=20&filter=applicant_name%20~%20%22Siti%22&sort=-created',
      ),
    ).toBe('/api/collections/requests/records?page=1&perPage=20&filter=[disembunyikan]&sort=-created');
    expect(scrubbedUrl('/api/files/abc/def/dokumen_x1.jpg?token=eyJhbGciOi.x.y&thumb=100x100')).toBe(
      '/api/files/abc/def/dokumen_x1.jpg?token=[disembunyikan]&thumb=100x100',
    );
    // A bare word may be the tail of a value: hidden. An empty query and a URL without one stay as they are.
    expect(scrubbedUrl('/api/x?Siti&page=1')).toBe('/api/x?[disembunyikan]&page=1');
    expect(scrubbedUrl('/api/x?')).toBe('/api/x');
    expect(scrubbedUrl('/api/layanan/status')).toBe('/api/layanan/status');
  });

  it('keeps the referring page, never its query', () => {
    expect(scrubbedReferer('https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8#hasil')).toBe(
      'https://layanan.example.go.id/cek-status/',
    );
  });

  it('of a request without an account keeps no address, browser or referring page', () => {
    const entry = scrubbedLogEntry(
      {
        type: 'request',
        auth: '',
        method: 'POST',
        status: 200,
        url: '/api/pengaduan/kirim',
        userIP: '203.0.113.7',
        remoteIP: '127.0.0.1',
        userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-A155F)',
        referer: 'https://layanan.example.go.id/pengaduan/?kantor=dinsos-p3a-purwakarta',
        execTime: 9.7,
      },
      'POST /api/pengaduan/kirim',
    );
    expect(entry).toEqual({
      data: { type: 'request', auth: '', method: 'POST', status: 200, url: '/api/pengaduan/kirim', execTime: 9.7 },
      message: 'POST /api/pengaduan/kirim',
    });
  });

  it("of a signed-in account's request keeps its address and browser, and rewrites the message from the scrubbed URL", () => {
    const entry = scrubbedLogEntry(
      {
        type: 'request',
        auth: 'staff',
        method: 'GET',
        url: '/api/petugas/antrean?cari=A%26B%3DSiti',
        userIP: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
        referer: 'https://layanan.example.go.id/petugas/?cari=Siti',
      },
      'GET /api/petugas/antrean?cari=A&B=Siti',
    );
    expect(entry).toEqual({
      data: {
        type: 'request',
        auth: 'staff',
        method: 'GET',
        url: '/api/petugas/antrean?cari=[disembunyikan]',
        userIP: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
        referer: 'https://layanan.example.go.id/petugas/',
      },
      message: 'GET /api/petugas/antrean?cari=[disembunyikan]',
    });
  });

  it('that is not about a request passes unchanged', () => {
    const data = { type: 'app', changes: 3 };
    expect(scrubbedLogEntry(data, 'Data rujukan disesuaikan dengan build situs')).toEqual({
      data,
      message: 'Data rujukan disesuaikan dengan build situs',
    });
  });
});
