// Survei Kepuasan Masyarakat (SKM) as PermenPANRB 14/2017 sets it out: nine elements (unsur), each
// answered on a four-point scale with its own wording, scored 1 to 4; the respondent profile of the
// regulation's questionnaire (optional here); and a suggestion. The form, the server's checks, the
// migration's fields (tests/integration/schema-agreement.test.ts) and the reports all come from
// these lists. The index itself is computed in satisfaction-index.ts.
import { HIDDEN_CONTROLS_MESSAGE, hasHiddenControls, looksLikeNik } from './text';
import { parseRequestNumber } from './request-number';

export interface SurveyElement {
  /** The field of survey_responses and of the form. */
  key: string;
  /** How the regulation numbers it (U1–U9). */
  code: string;
  name: string;
  question: string;
  /** The site's own plain words under the official question: what it asks about. */
  explanation: string;
  /** The four answers, scored 1 to 4 in this order. */
  answers: readonly [string, string, string, string];
}

/** The regulation's nine elements in its order, with the wording of its model questionnaire ("Anda" for "Saudara"). */
export const SURVEY_ELEMENTS = [
  {
    key: 'persyaratan',
    code: 'U1',
    name: 'Persyaratan',
    question: 'Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    explanation: 'Apakah dokumen yang diminta (misalnya KTP, KK, surat keterangan) memang perlu untuk layanan ini?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    key: 'prosedur',
    code: 'U2',
    name: 'Sistem, mekanisme dan prosedur',
    question: 'Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?',
    explanation: 'Apakah langkah-langkah mengurusnya mudah diikuti?',
    answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  {
    key: 'waktu',
    code: 'U3',
    name: 'Waktu penyelesaian',
    question: 'Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?',
    explanation: 'Apakah layanan selesai dengan cepat?',
    answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  {
    key: 'biaya',
    code: 'U4',
    name: 'Biaya/tarif',
    question: 'Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?',
    explanation: 'Apakah biaya yang Anda bayar wajar? Layanan yang gratis dijawab “Gratis”.',
    answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  {
    key: 'produk',
    code: 'U5',
    name: 'Produk spesifikasi jenis pelayanan',
    question:
      'Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan yang Anda terima dengan yang tercantum dalam standar pelayanan?',
    explanation: 'Apakah hasil yang Anda terima (surat, bantuan, jawaban) sama dengan yang dijanjikan?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    key: 'kompetensi',
    code: 'U6',
    name: 'Kompetensi pelaksana',
    question: 'Bagaimana pendapat Anda tentang kemampuan (kompetensi) petugas dalam memberikan pelayanan?',
    explanation: 'Apakah petugas paham pekerjaannya dan bisa menjawab pertanyaan Anda?',
    answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  {
    key: 'perilaku',
    code: 'U7',
    name: 'Perilaku pelaksana',
    question: 'Bagaimana pendapat Anda tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?',
    explanation: 'Apakah petugas sopan dan ramah kepada Anda?',
    answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    key: 'pengaduan',
    code: 'U8',
    name: 'Penanganan pengaduan, saran dan masukan',
    question: 'Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan pengguna layanan?',
    explanation: 'Apakah ada tempat untuk mengadu atau memberi saran, dan apakah ditanggapi?',
    answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  {
    key: 'sarana',
    code: 'U9',
    name: 'Sarana dan prasarana',
    question: 'Bagaimana pendapat Anda tentang kualitas sarana dan prasarana pelayanan?',
    explanation: 'Bagaimana tempat layanannya: ruang tunggu, tempat duduk, toilet, dan alat yang dipakai?',
    answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
] as const satisfies readonly SurveyElement[];

export type SurveyElementKey = (typeof SURVEY_ELEMENTS)[number]['key'];

/** Scores run from 1 (the first answer) to 4. */
export const SURVEY_SCORE = { min: 1, max: 4 } as const;

/** The respondent profile of the regulation's questionnaire; every question may be left out. Age in ranges, not years. */
export const RESPONDENT_PROFILE = {
  gender: { label: 'Jenis kelamin', options: { 'laki-laki': 'Laki-laki', perempuan: 'Perempuan' } },
  age_range: {
    label: 'Usia',
    options: {
      'di-bawah-20': 'Di bawah 20 tahun',
      '20-29': '20–29 tahun',
      '30-39': '30–39 tahun',
      '40-49': '40–49 tahun',
      '50-59': '50–59 tahun',
      '60-ke-atas': '60 tahun ke atas',
    },
  },
  education: {
    label: 'Pendidikan terakhir',
    options: {
      'sd-ke-bawah': 'SD ke bawah',
      smp: 'SMP',
      sma: 'SMA/SMK',
      diploma: 'D1/D2/D3',
      s1: 'D4/S1',
      's2-ke-atas': 'S2/S3',
    },
  },
  occupation: {
    label: 'Pekerjaan',
    options: {
      pns: 'PNS',
      tni: 'TNI',
      polri: 'Polri',
      swasta: 'Pegawai swasta',
      wirausaha: 'Wirausaha',
      // Beyond the regulation's model: the work most people a Dinas Sosial serves do.
      petani: 'Petani',
      buruh: 'Buruh',
      'ibu-rumah-tangga': 'Ibu rumah tangga',
      'pelajar-mahasiswa': 'Pelajar/mahasiswa',
      'tidak-bekerja': 'Tidak bekerja',
      lainnya: 'Lainnya',
    },
  },
} as const;
export type ProfileField = keyof typeof RESPONDENT_PROFILE;
// Marked pure so that a page needing nothing of the questionnaire does not load it for this call.
export const PROFILE_FIELDS = /* @__PURE__ */ Object.keys(RESPONDENT_PROFILE) as ProfileField[];

/**
 * How a response came in: with the number of a finished request, proposal or complaint (from the
 * status page), or at the counter through the QR code of the poster or receipt (tied to no number).
 */
export const SURVEY_CHANNELS = {
  permohonan: 'Lewat nomor permohonan',
  usulan: 'Lewat nomor usulan desa',
  pengaduan: 'Lewat nomor pengaduan',
  loket: 'Di loket (kode QR)',
} as const;
export type SurveyChannel = keyof typeof SURVEY_CHANNELS;

/**
 * The channel tied to no visit: the counter's QR code, which anyone can open and send from anywhere,
 * as often as they drop a cookie. Its responses are kept and shown to the office, counted apart,
 * and never in the index or its sample — a response with a number is tied to a finished request or
 * proposal, checked with its verifier, once per number. Their answers are kept in
 * `counter_answers`, not in the score columns the index is summed from (migration 1795403310).
 */
export const UNTIED_CHANNEL = 'loket' satisfies SurveyChannel;

/**
 * The receipt's survey QR code carries a ticket for its request — the number, signed by the server
 * — in the address's fragment (never sent to the server with the page, never in a log): the
 * counter form sends it in this field, and the response counts as one given with the number and
 * verifier (once per number, changed within 7 days), once the request is finished.
 */
export const SURVEY_TICKET_FIELD = 'tiket';

/** A ticket's number and signature, or null when it is not one. */
export function readTicket(ticket: string): { number: string; signature: string } | null {
  const [number = '', signature = '', ...rest] = ticket.split('.');
  const parsed = parseRequestNumber(number);
  return parsed.ok && parsed.number === number && /^[0-9a-f]{64}$/.test(signature) && rest.length === 0
    ? { number, signature }
    : null;
}

export const SURVEY_LIMITS = {
  suggestion: 1000,
  /** A response given with a number may be changed for this long after it was first sent. */
  editableMs: 7 * 24 * 60 * 60 * 1000,
  /** Responses one device may send at the counter in `counterWindowMs` (a family may answer for two services). */
  counterResponsesPerDevice: 3,
  counterWindowMs: 24 * 60 * 60 * 1000,
} as const;

/** Where the counter questionnaire of an office lives (the poster's and receipt's QR codes point here). */
export const counterSurveyPath = (agencyId: string) => `/survei/${agencyId}/`;

export interface SurveyInput {
  /** Per element, its score; an element left unanswered is absent. */
  answers: Partial<Record<SurveyElementKey, number>>;
  profile: Partial<Record<ProfileField, string>>;
  suggestion: string;
  /** At the counter: the service the respondent received (its slug). */
  service?: string;
}

export interface SurveyProblem {
  field: string;
  message: string;
}

/**
 * Reads a questionnaire from form fields named as above (`read` gives each field as sent, "" when
 * absent) and says what is wrong with it, naming the field. The same in the form and the server.
 */
export function readSurveyInput(
  read: (field: string) => string,
  options: { counter: boolean },
): { input: SurveyInput; problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = [];
  const input: SurveyInput = { answers: {}, profile: {}, suggestion: read('suggestion').trim() };
  // In the form's order: the service (at the counter), the questions, the profile, the suggestion.
  if (options.counter) {
    input.service = read('service').trim();
    if (!/^[a-z0-9-]{1,80}$/.test(input.service))
      problems.push({ field: 'service', message: 'Pilih layanan yang Anda terima.' });
  }
  let offScale = false;
  for (const element of SURVEY_ELEMENTS) {
    const sent = read(element.key).trim();
    if (sent === '') continue;
    const score = /^[1-4]$/.test(sent) ? Number(sent) : null;
    if (score !== null) input.answers[element.key] = score;
    else {
      offScale = true;
      problems.push({ field: element.key, message: `${element.name}: pilih salah satu jawaban.` });
    }
  }
  if (!offScale && Object.keys(input.answers).length === 0) {
    problems.push({
      field: SURVEY_ELEMENTS[0].key,
      message: 'Jawab paling sedikit satu pertanyaan. Pertanyaan tentang hal yang tidak Anda alami boleh dilewati.',
    });
  }
  for (const field of PROFILE_FIELDS) {
    const sent = read(field).trim();
    if (sent === '') continue;
    if (sent in RESPONDENT_PROFILE[field].options) input.profile[field] = sent;
    else
      problems.push({
        field,
        message: `${RESPONDENT_PROFILE[field].label}: pilih salah satu pilihan, atau kosongkan.`,
      });
  }
  if (input.suggestion.length > SURVEY_LIMITS.suggestion)
    problems.push({ field: 'suggestion', message: `Saran paling banyak ${SURVEY_LIMITS.suggestion} huruf.` });
  else if (looksLikeNik(input.suggestion))
    problems.push({
      field: 'suggestion',
      message: 'Jangan menuliskan NIK di saran: penilaian ini tidak dikaitkan dengan nama Anda.',
    });
  else if (hasHiddenControls(input.suggestion))
    problems.push({ field: 'suggestion', message: `Saran ${HIDDEN_CONTROLS_MESSAGE}` });
  return { input, problems };
}

/** What the status page says about the survey of a finished request or proposal. */
export interface SurveyOffer {
  /** When a response was first sent with this number, or null. */
  submittedAt: string | null;
  /** Until when it may be changed (null: not sent yet). */
  editableUntil: string | null;
}

export function surveyOffer(submittedAt: Date | null): SurveyOffer {
  if (!submittedAt) return { submittedAt: null, editableUntil: null };
  return {
    submittedAt: submittedAt.toISOString(),
    editableUntil: new Date(submittedAt.getTime() + SURVEY_LIMITS.editableMs).toISOString(),
  };
}

export function mayStillEdit(submittedAt: Date, now: Date): boolean {
  return now.getTime() <= submittedAt.getTime() + SURVEY_LIMITS.editableMs;
}
