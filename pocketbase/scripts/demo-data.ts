// Realistic demo data for a local run: staff accounts for each office and requests at various
// steps, some within and one past the promised completion time, satisfaction-survey responses
// (demo-survey.ts), household proposals at every stage (demo-households.ts) and disaster-logistics
// stock (demo-stock.ts). Safe to run on every start.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import type { StaffRole } from '../../src/domain/roles';
import { phoneVerifier } from '../../src/domain/phone';
import { onePagePdf, SAMPLE_PROPOSAL_FIELDS } from './sample-proposal.ts';
import { loadDemoSurvey } from './demo-survey.ts';
import { loadDemoHouseholds } from './demo-households.ts';
import { loadDemoStock } from './demo-stock.ts';

const HOUR = 3_600_000;

interface DemoStaff {
  email: string;
  name: string;
  role: StaffRole;
  agency: string;
}

const STAFF: DemoStaff[] = [
  {
    email: 'petugas.purwakarta@demo.layanan-sosial.id',
    name: 'Rina Marlina',
    role: 'petugas',
    agency: 'dinsos-p3a-purwakarta',
  },
  {
    email: 'kabid.purwakarta@demo.layanan-sosial.id',
    name: 'Hendra Gunawan',
    role: 'kepala_bidang',
    agency: 'dinsos-p3a-purwakarta',
  },
  {
    email: 'petugas.banjarnegara@demo.layanan-sosial.id',
    name: 'Tri Handayani',
    role: 'petugas',
    agency: 'dinsos-pppa-banjarnegara',
  },
  {
    email: 'petugas.rokanhulu@demo.layanan-sosial.id',
    name: 'Fitri Yanti',
    role: 'petugas',
    agency: 'dinsos-p3a-rokan-hulu',
  },
];

interface DemoRequest {
  service: string;
  applicantName: string;
  applicantPhone: string;
  receivedHoursAgo: number;
  /** Events after the automatic "diterima" one: step, status, note, hours after receipt. */
  progress: { step: number; status: 'diproses' | 'selesai' | 'ditolak'; note: string; afterHours: number }[];
}

const REQUESTS: DemoRequest[] = [
  {
    service: 'pengecekan-status-dtks-bansos',
    applicantName: 'Siti Aminah',
    applicantPhone: '0812-2044-3187',
    receivedHoursAgo: 50,
    progress: [
      { step: 2, status: 'selesai', note: 'Hasil pengecekan sudah disampaikan kepada pemohon.', afterHours: 0.5 },
    ],
  },
  {
    service: 'rujukan-ppks-terlantar',
    applicantName: 'Dedi Kurniawan',
    applicantPhone: '0857-2210-4409',
    receivedHoursAgo: 1.5,
    progress: [
      { step: 2, status: 'diproses', note: 'Laporan sedang dikaji Kepala Bidang Rehdayasos.', afterHours: 0.25 },
      { step: 3, status: 'diproses', note: 'Data pendukung dan identitas PPKS sedang disiapkan.', afterHours: 0.5 },
      { step: 4, status: 'diproses', note: 'Tim Kerja melaksanakan asesmen.', afterHours: 1 },
    ],
  },
  {
    service: 'kedaruratan-ppks',
    applicantName: 'Euis Rahayu',
    applicantPhone: '0821-1190-5562',
    receivedHoursAgo: 26,
    progress: [
      { step: 2, status: 'diproses', note: 'Laporan sedang dikaji.', afterHours: 0.5 },
      { step: 3, status: 'diproses', note: 'Tim Kerja menuju lokasi penjangkauan.', afterHours: 2 },
    ],
  },
  {
    service: 'pengusulan-pbi-apbd',
    applicantName: 'Asep Saepudin',
    applicantPhone: '0813-2098-7741',
    receivedHoursAgo: 4,
    progress: [{ step: 2, status: 'diproses', note: 'Dokumen sedang diperiksa petugas.', afterHours: 1 }],
  },
  {
    service: 'santunan-anak-terlantar',
    applicantName: 'Sri Wahyuni',
    applicantPhone: '0852-2733-1905',
    receivedHoursAgo: 21 * 24,
    progress: [
      {
        step: 2,
        status: 'diproses',
        note: 'Surat permohonan diterima front office dan dilaporkan kepada Kepala Dinas.',
        afterHours: 24,
      },
      {
        step: 3,
        status: 'diproses',
        note: 'Jadwal verifikasi lapangan oleh Tim Reaksi Cepat sudah ditetapkan.',
        afterHours: 7 * 24,
      },
    ],
  },
  {
    service: 'respon-kasus-anak',
    applicantName: 'Rudi Hartono',
    applicantPhone: '0811-7560-2238',
    receivedHoursAgo: 6,
    progress: [
      { step: 2, status: 'diproses', note: 'Dokumen persyaratan lengkap.', afterHours: 0.5 },
      { step: 3, status: 'diproses', note: 'Berkas diproses bidang teknis.', afterHours: 2 },
    ],
  },
];

