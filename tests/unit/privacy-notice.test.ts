import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, type CollectionName } from '../../src/domain/access-rules';
import { PERSONAL_DATA, readersOf, retentionText, whoSees } from '../../src/domain/privacy-notice';

describe('the privacy notice', () => {
  it('says who sees each collection as its API rule lets them', () => {
    expect(readersOf('requests')).toEqual(['petugas dan kepala bidang kantor yang menanganinya']);
    expect(readersOf('audit_log')).toEqual(['kepala bidang kantor yang menanganinya']);
    expect(readersOf('proposals')).toEqual([
      'petugas dan kepala bidang kantor yang menanganinya',
      'operator desa, hanya untuk desanya sendiri',
      'Camat, hanya yang ditujukan kepadanya',
    ]);
    expect(readersOf('operators')).toEqual([
      'pemilik akun itu sendiri',
      'petugas dan kepala bidang kantor yang menanganinya',
    ]);
    expect(readersOf('survey_responses')).toEqual([]);
    expect(readersOf('agencies')).toEqual(['siapa saja']);
  });

  it('covers every collection that holds personal data, and names readers for each kind', () => {
    const covered = new Set(PERSONAL_DATA.flatMap((kind) => kind.collections));
    const personal = (Object.keys(ACCESS_RULES) as CollectionName[]).filter(
      // Numbers, byte counts, keys and logistics reference data (items, warehouses): nothing about a person.
      (name) =>
        ACCESS_RULES[name].listRule !== '' &&
        !['erasures', 'upload_days', 'server_keys', 'stock_items', 'warehouses'].includes(name),
    );
    expect(personal.filter((name) => !covered.has(name))).toEqual([]);
    for (const kind of PERSONAL_DATA) expect(whoSees(kind).length, kind.id).toBeGreaterThan(0);
    expect(whoSees(PERSONAL_DATA.find((kind) => kind.id === 'survei')!)).toEqual([
      'tidak seorang pun lewat aplikasi, staf kantor juga tidak',
    ]);
  });

  it("fills in the server's settings, and says when they are not known yet", () => {
    const documents = {
      before: 'Dokumen: dihapus otomatis ',
      setting: 'documentRetentionDays',
      after: ' hari.',
    } as const;
    const settings = { documentRetentionDays: 45, requestLogDays: 9, backupArchivesKept: null };
    expect(retentionText(documents, settings)).toBe('Dokumen: dihapus otomatis 45 hari.');
    expect(retentionText(documents, null)).toBe('Dokumen: dihapus otomatis … hari.');
    expect(retentionText({ before: 'Arsip: ', setting: 'backupArchivesKept', after: '.' }, settings)).toBe(
      'Tidak ada arsip harian terjadwal.',
    );
  });
});
