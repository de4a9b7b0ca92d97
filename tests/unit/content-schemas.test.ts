import { describe, expect, it } from 'vitest';
import {
  agencySchema,
  dtsenSettingsSchema,
  exportLayoutSchema,
  povertyCriteriaSchema,
  proposalDecisionStated,
  serviceSchema,
} from '../../src/lib/content-schemas';

const minimalService = {
  title: 'Layanan Contoh',
  summary: 'Ringkasan layanan.',
  agency: 'dinsos-p3a-purwakarta',
  source: 'purwakarta-leaflet-siyansos',
  checked: '2026-11-23',
  needs: ['bansos'],
  popularityRank: 1,
  completedBy: 'petugas',
};

describe('serviceSchema', () => {
  it('accepts a service that gives only what its source gives', () => {
    const parsed = serviceSchema.parse(minimalService);
    expect(parsed.requirements).toBeUndefined();
    expect(parsed.legalBasis).toBeUndefined();
  });

  it('normalises procedure steps written as plain strings', () => {
    const parsed = serviceSchema.parse({
      ...minimalService,
      procedure: { steps: ['Satu', { text: 'Dua', substeps: ['a'] }] },
    });
    expect(parsed.procedure).toEqual({
      alternatives: false,
      steps: [
        { text: 'Satu', substeps: [] },
        { text: 'Dua', substeps: ['a'] },
      ],
    });
  });

  it('names the field that is wrong', () => {
    const result = serviceSchema.safeParse({
      ...minimalService,
      completionTime: { written: '210 Menitan', amount: 210, unit: 'menitan' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['completionTime', 'unit']);
    const empty = serviceSchema.safeParse({ ...minimalService, requirements: [] });
    expect(empty.error!.issues[0]!.path).toEqual(['requirements']);
  });

  it('rejects unknown needs and missing ranks', () => {
    expect(serviceSchema.safeParse({ ...minimalService, needs: ['hiburan'] }).success).toBe(false);
    const { popularityRank: _omitted, ...withoutRank } = minimalService;
    expect(serviceSchema.safeParse(withoutRank).success).toBe(false);
  });

  it('asks every service who finishes its requests, by a role the workspace knows', () => {
    const { completedBy: _omitted, ...unsaid } = minimalService;
    expect(serviceSchema.safeParse(unsaid).error!.issues[0]!.path).toEqual(['completedBy']);
    expect(serviceSchema.safeParse({ ...minimalService, completedBy: 'kepala_dinas' }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...minimalService, completedBy: 'kepala_bidang' }).success).toBe(true);
  });

  it('asks the proposal service, and only it, who decides proposals to a Camat', () => {
    const checked = serviceSchema.superRefine(proposalDecisionStated);
    expect(checked.safeParse({ ...minimalService, villageProposals: true }).error!.issues[0]!.path).toEqual([
      'camatProposalsDecidedBy',
    ]);
    expect(
      checked.safeParse({ ...minimalService, villageProposals: true, camatProposalsDecidedBy: 'camat' }).success,
    ).toBe(true);
    expect(checked.safeParse({ ...minimalService, camatProposalsDecidedBy: 'camat' }).error!.issues[0]!.path).toEqual([
      'camatProposalsDecidedBy',
    ]);
  });
});

describe('agencySchema', () => {
  const agency = {
    name: 'Dinas Contoh',
    shortName: 'Dinas Contoh',
    government: 'Pemerintah Kabupaten Contoh',
    regency: 'Kabupaten Contoh',
    regionCode: '32.14',
    requestPrefix: 'PWK',
    address: 'Jl. Contoh No. 1',
    contacts: [{ kind: 'telepon', value: '0264-8304578' }],
    complaintProcedures: {
      'standar-pelayanan': { title: 'Pengaduan', source: 'x', channels: [{ kind: 'datang-langsung' }] },
    },
    sources: ['x'],
  };

  it('accepts a complete agency', () => {
    expect(agencySchema.safeParse(agency).success).toBe(true);
  });

  it('takes an office’s WhatsApp wording only with known placeholders and the sender, number, step and link in it', () => {
    expect(
      agencySchema.safeParse({
        ...agency,
        whatsappUpdates: { permohonan: '{kantor}: permohonan {nomor} {langkah}. {tindakan} {tautan}' },
      }).success,
    ).toBe(true);
    const result = agencySchema.safeParse({
      ...agency,
      whatsappUpdates: { pengaduan: 'Halo {nama}, pengaduan {nomor} {langkah}.' },
    });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['whatsappUpdates.pengaduan', expect.stringContaining('{nama} tidak dikenal')],
      ['whatsappUpdates.pengaduan', '{kantor} wajib ada'],
      ['whatsappUpdates.pengaduan', '{tautan} wajib ada'],
    ]);
    // A kind the site does not track is a typo, not a template.
    expect(
      agencySchema.safeParse({
        ...agency,
        whatsappUpdates: { permohonann: '{kantor}: permohonan {nomor} {langkah}. {tindakan} {tautan}' },
      }).success,
    ).toBe(false);
  });

  it('takes a data-protection officer only as announced: with contacts, where it was announced, and when that was read', () => {
    const officer = {
      title: 'Pejabat Pelindungan Data Pribadi Dinas Contoh',
      contacts: [{ kind: 'email', value: 'ppdp@contoh.go.id' }],
      source: 'Keputusan Kepala Dinas Contoh Nomor 1 Tahun 2026',
      checked: '2026-11-23',
    };
    expect(agencySchema.safeParse({ ...agency, dataProtectionOfficer: officer }).success).toBe(true);
    for (const missing of ['contacts', 'source', 'checked'] as const) {
      const { [missing]: _left, ...partial } = officer;
      expect(agencySchema.safeParse({ ...agency, dataProtectionOfficer: partial }).success, missing).toBe(false);
    }
  });

  it('refuses request prefixes with letters that read as digits', () => {
    const result = agencySchema.safeParse({ ...agency, requestPrefix: 'RHL' });
    expect(result.error!.issues[0]!.path).toEqual(['requestPrefix']);
  });

  it('requires a website channel to carry its address', () => {
    const result = agencySchema.safeParse({ ...agency, contacts: [{ kind: 'website', value: 'contoh.go.id' }] });
    expect(result.error!.issues[0]!.path).toEqual(['contacts', 0, 'url']);
  });

  it('requires the complaint procedure of the Standar Pelayanan', () => {
    const result = agencySchema.safeParse({ ...agency, complaintProcedures: {} });
    expect(result.success).toBe(false);
  });
});

