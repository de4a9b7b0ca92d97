// Applying for a service online (SIYANSOS's "Pengajuan Surat Keterangan" without a trip to the
// counter). Which services take online applications, and what they ask for, is content: a service's
// `onlineApplication` says, for each of its own requirements, whether it is sent as a photo or PDF,
// stated in the form, or brought to the counter when collecting the result. Nothing beyond the
// standard's requirements is asked. The same checks run in the form and in the server.
import { PHONE_EXAMPLE, isPhoneNumber } from './phone';
import { HIDDEN_CONTROLS_MESSAGE, hasHiddenControls, looksLikeNik } from './text';
import { wrongFileTypeMessage } from './document-files';

export const REQUIREMENT_MODES = {
  dokumen: 'dikirim sebagai foto atau PDF',
  keterangan: 'ditulis di formulir',
  'dibawa-ke-loket': 'dibawa ke loket saat mengambil hasil',
} as const;
export type RequirementMode = keyof typeof REQUIREMENT_MODES;

export interface ApplicationRequirement {
  /** One of the service's requirements, word for word. */
  requirement: string;
  mode: RequirementMode;
  /** The site's own explanation of what to send or write (shown as such). */
  hint?: string | undefined;
}

export interface OnlineApplication {
  requirements: ApplicationRequirement[];
}

export const APPLICATION_LIMITS = {
  applicantName: 100,
  statement: 1000,
  filesPerDocument: 3,
  /** All documents of one application together; photos are shrunk on the phone first. */
  totalBytes: 20 * 1024 * 1024,
} as const;

/** Where the online application form of a service lives. */
export const applicationPath = (serviceId: string) => `/layanan/${serviceId}/ajukan/`;

/** The form's field for a requirement: its place in the definition. */
export const requirementField = (index: number) => `syarat-${index}`;

/** The place in the definition a form field stands for, or null. */
export function requirementIndex(field: string): number | null {
  const match = /^syarat-(\d{1,2})$/.exec(field);
  return match ? Number(match[1]) : null;
}

export interface ApplicationFile {
  name: string;
  /** null where the type is judged elsewhere (PocketBase detects it from the content). */
  type: string | null;
  size: number;
}

export interface ApplicationInput {
  applicantName: string;
  applicantPhone: string;
  /** Per requirement field: what was written. */
  statements: Record<string, string>;
  /** Per requirement field: the files sent. */
  documents: Record<string, ApplicationFile[]>;
  consent: boolean;
}

export interface ApplicationProblem {
  field: string;
  message: string;
}

export function applicationProblems(
  definition: OnlineApplication,
  input: ApplicationInput,
  allowedTypes: readonly string[],
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const name = input.applicantName.trim();
  if (name === '') add('applicant_name', 'Tuliskan nama lengkap pemohon, seperti di KTP.');
  else if (name.length > APPLICATION_LIMITS.applicantName)
    add('applicant_name', `Nama pemohon paling banyak ${APPLICATION_LIMITS.applicantName} huruf.`);
  else if (hasHiddenControls(name)) add('applicant_name', `Nama pemohon ${HIDDEN_CONTROLS_MESSAGE}`);
  if (!isPhoneNumber(input.applicantPhone))
    add(
      'applicant_phone',
      `Tuliskan nomor HP yang aktif, misalnya ${PHONE_EXAMPLE}: 4 angka terakhirnya dipakai untuk cek status.`,
    );

  for (const field of Object.keys(input.documents)) {
    const index = requirementIndex(field);
    if (index === null || definition.requirements[index]?.mode !== 'dokumen')
      add('applicant_name', 'Ada file untuk persyaratan yang tidak diminta; muat ulang halaman, lalu kirim lagi.');
  }
  let totalBytes = 0;
  definition.requirements.forEach((requirement, index) => {
    const field = requirementField(index);
    if (requirement.mode === 'keterangan') {
      const text = (input.statements[field] ?? '').trim();
      if (text === '') add(field, `${requirement.requirement}: tuliskan keterangannya.`);
      else if (text.length > APPLICATION_LIMITS.statement)
        add(field, `${requirement.requirement}: paling banyak ${APPLICATION_LIMITS.statement} huruf.`);
      else if (looksLikeNik(text))
        add(field, `${requirement.requirement}: jangan menuliskan NIK di sini. NIK cukup terlihat di foto KTP.`);
      else if (hasHiddenControls(text)) add(field, `${requirement.requirement} ${HIDDEN_CONTROLS_MESSAGE}`);
    }
    if (requirement.mode === 'dokumen') {
      const files = input.documents[field] ?? [];
      if (files.length === 0) add(field, `${requirement.requirement}: lampirkan fotonya atau PDF-nya.`);
      if (files.length > APPLICATION_LIMITS.filesPerDocument)
        add(field, `${requirement.requirement}: paling banyak ${APPLICATION_LIMITS.filesPerDocument} file.`);
      for (const file of files) {
        totalBytes += file.size;
        if (file.type !== null && !allowedTypes.includes(file.type))
          add(field, wrongFileTypeMessage(requirement.requirement, file.name));
      }
    }
  });
  if (totalBytes > APPLICATION_LIMITS.totalBytes) {
    const last = definition.requirements
      .map((requirement, index) => ({ requirement, index }))
      .filter(({ requirement }) => requirement.mode === 'dokumen')
      .pop();
    add(
      last ? requirementField(last.index) : 'applicant_name',
      `Semua dokumen bersama-sama paling besar ${APPLICATION_LIMITS.totalBytes / 1024 / 1024} MB; kirim foto yang lebih kecil atau lebih sedikit.`,
    );
  }
  if (!input.consent) add('consent', 'Centang persetujuan agar petugas dapat memeriksa dokumen Anda.');
  return problems;
}

/** The requirements an applicant sends now, and those brought to the counter. */
export function requirementsByMode(
  definition: OnlineApplication,
  mode: RequirementMode,
): { requirement: ApplicationRequirement; field: string }[] {
  return definition.requirements.flatMap((requirement, index) =>
    requirement.mode === mode ? [{ requirement, field: requirementField(index) }] : [],
  );
}
