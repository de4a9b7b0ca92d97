import { describe, expect, it } from 'vitest';
import {
  camatOffice,
  whatsappTemplateProblems,
  whatsappUpdateLink,
  whatsappUpdateText,
  type TrackedUpdate,
} from '../../src/lib/whatsapp-update';

const update: TrackedUpdate = {
  kind: 'permohonan',
  office: 'Dinsos P3A Kab. Purwakarta',
  number: 'PWK-7KX3-Q9MD-8',
  service: 'Rujukan PPKS',
  serviceSlug: 'rujukan-ppks-terlantar',
  status: 'diproses',
  steps: ['Menerima laporan', 'Asesmen', 'Rujukan'],
  currentStep: 2,
  statusUrl: 'https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8',
};

describe('WhatsApp updates', () => {
  it('say the number, the step n of N, what to do next and where to follow it', () => {
    expect(whatsappUpdateText(update)).toBe(
      'Kabar dari Dinsos P3A Kab. Purwakarta: permohonan PWK-7KX3-Q9MD-8 (Rujukan PPKS) sekarang di langkah 2 ' +
        'dari 3 (Asesmen). Belum ada yang perlu Anda lakukan; kami kabari lagi bila ada yang perlu. Lihat ' +
        'perkembangannya di https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8 dengan 4 angka terakhir ' +
        'nomor HP Anda.',
    );
  });

  it('say a request finished while recorded at step 2 of 3 has passed every step, and where to collect the result', () => {
    const text = whatsappUpdateText({
      ...update,
      status: 'selesai',
      currentStep: 2,
      collectAt: [{ name: 'Pusat Layanan Jamsos', address: 'Jalan Industri, Desa Maracang' }],
    });
    expect(text).toBe(
      'Kabar dari Dinsos P3A Kab. Purwakarta: permohonan PWK-7KX3-Q9MD-8 (Rujukan PPKS) sekarang selesai — semua ' +
        '3 langkah sudah dilalui. Permohonan Anda sudah selesai. Hasilnya dapat diambil di Pusat Layanan Jamsos, ' +
        'Jalan Industri, Desa Maracang. Lihat perkembangannya di ' +
        'https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8 dengan 4 angka terakhir nomor HP Anda.',
    );
    expect(text).not.toContain('langkah 2 dari 3');
    // Where the service names no place, the status page says the rest.
    expect(whatsappUpdateText({ ...update, status: 'selesai' }, '{langkah}. {tindakan}')).toBe(
      'selesai — semua 3 langkah sudah dilalui. Permohonan Anda sudah selesai; keterangannya ada di halaman status.',
    );
  });

  it('ask for what is missing, and name the status before the steps begin', () => {
    const text = whatsappUpdateText(
      { ...update, status: 'perlu-dilengkapi', currentStep: 0 },
      '{nomor} {langkah}. {tindakan} {tautan}',
    );
    expect(text).toBe(
      'PWK-7KX3-Q9MD-8 berstatus "Perlu dilengkapi". Ada dokumen yang perlu Anda lengkapi: buka halaman status ' +
        `dan kirim dokumen yang diminta. ${update.statusUrl}`,
    );
  });

  it('tell a village its proposal is at step 3 of the 5 every proposal has', () => {
    const text = whatsappUpdateText({
      kind: 'usulan',
      office: 'Dinsos P3A Kab. Purwakarta',
      number: 'PWK-4M2Q-8XRT-3',
      service: 'Logistik Kebencanaan',
      status: 'disetujui',
      statusUrl: 'https://s.test/cek-status/?no=PWK-4M2Q-8XRT-3',
    });
    expect(text).toBe(
      'Kabar dari Dinsos P3A Kab. Purwakarta: usulan logistik PWK-4M2Q-8XRT-3 sekarang di langkah 3 dari 5 ' +
        '(Disetujui). Usulan disetujui; kami kabari lagi saat logistik dikirim. Lihat perkembangannya di ' +
        'https://s.test/cek-status/?no=PWK-4M2Q-8XRT-3 dengan 4 angka terakhir nomor HP kontak usulan.',
    );
  });

  it('tell a village the logistics were sent with a BAST and what to do with it: sign it and send its photo', () => {
    const text = whatsappUpdateText({
      kind: 'usulan',
      office: 'Kantor Camat Darangdan',
      number: 'PWK-4M2Q-8XRT-3',
      service: 'Logistik Kebencanaan',
      status: 'dikirim',
      statusUrl: 'https://s.test/cek-status/?no=PWK-4M2Q-8XRT-3',
    });
    expect(text).toContain(
      'langkah 4 dari 5 (Logistik dikirim). Logistik sudah dikirim dengan BAST; mohon terima, tanda tangani BAST-nya ' +
        'dan kirimkan fotonya kepada kami.',
    );
  });

  it('tell a complainant an answer is waiting at step 4 of 5, and what to do with it', () => {
    const text = whatsappUpdateText(
      {
        kind: 'pengaduan',
        office: 'Dinsos',
        number: 'PWK-9QW2-MX4T-K',
        service: 'Konsultasi & pengaduan',
        status: 'dijawab',
        statusUrl: 'https://s.test/cek-status/?no=PWK-9QW2-MX4T-K',
      },
      '{nomor} {langkah}. {tindakan} {tautan}',
    );
    expect(text).toBe(
      'PWK-9QW2-MX4T-K di langkah 4 dari 5 (Dijawab). Jawaban sudah ada di halaman status: bacalah, lalu beri ' +
        'tahu kami apakah masalahnya sudah selesai. https://s.test/cek-status/?no=PWK-9QW2-MX4T-K',
    );
  });

  it('refuse an office’s wording that writes the sender in instead of {kantor}, so a Camat can send it as themselves', () => {
    expect(whatsappTemplateProblems('Dinsos P3A Purwakarta: usulan {nomor} sekarang {langkah}. {tautan}')).toEqual([
      '{kantor} wajib ada',
    ]);
    expect(whatsappTemplateProblems('{kantor}: usulan {nomor} sekarang {langkah}. {tautan}')).toEqual([]);
    expect(camatOffice('Darangdan')).toBe('Kantor Camat Darangdan');
  });

  it('go to the recipient’s phone in international form, the text encoded', () => {
    const link = new URL(whatsappUpdateLink('0857-2210 9911', 'Permohonan PWK-7KX3-Q9MD-8 & langkah 2'));
    expect(link.origin + link.pathname).toBe('https://wa.me/6285722109911');
    expect(link.searchParams.get('text')).toBe('Permohonan PWK-7KX3-Q9MD-8 & langkah 2');
  });
});