describe('the household-proposal content (usulan DTSEN)', () => {
  it('refuses a poverty-criteria list without its source', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const lists = parse(readFileSync('content/poverty-criteria.yaml', 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    for (const list of Object.values(lists)) {
      expect(povertyCriteriaSchema.safeParse(list).success).toBe(true);
      const { source: _source, ...withoutSource } = list;
      expect(povertyCriteriaSchema.safeParse(withoutSource).success).toBe(false);
      expect(povertyCriteriaSchema.safeParse({ ...list, source: ' ' }).success).toBe(false);
    }
  });

  it('refuses a spreadsheet layout without the proposal-number column or with a field the app does not know', () => {
    const columns = [{ header: 'NIK', field: 'nik' }];
    expect(exportLayoutSchema.safeParse({ title: 'Templat', columns }).error?.issues[0]?.message).toBe(
      'Kolom nomor usulan (field: nomor) wajib ada: hasil dicocokkan dengan nomor, bukan nama.',
    );
    expect(
      exportLayoutSchema.safeParse({
        title: 'Templat',
        columns: [
          { header: 'NO', field: 'nomor' },
          { header: 'X', field: 'gaji' },
        ],
      }).success,
    ).toBe(false);
  });

  it('takes a cut-off day only with where the office announced it', () => {
    const settings = {
      criteria: 'kepmensos-262-huk-2022',
      exportLayout: 'bawaan',
      sptjmAllowed: false,
      consentFormPhoto: false,
    };
    expect(dtsenSettingsSchema.safeParse(settings).success).toBe(true);
    expect(dtsenSettingsSchema.safeParse({ ...settings, cutoff: { day: 20 } }).success).toBe(false);
    expect(dtsenSettingsSchema.safeParse({ ...settings, cutoff: { day: 32, source: 'Surat Dinas' } }).success).toBe(
      false,
    );
    expect(dtsenSettingsSchema.safeParse({ ...settings, cutoff: { day: 20, source: 'Surat Dinas' } }).success).toBe(
      true,
    );
  });
});
