// Telling an applicant where their request stands by WhatsApp without a paid API: staff open
// https://wa.me/<their phone>?text=<update> on their own phone or computer and press send. The
// message holds the number, the step, what to do next and the status page's address — never the
// applicant's name, phone or verifier. The office's wording is content (`whatsappUpdate` in its
// file in content/agencies/); without one, DEFAULT_WHATSAPP_UPDATE.
import { REQUEST_STATUSES, stepsHaveBegun, type RequestStatus } from '../domain/statuses';
import { internationalPhoneDigits } from './contact-links';

/** What an office's template may contain, each in braces: {nomor}, {tautan} … */
export const WHATSAPP_PLACEHOLDERS = ['kantor', 'nomor', 'layanan', 'langkah', 'tindakan', 'tautan'] as const;
type Placeholder = (typeof WHATSAPP_PLACEHOLDERS)[number];
/** Without these the message is no update: which request, and where to follow it. */
export const REQUIRED_WHATSAPP_PLACEHOLDERS: readonly Placeholder[] = ['nomor', 'langkah', 'tautan'];

export const DEFAULT_WHATSAPP_UPDATE =
  'Kabar dari {kantor}: permohonan {nomor} ({layanan}) sekarang {langkah}. {tindakan} Lihat perkembangannya di {tautan} dengan 4 angka terakhir nomor HP Anda.';

/** What the applicant does next, by the request's status. */
export const NEXT_ACTION: Record<RequestStatus, string> = {
  'menunggu-verifikasi': 'Petugas sedang memeriksa dokumen Anda; belum ada yang perlu Anda lakukan.',
  'perlu-dilengkapi': 'Ada dokumen yang perlu Anda lengkapi: buka tautan di akhir pesan ini dan kirim dokumen yang diminta.',
  diterima: 'Permohonan Anda sudah kami terima; belum ada yang perlu Anda lakukan.',
  diproses: 'Belum ada yang perlu Anda lakukan; kami kabari lagi bila ada yang perlu.',
  selesai: 'Permohonan Anda sudah selesai; keterangannya ada di halaman status.',
  ditolak: 'Permohonan Anda tidak dapat diproses; alasannya ada di halaman status.',
};

/** Placeholders a template uses that do not exist, and required ones it leaves out (for the content schema). */
export function whatsappTemplateProblems(template: string): string[] {
  const used = [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
  const unknown = used.filter((name) => !(WHATSAPP_PLACEHOLDERS as readonly string[]).includes(name)).map((name) => `{${name}} tidak dikenal (yang ada: ${WHATSAPP_PLACEHOLDERS.map((known) => `{${known}}`).join(', ')})`);
  const missing = REQUIRED_WHATSAPP_PLACEHOLDERS.filter((name) => !used.includes(name)).map((name) => `{${name}} wajib ada`);
  return [...unknown, ...missing];
}

export interface RequestUpdate {
  office: string;
  number: string;
  service: string;
  status: RequestStatus;
  /** The steps the request was registered under, and the one it is at (1-based). */
  steps: string[];
  currentStep: number;
  /** The status page with the number filled in, as an absolute address. */
  statusUrl: string;
}

export function whatsappUpdateText(update: RequestUpdate, template = DEFAULT_WHATSAPP_UPDATE): string {
  const step = stepsHaveBegun(update.status)
    ? `di langkah ${update.currentStep} dari ${update.steps.length} (${update.steps[update.currentStep - 1] ?? ''})`
    : `berstatus "${REQUEST_STATUSES[update.status]}"`;
  const values: Record<Placeholder, string> = { kantor: update.office, nomor: update.number, layanan: update.service, langkah: step, tindakan: NEXT_ACTION[update.status], tautan: update.statusUrl };
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name as Placeholder] ?? whole);
}

/** WhatsApp with the message ready to send to the applicant's phone (opened on the staff member's own device). */
export function whatsappUpdateLink(applicantPhone: string, text: string): string {
  return `https://wa.me/${internationalPhoneDigits(applicantPhone)}?text=${encodeURIComponent(text)}`;
}
