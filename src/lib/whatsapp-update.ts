// Telling an applicant, a village or a complainant where their request, proposal or complaint
// stands by WhatsApp without a paid API: staff (or the Camat) open https://wa.me/<their phone>?text=
// <update> on their own phone or computer and press send. The message holds the number, the step,
// what to do next and the status page's address — never a name, the phone or the verifier. The
// office's wording is content (`whatsappUpdates` in its file in content/agencies/); without it,
// DEFAULT_WHATSAPP_UPDATES.
import {
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_STEP,
  COMPLAINT_STEPS,
  PROPOSAL_STATUSES,
  PROPOSAL_STATUS_STEP,
  PROPOSAL_STEPS,
  REQUEST_STATUSES,
  isFinished,
  stepsHaveBegun,
  type ComplaintStatus,
  type ProposalStatus,
  type RequestStatus,
} from '../domain/statuses';
import { collectionSentence, requestProgress } from '../domain/request-progress';
import { internationalPhoneDigits } from '../domain/phone';

/** What an office's template may contain, each in braces: {nomor}, {tautan} … */
export const WHATSAPP_PLACEHOLDERS = ['kantor', 'nomor', 'layanan', 'langkah', 'tindakan', 'tautan'] as const;
type Placeholder = (typeof WHATSAPP_PLACEHOLDERS)[number];
/**
 * Without these the message is no update: who sends it, which record, and where to follow it. The
 * sender is a placeholder, never written into an office's wording: a Camat sends the Dinas's
 * proposal update from their own office.
 */
export const REQUIRED_WHATSAPP_PLACEHOLDERS: readonly Placeholder[] = ['kantor', 'nomor', 'langkah', 'tautan'];

/** The office a Camat sends from (the Kantor Camat of their kecamatan, content/service-points.yaml). */
export const camatOffice = (kecamatan: string) => `Kantor Camat ${kecamatan}`;

/** What is tracked by a number, and whom the update goes to. */
export const TRACKED_KINDS = {
  permohonan: 'pemohon',
  usulan: 'desa',
  pengaduan: 'pelapor',
} as const;
export type TrackedKind = keyof typeof TRACKED_KINDS;

export const DEFAULT_WHATSAPP_UPDATES: Record<TrackedKind, string> = {
  permohonan:
    'Kabar dari {kantor}: permohonan {nomor} ({layanan}) sekarang {langkah}. {tindakan} Lihat perkembangannya di ' +
    '{tautan} dengan 4 angka terakhir nomor HP Anda.',
  usulan:
    'Kabar dari {kantor}: usulan logistik {nomor} sekarang {langkah}. {tindakan} Lihat perkembangannya di ' +
    '{tautan} dengan 4 angka terakhir nomor HP kontak usulan.',
  pengaduan:
    'Kabar dari {kantor}: pengaduan {nomor} ({layanan}) sekarang {langkah}. {tindakan} Lihat perkembangannya di ' +
    '{tautan} dengan 4 angka terakhir nomor HP Anda.',
};

/** What the recipient does next, by the record's status. */
export const NEXT_ACTIONS: {
  permohonan: Record<RequestStatus, string>;
  usulan: Record<ProposalStatus, string>;
  pengaduan: Record<ComplaintStatus, string>;
} = {
  permohonan: {
    'menunggu-verifikasi': 'Petugas sedang memeriksa dokumen Anda; belum ada yang perlu Anda lakukan.',
    'perlu-dilengkapi': 'Ada dokumen yang perlu Anda lengkapi: buka halaman status dan kirim dokumen yang diminta.',
    diterima: 'Permohonan Anda sudah kami terima; belum ada yang perlu Anda lakukan.',
    diproses: 'Belum ada yang perlu Anda lakukan; kami kabari lagi bila ada yang perlu.',
    selesai: 'Permohonan Anda sudah selesai; keterangannya ada di halaman status.',
    ditolak: 'Permohonan Anda tidak dapat diproses; alasannya ada di halaman status.',
  },
  usulan: {
    diterima: 'Usulan sudah kami terima; belum ada yang perlu desa lakukan.',
    diverifikasi: 'Usulan sudah diverifikasi dan menunggu keputusan; belum ada yang perlu desa lakukan.',
    disetujui: 'Usulan disetujui; kami kabari lagi saat logistik dikirim.',
    ditolak: 'Usulan tidak dapat dipenuhi; alasannya ada di halaman status.',
    dikirim:
      'Logistik sudah dikirim dengan BAST; mohon terima, tanda tangani BAST-nya dan kirimkan fotonya kepada kami.',
    'diterima-desa': 'Logistik sudah diterima desa sesuai BAST; mohon dibagikan kepada korban. Terima kasih.',
  },
  pengaduan: {
    diterima: 'Pengaduan Anda sudah kami terima; belum ada yang perlu Anda lakukan.',
    diverifikasi: 'Pengaduan Anda sudah diverifikasi dan sedang ditangani; belum ada yang perlu Anda lakukan.',
    didisposisikan: 'Pengaduan Anda sedang ditangani unit yang berwenang; kami kabari lagi saat ada jawaban.',
    dijawab: 'Jawaban sudah ada di halaman status: bacalah, lalu beri tahu kami apakah masalahnya sudah selesai.',
    'dibuka-kembali': 'Pengaduan Anda dibuka kembali dan sedang ditangani lagi; belum ada yang perlu Anda lakukan.',
    selesai: 'Pengaduan Anda sudah selesai ditangani; terima kasih.',
    'tidak-diproses': 'Pengaduan ini di luar wewenang kantor kami; ke mana menyampaikannya ada di halaman status.',
  },
};

