// How the server brings its reference data in line with the build it serves
// (src/domain/site-contract.ts): what it writes, and when it refuses to start.
import { describe, expect, it } from 'vitest';
import {
  REFERENCE_COLLECTIONS,
  REFERENCE_FIELDS,
  LOGISTICS_FEED_VERSION,
  SERVICE_FEED_VERSION,
  planSiteSync,
  usageQuestions,
  type CurrentState,
  type ReferenceCollection,
  type Row,
  type SiteFeeds,
} from '../../src/domain/site-contract';

const WAREHOUSE = {
  kind: 'lumbung-sosial' as const,
  agency: 'dinsos-a',
  legalBases: ['status-tanggap-darurat' as const],
  minimum: { beras: 100 },
};

const feeds = (): SiteFeeds => ({
  services: {
    version: SERVICE_FEED_VERSION,
    agencies: [
      {
        id: 'dinsos-a',
        requestPrefix: 'PWK',
        regionCode: '32.14',
        name: 'Dinas Sosial A',
        shortName: 'Dinsos A',
        complaintDeadlines: { verificationWorkingDays: 2, followUpWorkingDays: 7 },
      },
    ],
    services: [
      {
        id: 'cek',
        url: 'https://x.test/layanan/cek/',
        agency: 'dinsos-a',
        title: 'Pengecekan',
        requirements: ['KTP'],
        procedure: { steps: [{ text: 'Datang' }, { text: 'Dicek' }] },
        completedBy: 'petugas',
      },
      {
        id: 'logistik',
        url: 'https://x.test/layanan/logistik/',
        agency: 'dinsos-a',
        title: 'Logistik',
        villageProposals: true,
        camatProposalsDecidedBy: 'camat',
        completionTime: { amount: 3, unit: 'hari kerja' },
        completedBy: 'kepala_bidang',
      },
    ],
  },
  kecamatan: { features: [{ properties: { code: '32.14.06', name: 'Darangdan', lambungSosial: true } }] },
  villages: [{ code: '32.14.06.2006', name: 'Linggasari', type: 'desa', kecamatan: '32.14.06' }],
  servicePoints: [
    {
      id: 'kantor',
      name: 'Kantor',
      kind: 'kantor-dinas',
      agency: 'dinsos-a',
      address: 'Jl. 1',
      location: { lat: -6.5, lon: 107.4 },
      contacts: [{ kind: 'whatsapp', value: '0877' }],
      services: ['cek'],
    },
  ],
  daysOff: {
    years: [
      { year: 2026, days: [{ date: '2026-03-20', name: 'Cuti Bersama Hari Raya Idul Fitri', kind: 'cuti-bersama' }] },
    ],
  },
  logistics: {
    version: LOGISTICS_FEED_VERSION,
    items: [
      { slug: 'beras', name: 'Beras', unit: 'kg', whole: false, category: 'pangan', expires: true, alertDays: 90 },
    ],
    warehouses: [
      { ...WAREHOUSE, code: 'dinas.dinsos-a', name: 'Gudang Dinas A', kind: 'dinas', kecamatan: '' },
      { ...WAREHOUSE, code: 'lumbung.32.14.06', name: 'Lambung Sosial Kecamatan Darangdan', kecamatan: '32.14.06' },
    ],
    offices: [{ agency: 'dinsos-a', undeliveredAlertDays: 3 }],
  },
});

const emptyState = (): CurrentState => ({
  rows: Object.fromEntries(
    REFERENCE_COLLECTIONS.map((collection) => [collection, []]),
  ) as unknown as CurrentState['rows'],
  openRequests: {},
  requestCounts: {},
  agencyUsage: {},
  proposalCounts: {},
  camatAccounts: {},
  villageUsage: {},
  stockUsage: {},
});

/** The database as it is after applying the plan for these feeds to an empty one. */
function stateAfter(feedsNow: SiteFeeds): CurrentState {
  const state = emptyState();
  for (const change of planSiteSync(feedsNow, emptyState()).changes) {
    state.rows[change.collection].push({ id: `${change.collection}-${change.key}`, values: change.values as Row });
  }
  return state;
}

const changesOf = (plan: ReturnType<typeof planSiteSync>, collection: ReferenceCollection) =>
  plan.changes.filter((change) => change.collection === collection);