/** Online applications: one waiting for staff to check its documents, one asked for a clearer KK. */
const ONLINE_APPLICATIONS = [
  {
    applicantName: 'Nining Kurniasih',
    applicantPhone: '0838-1122-6093',
    reason: 'Untuk mendaftarkan anak ke SMP negeri jalur afirmasi.',
    askedFor: null,
  },
  {
    applicantName: 'Ujang Suherman',
    applicantPhone: '0819-3340-2715',
    reason: 'Untuk persyaratan berobat di rumah sakit.',
    askedFor: 'Foto Kartu Keluarga buram dan terpotong; kirim ulang foto KK yang seluruh halamannya terlihat jelas.',
  },
] as const;

/**
 * Complaints to Dinsos P3A Purwakarta in each identity and state: one answered and published, an
 * anonymous one passed to a unit, a question left unverified past its deadline, and a "rahasia"
 * one answered but never public.
 */
const COMPLAINTS = [
  {
    key: 'demo-pengaduan-0001',
    kind: 'pengaduan',
    identity: 'biasa',
    service: 'pengusulan-dtks',
    description:
      'Sudah tiga bulan mengusulkan ibu saya masuk DTKS lewat desa, tetapi belum ada kabar. Ke mana saya harus menanyakan?',
    name: 'Rini Marlina',
    phone: '0857-2211-9034',
    reply: 'whatsapp',
    receivedHoursAgo: 200,
    handling: [
      { status: 'diverifikasi', afterHours: 20, public: '', internal: 'Cek usulan desa Cibatu bulan Agustus.' },
      {
        status: 'didisposisikan',
        afterHours: 26,
        unit: 'Bidang Perlindungan dan Jaminan Sosial',
        public: '',
        internal: '',
      },
      {
        status: 'dijawab',
        afterHours: 70,
        public:
          'Usulan DTKS dari desa diverifikasi dan divalidasi Kementerian Sosial setiap bulan. Usulan ibu Anda ' +
          'sudah kami teruskan pada periode September; hasilnya dapat dicek di aplikasi Cek Bansos atau di ' +
          'kantor desa mulai bulan depan.',
        publish: true,
      },
    ],
  },
  {
    key: 'demo-pengaduan-0002',
    kind: 'pengaduan',
    identity: 'anonim',
    service: 'surat-keterangan-dtks',
    description:
      'Waktu mengurus surat keterangan DTKS saya diminta membayar Rp50.000 oleh orang yang mengaku petugas di depan kantor.',
    verifierDigits: '5521',
    reply: 'halaman-status',
    receivedHoursAgo: 30,
    handling: [
      {
        status: 'diverifikasi',
        afterHours: 3,
        public: 'Layanan ini gratis. Pengaduan Anda kami periksa.',
        internal: '',
      },
      {
        status: 'didisposisikan',
        afterHours: 4,
        unit: 'Sekretariat (pengawasan internal)',
        public: '',
        internal: 'Periksa rekaman CCTV halaman depan hari Senin.',
      },
    ],
  },
  {
    key: 'demo-pengaduan-0003',
    kind: 'konsultasi',
    identity: 'biasa',
    service: '',
    description: 'Apakah anak yatim piatu yang tinggal dengan neneknya bisa mendapat bantuan dari Dinas Sosial?',
    name: 'Dadang Kurniawan',
    phone: '0896-4410-2287',
    reply: 'telepon',
    receivedHoursAgo: 8 * 24,
    handling: [],
  },
  {
    key: 'demo-pengaduan-0004',
    kind: 'pengaduan',
    identity: 'rahasia',
    service: 'pengusulan-pbi-apbd',
    description: 'Tetangga saya yang mampu terdaftar PBI APBD, sedangkan keluarga saya yang tidak mampu ditolak.',
    name: 'Siti Aminah',
    phone: '0813-9021-7745',
    reply: 'whatsapp',
    receivedHoursAgo: 120,
    handling: [
      { status: 'diverifikasi', afterHours: 5, public: '', internal: '' },
      {
        status: 'dijawab',
        afterHours: 48,
        public:
          'Terima kasih. Data kepesertaan yang Anda laporkan akan diverifikasi ulang bersama desa pada pemutakhiran bulan ini.',
        publish: false,
      },
    ],
  },
] as const;