/** Placeholders a template uses that do not exist, and required ones it leaves out (for the content schema). */
export function whatsappTemplateProblems(template: string): string[] {
  const used = [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
  const unknown = used
    .filter((name) => !(WHATSAPP_PLACEHOLDERS as readonly string[]).includes(name))
    .map(
      (name) => `{${name}} tidak dikenal (yang ada: ${WHATSAPP_PLACEHOLDERS.map((known) => `{${known}}`).join(', ')})`,
    );
  const missing = REQUIRED_WHATSAPP_PLACEHOLDERS.filter((name) => !used.includes(name)).map(
    (name) => `{${name}} wajib ada`,
  );
  return [...unknown, ...missing];
}

interface UpdateBase {
  office: string;
  number: string;
  service: string;
  /** The status page with the number filled in, as an absolute address. */
  statusUrl: string;
}

export type TrackedUpdate =
  | (UpdateBase & {
      kind: 'permohonan';
      status: RequestStatus;
      /** The steps the request was registered under, and the one it is at (1-based). */
      steps: string[];
      currentStep: number;
      /** The service's id: its delivery points are where a finished request's result is collected. */
      serviceSlug: string;
      /** Those points, as looked up (src/lib/service-places.ts), said once the request is finished. */
      collectAt?: readonly { name: string; address: string }[];
    })
  | (UpdateBase & { kind: 'usulan'; status: ProposalStatus })
  | (UpdateBase & { kind: 'pengaduan'; status: ComplaintStatus });

/** "di langkah 2 dari 3 (Asesmen)": the step as the status page shows it. */
export function stepPhrase(update: TrackedUpdate): string {
  switch (update.kind) {
    case 'permohonan': {
      if (!stepsHaveBegun(update.status)) return `berstatus "${REQUEST_STATUSES[update.status]}"`;
      // Finished or refused: as the status page and the receipt say it (src/domain/request-progress.ts).
      if (isFinished(update.status)) {
        const { summary } = requestProgress(update.status, update.currentStep, update.steps.length);
        return summary.charAt(0).toLowerCase() + summary.slice(1);
      }
      return `di langkah ${update.currentStep} dari ${update.steps.length} (${update.steps[update.currentStep - 1] ?? ''})`;
    }
    case 'usulan':
      return `di langkah ${PROPOSAL_STATUS_STEP[update.status]} dari ${PROPOSAL_STEPS.length} (${PROPOSAL_STATUSES[update.status]})`;
    case 'pengaduan':
      return `di langkah ${COMPLAINT_STATUS_STEP[update.status]} dari ${COMPLAINT_STEPS.length} (${COMPLAINT_STATUSES[update.status]})`;
  }
}

/** What the recipient does next, a finished request's place of collection included. */
export function nextAction(update: TrackedUpdate): string {
  switch (update.kind) {
    case 'permohonan': {
      const collect = update.status === 'selesai' && collectionSentence(update.collectAt ?? []);
      return collect ? `Permohonan Anda sudah selesai. ${collect}` : NEXT_ACTIONS.permohonan[update.status];
    }
    case 'usulan':
      return NEXT_ACTIONS.usulan[update.status];
    case 'pengaduan':
      return NEXT_ACTIONS.pengaduan[update.status];
  }
}

export function whatsappUpdateText(update: TrackedUpdate, template = DEFAULT_WHATSAPP_UPDATES[update.kind]): string {
  const values: Record<Placeholder, string> = {
    kantor: update.office,
    nomor: update.number,
    layanan: update.service,
    langkah: stepPhrase(update),
    tindakan: nextAction(update),
    tautan: update.statusUrl,
  };
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name as Placeholder] ?? whole);
}

/** WhatsApp with the message ready to send to the recipient's phone (opened on the sender's own device). */
export function whatsappUpdateLink(phone: string, text: string): string {
  return `https://wa.me/${internationalPhoneDigits(phone)}?text=${encodeURIComponent(text)}`;
}