describe('planSiteSync', () => {
  it('creates everything on an empty database, each row with exactly the contract fields, relations by key', () => {
    const plan = planSiteSync(feeds(), emptyState());
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => `${change.action} ${change.collection} ${change.key}`)).toEqual([
      'create agencies dinsos-a',
      'create services cek',
      'create services logistik',
      'create kecamatan 32.14.06',
      'create villages 32.14.06.2006',
      'create service_points kantor',
      'create days_off 2026-03-20',
      'create stock_items beras',
      'create warehouses dinas.dinsos-a',
      'create warehouses lumbung.32.14.06',
    ]);
    for (const change of plan.changes)
      expect(Object.keys(change.values!).sort()).toEqual(Object.keys(REFERENCE_FIELDS[change.collection]).sort());
    const cek = plan.changes.find((change) => change.key === 'cek')!.values!;
    expect(cek).toMatchObject({
      steps: ['Datang', 'Dicek'],
      requirements: ['KTP'],
      agency: { ref: 'agencies', key: 'dinsos-a' },
      village_proposals: false,
      completion_amount: 0,
      completed_by: 'petugas',
      camat_proposals_decided_by: '',
      active: true,
    });
    expect(plan.changes.find((change) => change.key === 'logistik')!.values).toMatchObject({
      village_proposals: true,
      camat_proposals_decided_by: 'camat',
      completed_by: 'kepala_bidang',
      completion_amount: 3,
      completion_unit: 'hari kerja',
      steps: ['Permohonan diterima dan diproses'],
    });
    expect(plan.changes.find((change) => change.key === '32.14.06')!.values).toMatchObject({
      agency: { ref: 'agencies', key: 'dinsos-a' },
    });
    expect(plan.changes.find((change) => change.key === 'dinsos-a')!.values).toMatchObject({
      complaint_verification_days: 2,
      complaint_follow_up_days: 7,
    });
    expect(plan.changes.find((change) => change.key === '2026-03-20')!.values).toEqual({
      date: '2026-03-20',
      year: 2026,
      name: 'Cuti Bersama Hari Raya Idul Fitri',
      kind: 'cuti-bersama',
    });
  });

  it('removes a day off the decree no longer lists, and adds the one that replaces it', () => {
    const state = stateAfter(feeds());
    const moved = feeds();
    moved.daysOff.years[0]!.days = [
      { date: '2026-03-25', name: 'Cuti Bersama Hari Raya Idul Fitri', kind: 'cuti-bersama' },
    ];
    const plan = planSiteSync(moved, state);
    expect(plan.problems).toEqual([]);
    expect(changesOf(plan, 'days_off').map((change) => `${change.action} ${change.key}`)).toEqual([
      'create 2026-03-25',
      'delete 2026-03-20',
    ]);
  });

  it('changes nothing when the database already says what the build says, whatever the key order of JSON', () => {
    const state = stateAfter(feeds());
    const point = state.rows.service_points[0]!;
    point.values = { ...point.values, contacts: [{ value: '0877', kind: 'whatsapp' }] };
    expect(planSiteSync(feeds(), state)).toEqual({ problems: [], changes: [], log: [] });
  });

  it('updates changed steps and says open requests keep their own', () => {
    const state = stateAfter(feeds());
    state.openRequests['cek'] = ['PWK-7KX3-Q9MD-8'];
    const changed = feeds();
    changed.services.services[0]!.procedure = { steps: [{ text: 'Datang' }, { text: 'Dicek' }, { text: 'Dicetak' }] };
    const plan = planSiteSync(changed, state);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({ collection: 'services', action: 'update', key: 'cek', id: 'services-cek' }),
    ]);
    expect(plan.log.join('\n')).toContain(
      'Layanan cek: langkah berubah; permohonan baru memakai langkah baru, 1 permohonan terbuka tetap memakai langkahnya sendiri.',
    );
  });

  it('deactivates a service left out of the build whose requests are all finished', () => {
    const state = stateAfter(feeds());
    state.requestCounts['cek'] = 4;
    const changed = feeds();
    changed.services.services = changed.services.services.filter((service) => service.id !== 'cek');
    changed.servicePoints[0]!.services = [];
    const plan = planSiteSync(changed, state);
    expect(plan.problems).toEqual([]);
    expect(changesOf(plan, 'services')).toEqual([
      { collection: 'services', action: 'deactivate', key: 'cek', id: 'services-cek' },
    ]);
  });

  it('refuses a build that leaves out a service with open requests, naming them', () => {
    const state = stateAfter(feeds());
    state.openRequests['cek'] = ['PWK-7KX3-Q9MD-8', 'PWK-0000-0000-X'];
    const changed = feeds();
    changed.services.services = changed.services.services.filter((service) => service.id !== 'cek');
    changed.servicePoints[0]!.services = [];
    const plan = planSiteSync(changed, state);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      expect.stringContaining(
        'Layanan cek tidak ada lagi di build, tetapi 2 permohonan belum selesai (PWK-7KX3-Q9MD-8, PWK-0000-0000-X)',
      ),
    ]);
  });

  it('refuses what would orphan accounts or data: offices, villages, Camats without Lambung Sosial, moved services', () => {
    const state = stateAfter(feeds());
    state.agencyUsage['dinsos-a'] = 3;
    state.villageUsage['32.14.06.2006'] = 1;
    state.camatAccounts['32.14.06'] = 1;
    state.requestCounts['cek'] = 2;
    const changed = feeds();
    changed.villages = [];
    changed.kecamatan.features[0]!.properties.lambungSosial = false;
    changed.services.agencies.push({
      id: 'dinsos-b',
      requestPrefix: 'BNA',
      regionCode: '33.04',
      name: 'Dinas B',
      shortName: 'B',
      complaintDeadlines: { verificationWorkingDays: 3, followUpWorkingDays: 5 },
    });
    changed.services.services[0]!.agency = 'dinsos-b';
    const problems = planSiteSync(changed, state).problems.join('\n');
    expect(problems).toContain('villages 32.14.06.2006 tidak ada lagi di build, tetapi masih dipakai 1 akun atau data');
    expect(problems).toContain('Kecamatan 32.14.06 tidak lagi punya Lambung Sosial, tetapi masih punya 1 akun Camat');
    expect(problems).toContain('Layanan cek pindah kantor, tetapi sudah punya 2 permohonan');
  });

  it('deletes reference rows nothing uses, those that refer to others first', () => {
    const state = stateAfter(feeds());
    const changed = feeds();
    changed.villages = [];
    changed.kecamatan.features = [];
    changed.logistics.warehouses = changed.logistics.warehouses.filter((warehouse) => warehouse.kind === 'dinas');
    const plan = planSiteSync(changed, state);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => `${change.action} ${change.collection}`)).toEqual([
      'delete warehouses',
      'delete villages',
      'delete kecamatan',
    ]);
  });

  it('keeps every item and warehouse the stock ledger names, and each warehouse at its office and kecamatan', () => {
    const state = stateAfter(feeds());
    expect(state.rows.warehouses.map((row) => [row.values['code'], row.values['kecamatan']])).toEqual([
      ['dinas.dinsos-a', { ref: 'kecamatan', key: '' }],
      ['lumbung.32.14.06', { ref: 'kecamatan', key: '32.14.06' }],
    ]);
    state.stockUsage['beras'] = 4;
    state.stockUsage['lumbung.32.14.06'] = 2;
    const changed = feeds();
    changed.logistics.items = [];
    changed.logistics.warehouses = changed.logistics.warehouses.slice(0, 1);
    const problems = planSiteSync(changed, state).problems.join('\n');
    expect(problems).toContain('stock_items beras tidak ada lagi di build, tetapi masih dipakai 4 akun atau data');
    expect(problems).toContain(
      'warehouses lumbung.32.14.06 tidak ada lagi di build, tetapi masih dipakai 2 akun atau data',
    );
    const elsewhere = feeds();
    elsewhere.logistics.warehouses[1]!.kecamatan = '32.14.99';
    expect(planSiteSync(elsewhere, stateAfter(feeds())).problems).toEqual([
      'Gudang lumbung.32.14.06 menyebut kecamatan 32.14.99, yang tidak ada di build.',
    ]);
  });

  it('refuses a build that contradicts itself or that this server does not understand', () => {
    const broken = feeds();
    broken.services.agencies.push({
      id: 'dinsos-b',
      requestPrefix: 'PWK',
      regionCode: '33.04',
      name: 'Dinas B',
      shortName: 'B',
      complaintDeadlines: { verificationWorkingDays: 3, followUpWorkingDays: 5 },
    });
    broken.services.services.push({
      id: 'lain',
      url: 'https://x.test/',
      agency: 'dinsos-c',
      title: 'Lain',
      completedBy: 'petugas',
    });
    broken.services.services.push({
      id: 'logistik-2',
      url: 'https://x.test/',
      agency: 'dinsos-a',
      title: 'Logistik 2',
      villageProposals: true,
      camatProposalsDecidedBy: 'kepala_bidang',
      completedBy: 'kepala_bidang',
    });
    broken.villages.push({ code: '32.14.99.1001', name: 'Entah', type: 'desa', kecamatan: '32.14.99' });
    broken.servicePoints[0]!.services.push('hilang');
    const problems = planSiteSync(broken, emptyState()).problems.join('\n');
    expect(problems).toContain('Kantor dinsos-b dan dinsos-a memakai awalan nomor yang sama (PWK)');
    expect(problems).toContain('Layanan lain menyebut kantor dinsos-c, yang tidak ada di build');
    expect(problems).toContain('punya dua layanan yang menerima usulan desa (logistik dan logistik-2)');
    expect(problems).toContain('kecamatan 32.14.99 tidak ada di build');
    expect(problems).toContain('Titik layanan kantor menyebut layanan hilang');

    const future = feeds();
    future.services.version = SERVICE_FEED_VERSION + 1;
    expect(planSiteSync(future, emptyState()).problems).toEqual([expect.stringContaining('server ini memahami versi')]);
  });

  it('refuses to lose the service that files an office’s village proposals', () => {
    const state = stateAfter(feeds());
    state.proposalCounts['dinsos-a'] = 5;
    const changed = feeds();
    changed.services.services[1]!.villageProposals = false;
    expect(planSiteSync(changed, state).problems).toEqual([
      expect.stringContaining('Kantor dinsos-a punya 5 usulan desa'),
    ]);
  });
});