async function loadComplaints(
  pb: PocketBase,
  agencyId: string,
  services: Map<string, RecordModel>,
  staffId: string,
  now: number,
) {
  for (const demo of COMPLAINTS) {
    if (
      (
        await pb
          .collection('complaints')
          .getList(1, 1, { filter: pb.filter('idempotency_key = {:key}', { key: demo.key }) })
      ).totalItems > 0
    )
      continue;
    const receivedAt = now - demo.receivedHoursAgo * HOUR;
    const contact =
      'phone' in demo
        ? { complainant_name: demo.name, complainant_phone: demo.phone, status_verifier: phoneVerifier(demo.phone) }
        : { status_verifier: demo.verifierDigits };
    const complaint = await pb.collection('complaints').create({
      agency: agencyId,
      service: demo.service ? services.get(demo.service)!.id : '',
      kind: demo.kind,
      identity: demo.identity,
      description: demo.description,
      reply_channel: demo.reply,
      ...contact,
      idempotency_key: demo.key,
      received_at: new Date(receivedAt).toISOString(),
    });
    for (const step of demo.handling) {
      await pb.collection('complaint_events').create({
        complaint: complaint.id,
        status: step.status,
        public_note: step.public,
        internal_note: 'internal' in step ? step.internal : '',
        unit: 'unit' in step ? step.unit : '',
        publish_answer: 'publish' in step ? step.publish : false,
        staff: staffId,
        at: new Date(receivedAt + step.afterHours * HOUR).toISOString(),
      });
    }
  }
}

/** The demo village (Lambung Sosial, so both recipients are offered) and its Camat. */
const DEMO_VILLAGE_CODE = '32.14.06.2006';
const VILLAGE_ACCOUNTS = [
  {
    collection: 'operators',
    email: 'operator.linggasari@demo.layanan-sosial.id',
    name: 'Ujang Sopandi',
    role: 'operator desa',
    place: 'Desa Linggasari, Kec. Darangdan',
    extra: { phone: '0812-7788-4321' },
  },
  {
    collection: 'camats',
    email: 'camat.darangdan@demo.layanan-sosial.id',
    name: 'Camat Darangdan',
    role: 'camat',
    place: 'Kec. Darangdan',
    extra: {},
  },
] as const;

