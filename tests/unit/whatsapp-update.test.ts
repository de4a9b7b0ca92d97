import { describe, expect, it } from 'vitest';
import { whatsappUpdateLink, whatsappUpdateText, type RequestUpdate } from '../../src/lib/whatsapp-update';

const update: RequestUpdate = {
  office: 'Dinsos P3A Kab. Purwakarta',
  number: 'PWK-7KX3-Q9MD-8',
  service: 'Rujukan PPKS',
  status: 'diproses',
  steps: ['Menerima laporan', 'Asesmen', 'Rujukan'],
  currentStep: 2,
  statusUrl: 'https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8',
};

describe('WhatsApp updates', () => {
  it('say the number, the step n of N, what to do next and where to follow it', () => {
    expect(whatsappUpdateText(update)).toBe(
      'Kabar dari Dinsos P3A Kab. Purwakarta: permohonan PWK-7KX3-Q9MD-8 (Rujukan PPKS) sekarang di langkah 2 dari 3 (Asesmen). Belum ada yang perlu Anda lakukan; kami kabari lagi bila ada yang perlu. Lihat perkembangannya di https://layanan.example.go.id/cek-status/?no=PWK-7KX3-Q9MD-8 dengan 4 angka terakhir nomor HP Anda.',
    );
  });

  it('ask for what is missing, and name the status before the steps begin', () => {
    const text = whatsappUpdateText({ ...update, status: 'perlu-dilengkapi', currentStep: 0 }, '{nomor} {langkah}. {tindakan} {tautan}');
    expect(text).toBe(`PWK-7KX3-Q9MD-8 berstatus "Perlu dilengkapi". Ada dokumen yang perlu Anda lengkapi: buka tautan di akhir pesan ini dan kirim dokumen yang diminta. ${update.statusUrl}`);
  });

  it('go to the applicant’s phone in international form, the text encoded', () => {
    const link = new URL(whatsappUpdateLink('0857-2210 9911', 'Permohonan PWK-7KX3-Q9MD-8 & langkah 2'));
    expect(link.origin + link.pathname).toBe('https://wa.me/6285722109911');
    expect(link.searchParams.get('text')).toBe('Permohonan PWK-7KX3-Q9MD-8 & langkah 2');
  });
});