describe('usageQuestions: the start looks up only what the plan reads', () => {
  /** The fixture with a second office, in another regency, with nothing of its own in the build. */
  const withSecondOffice = () => {
    const both = feeds();
    both.services.agencies.push({
      ...both.services.agencies[0]!,
      id: 'dinsos-b',
      requestPrefix: 'BNA',
      regionCode: '33.04',
    });
    return both;
  };

  /** The state with only the figures usageQuestions asks for, as the server looks them up. */
  function answered(state: CurrentState, feedsNow: SiteFeeds): CurrentState {
    const questions = usageQuestions(feedsNow, state.rows);
    const only = <T>(table: Record<string, T>, keys: string[]) =>
      Object.fromEntries(keys.filter((key) => key in table).map((key) => [key, table[key]!]));
    return {
      rows: state.rows,
      openRequests: only(state.openRequests, questions.openRequests),
      requestCounts: only(state.requestCounts, questions.requestCounts),
      agencyUsage: only(state.agencyUsage, questions.agencyUsage),
      proposalCounts: only(state.proposalCounts, questions.proposalCounts),
      camatAccounts: only(state.camatAccounts, questions.camatAccounts),
      villageUsage: only(state.villageUsage, questions.villageUsage),
      stockUsage: only(state.stockUsage, questions.stockUsage),
    };
  }

  /** Every reference of the fixture in use, as five years of an office would have them. */
  function usedEverywhere(state: CurrentState): CurrentState {
    return {
      ...state,
      openRequests: { cek: ['PWK-7KX3-Q9MD-8'], logistik: ['PWK-0000-0000-X'] },
      requestCounts: { cek: 40, logistik: 12 },
      agencyUsage: { 'dinsos-a': 60, 'dinsos-b': 2 },
      proposalCounts: { 'dinsos-a': 5, 'dinsos-b': 1 },
      camatAccounts: { '32.14.06': 1 },
      villageUsage: { '32.14.06.2006': 3 },
      stockUsage: { beras: 4, 'dinas.dinsos-a': 1, 'lumbung.32.14.06': 3 },
    };
  }

  it('asks nothing when the build changed nothing and every office files its village proposals', () => {
    expect(usageQuestions(feeds(), stateAfter(feeds()).rows)).toEqual({
      openRequests: [],
      requestCounts: [],
      agencyUsage: [],
      proposalCounts: [],
      camatAccounts: [],
      villageUsage: [],
      stockUsage: [],
    });
  });

  // Each build leaves out or changes references still in use; the plan on the figures the server
  // looked up must refuse exactly as the plan on every figure does, with the same message.
  const changes: [string, (changed: SiteFeeds) => void, string][] = [
    [
      'a service with open requests left out',
      (changed) => {
        changed.services.services = changed.services.services.filter((service) => service.id !== 'cek');
        changed.servicePoints[0]!.services = [];
      },
      'Layanan cek tidak ada lagi di build, tetapi 1 permohonan belum selesai (PWK-7KX3-Q9MD-8)',
    ],
    [
      'a service with requests moved to another office',
      (changed) => (changed.services.services[0]!.agency = 'dinsos-b'),
      'Layanan cek pindah kantor, tetapi sudah punya 40 permohonan',
    ],
    [
      'an office with staff and requests left out',
      (changed) => (changed.services.agencies = changed.services.agencies.filter((office) => office.id !== 'dinsos-b')),
      'agencies dinsos-b tidak ada lagi di build, tetapi masih dipakai 2 akun atau data',
    ],
    [
      'an office with village proposals and no service that files them',
      (changed) => (changed.services.services[1]!.villageProposals = false),
      'Kantor dinsos-a punya 5 usulan desa',
    ],
    [
      'a Lambung Sosial with a Camat account closed',
      (changed) => (changed.kecamatan.features[0]!.properties.lambungSosial = false),
      'Kecamatan 32.14.06 tidak lagi punya Lambung Sosial, tetapi masih punya 1 akun Camat',
    ],
    [
      'a kecamatan with a Camat account left out',
      (changed) => {
        changed.kecamatan.features = [];
        changed.villages = [];
        changed.logistics.warehouses = changed.logistics.warehouses.slice(0, 1);
      },
      'kecamatan 32.14.06 tidak ada lagi di build, tetapi masih dipakai 1 akun atau data',
    ],
    [
      'a village with an operator and proposals left out',
      (changed) => (changed.villages = []),
      'villages 32.14.06.2006 tidak ada lagi di build, tetapi masih dipakai 3 akun atau data',
    ],
    [
      'a catalogue item in the stock ledger left out',
      (changed) => (changed.logistics.items = []),
      'stock_items beras tidak ada lagi di build, tetapi masih dipakai 4 akun atau data',
    ],
    [
      'a warehouse in the stock ledger left out',
      (changed) => (changed.logistics.warehouses = changed.logistics.warehouses.slice(0, 1)),
      'warehouses lumbung.32.14.06 tidak ada lagi di build, tetapi masih dipakai 3 akun atau data',
    ],
  ];
  for (const [what, change, refusal] of changes) {
    it(`refuses on the looked-up figures as on all of them: ${what}`, () => {
      const state = usedEverywhere(stateAfter(withSecondOffice()));
      const changed = withSecondOffice();
      change(changed);
      const plan = planSiteSync(changed, state);
      expect(plan.problems.join('\n')).toContain(refusal);
      expect(plan.changes).toEqual([]);
      expect(planSiteSync(changed, answered(state, changed))).toEqual(plan);
    });
  }

  it('tells how many open requests keep their steps from the looked-up figures too', () => {
    const state = usedEverywhere(stateAfter(withSecondOffice()));
    const changed = withSecondOffice();
    changed.services.services[0]!.procedure = { steps: [{ text: 'Datang' }] };
    expect(usageQuestions(changed, state.rows).openRequests).toEqual(['cek']);
    const plan = planSiteSync(changed, answered(state, changed));
    expect(plan).toEqual(planSiteSync(changed, state));
    expect(plan.log.join('\n')).toContain('1 permohonan terbuka tetap memakai langkahnya sendiri');
  });
});