/** The online applications above, for Surat Keterangan DTKS (KTP and KK as documents, the reason stated). */
async function loadOnlineApplications(pb: PocketBase, service: RecordModel, staffId: string, now: number) {
  for (const [index, demo] of ONLINE_APPLICATIONS.entries()) {
    const key = `demo-permohonan-online-000${index + 1}`;
    if (
      (await pb.collection('requests').getList(1, 1, { filter: pb.filter('idempotency_key = {:key}', { key }) }))
        .totalItems > 0
    )
      continue;
    const form = new FormData();
    const fields = {
      agency: service['agency'],
      service: service.id,
      channel: 'online',
      idempotency_key: key,
      applicant_name: demo.applicantName,
      applicant_phone: demo.applicantPhone,
      statements: JSON.stringify({ 'Alasan Kebutuhan Pencetakan': demo.reason }),
      received_at: new Date(now - (3 - index) * HOUR).toISOString(),
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('documents', onePagePdf('Kartu Tanda Penduduk'), 'ktp.pdf');
    form.append('documents', onePagePdf('Kartu Keluarga'), 'kk.pdf');
    const request = await pb.collection('requests').create(form);
    const [ktp, kk] = request['documents'] as string[];
    await pb
      .collection('requests')
      .update(request.id, { document_requirements: { [ktp!]: 'Kartu Tanda Penduduk', [kk!]: 'Kartu Keluarga' } });
    if (demo.askedFor) {
      await pb.collection('request_events').create({
        request: request.id,
        step: 1,
        status: 'perlu-dilengkapi',
        public_note: demo.askedFor,
        staff: staffId,
        at: new Date(now - HOUR).toISOString(),
      });
    }
  }
}

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: string;
  agency: string;
}

/** Passwords are generated once per data folder and kept there (git-ignored). */
function demoPasswords(dataDir: string): Record<string, string> {
  const file = `${dataDir}/demo-accounts.json`;
  const known: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const account of [...STAFF, ...VILLAGE_ACCOUNTS]) known[account.email] ??= randomBytes(9).toString('base64url');
  writeFileSync(file, JSON.stringify(known, null, 2), { mode: 0o600 });
  return known;
}

/** Needs a superuser client and services already synced. Returns the demo staff accounts. */
export async function loadDemoData(pb: PocketBase, dataDir: string): Promise<DemoAccount[]> {
  const passwords = demoPasswords(dataDir);
  const agencies = new Map(
    (await pb.collection('agencies').getFullList()).map((agency) => [agency['slug'] as string, agency]),
  );
  const services = new Map(
    (await pb.collection('services').getFullList()).map((service) => [service['slug'] as string, service]),
  );
  const staffIds = new Map<string, string>();

  for (const staff of STAFF) {
    const agency = agencies.get(staff.agency);
    if (!agency) throw new Error(`Demo staff ${staff.email}: agency ${staff.agency} is not synced.`);
    const password = passwords[staff.email]!;
    const existing = await pb
      .collection('staff')
      .getFirstListItem(pb.filter('email = {:email}', { email: staff.email }))
      .catch(() => null);
    const data = {
      name: staff.name,
      role: staff.role,
      agency: agency.id,
      password,
      passwordConfirm: password,
      verified: true,
    };
    const record = existing
      ? await pb.collection('staff').update(existing.id, data)
      : await pb.collection('staff').create({ email: staff.email, emailVisibility: false, ...data });
    staffIds.set(staff.agency, staffIds.get(staff.agency) ?? record.id);
  }

  const now = Date.now();
  for (const demo of REQUESTS) {
    const service = services.get(demo.service);
    if (!service) throw new Error(`Demo request: service ${demo.service} is not synced.`);
    const alreadyThere = await pb
      .collection('requests')
      .getFirstListItem(
        pb.filter('service = {:service} && applicant_name = {:name}', {
          service: service.id,
          name: demo.applicantName,
        }),
      )
      .catch(() => null);
    if (alreadyThere) continue;
    const agencyId = service['agency'] as string;
    const agencySlug = [...agencies.values()].find((agency) => agency.id === agencyId)!['slug'] as string;
    const staffId = staffIds.get(agencySlug);
    const receivedAt = now - demo.receivedHoursAgo * HOUR;
    const request = await pb.collection('requests').create({
      agency: agencyId,
      service: service.id,
      applicant_name: demo.applicantName,
      applicant_phone: demo.applicantPhone,
      received_at: new Date(receivedAt).toISOString(),
      registered_by: staffId,
    });
    for (const event of demo.progress) {
      await pb.collection('request_events').create({
        request: request.id,
        step: event.step,
        status: event.status,
        public_note: event.note,
        staff: staffId,
        at: new Date(receivedAt + event.afterHours * HOUR).toISOString(),
      });
    }
  }

  await loadOnlineApplications(pb, services.get('surat-keterangan-dtks')!, staffIds.get('dinsos-p3a-purwakarta')!, now);
  await loadComplaints(
    pb,
    agencies.get('dinsos-p3a-purwakarta')!.id,
    services,
    staffIds.get('dinsos-p3a-purwakarta')!,
    now,
  );
  await loadDemoSurvey(pb, staffIds.get('dinsos-p3a-purwakarta')!, now);

  const village = await pb
    .collection('villages')
    .getFirstListItem(pb.filter('code = {:code}', { code: DEMO_VILLAGE_CODE }));
  const villageAccounts: DemoAccount[] = [];
  for (const account of VILLAGE_ACCOUNTS) {
    const password = passwords[account.email]!;
    const place = account.collection === 'operators' ? { village: village.id } : { kecamatan: village['kecamatan'] };
    const data = {
      name: account.name,
      ...account.extra,
      ...place,
      password,
      passwordConfirm: password,
      verified: true,
    };
    const existing = await pb
      .collection(account.collection)
      .getFirstListItem(pb.filter('email = {:email}', { email: account.email }))
      .catch(() => null);
    if (existing) await pb.collection(account.collection).update(existing.id, data);
    else await pb.collection(account.collection).create({ email: account.email, ...data });
    villageAccounts.push({
      email: account.email,
      password,
      name: account.name,
      role: account.role,
      agency: account.place,
    });
  }

  // One proposal from the demo village, addressed to the Camat and already verified.
  const operator = await pb
    .collection('operators')
    .getFirstListItem(pb.filter('email = {:email}', { email: VILLAGE_ACCOUNTS[0].email }));
  if (
    (await pb.collection('proposals').getList(1, 1, { filter: pb.filter('operator = {:id}', { id: operator.id }) }))
      .totalItems === 0
  ) {
    const form = new FormData();
    const fields: Record<string, string> = {
      ...SAMPLE_PROPOSAL_FIELDS,
      idempotency_key: 'demo-usulan-linggasari-0001',
      village: village.id,
      operator: operator.id,
      recipient: 'camat',
      camat_kecamatan: village['kecamatan'],
      occurred_at: new Date(now - 30 * HOUR).toISOString(),
      received_at: new Date(now - 28 * HOUR).toISOString(),
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [field, title] of [
      ['doc_request_letter', 'Surat Permohonan Usulan'],
      ['doc_chronology', 'Kronologis'],
      ['doc_victims_losses', 'Jumlah Korban dan Kerugian'],
      ['doc_kk_ktp', 'KK dan KTP'],
    ] as const) {
      form.append(field, onePagePdf(title), `${field}.pdf`);
    }
    const proposal = await pb.collection('proposals').create(form);
    await pb.collection('proposal_events').create({
      proposal: proposal.id,
      status: 'diverifikasi',
      public_note: 'Usulan sudah diverifikasi; menunggu keputusan Camat.',
      at: new Date(now - 20 * HOUR).toISOString(),
    });
  }

  // Household proposals (usulan DTSEN) of the demo village at every stage, through the server's routes.
  const demoAccount = (email: string) => ({ email, password: passwords[email]! });
  await loadDemoHouseholds(pb, demoAccount(VILLAGE_ACCOUNTS[0].email), demoAccount(STAFF[0]!.email), now);
  // Disaster-logistics stock in two warehouses and one release with its BAST, through the routes too.
  await loadDemoStock(
    pb,
    { petugas: demoAccount(STAFF[0]!.email), camat: demoAccount(VILLAGE_ACCOUNTS[1].email) },
    { id: village.id, kecamatan: village['kecamatan'] },
    operator.id,
    now,
  );

  return [
    ...STAFF.map((staff) => ({
      email: staff.email,
      password: passwords[staff.email]!,
      name: staff.name,
      role: staff.role,
      agency: staff.agency,
    })),
    ...villageAccounts,
  ];
}
