// Demo data of the satisfaction survey: finished requests of two Purwakarta services in the current
// semester and responses to them, through the server's own routes (number and verifier, and the
// counter), so /kinerja/ and the kepala bidang's report have something to show — one service with
// enough respondents for a grade, one below the minimum sample ("responden belum cukup").
// Safe to run on every start: what exists is left as it is.
import type PocketBase from 'pocketbase';
import { semesterOf } from '../../src/domain/report-period';
import { SURVEY_ELEMENTS } from '../../src/domain/satisfaction-survey';
import { phoneVerifier } from '../../src/domain/phone';

const HOUR = 3_600_000;

interface DemoSurveyService {
  service: string;
  /** Requests finished this semester (service users). */
  finished: number;
  /** Of them, how many rate their request with its number … */
  rated: number;
  /** … and how many more people answer at the counter. */
  atCounter: number;
  /** First digits of the applicants' made-up phone numbers. */
  phonePrefix: string;
}

export const DEMO_SURVEY: DemoSurveyService[] = [
  // 24 users here and the finished demo request of demo-data.ts: 25, for whom Krejcie–Morgan's
  // table asks 24; 24 respondents with their numbers: graded. The 4 at the counter are shown apart,
  // never counted (UNTIED_CHANNEL).
  { service: 'pengecekan-status-dtks-bansos', finished: 24, rated: 24, atCounter: 4, phonePrefix: '0812-3300-' },
  // 12 users → all are needed; 3 respondents: "responden belum cukup".
  { service: 'pengusulan-dtks', finished: 12, rated: 3, atCounter: 0, phonePrefix: '0813-4400-' },
];

const GIVEN_NAMES = [
  'Ade',
  'Asep',
  'Cucu',
  'Dadang',
  'Dede',
  'Enok',
  'Entin',
  'Euis',
  'Iis',
  'Imas',
  'Lilis',
  'Neneng',
  'Nining',
  'Oman',
  'Rohman',
  'Tati',
  'Ujang',
  'Wawan',
  'Yayat',
  'Ajat',
];
const FAMILY_NAMES = ['Suryana', 'Hidayat', 'Nurjanah', 'Permana', 'Rukmana', 'Sopian', 'Mulyani', 'Kurnia'];
const SUGGESTIONS = [
  'Ruang tunggu perlu kursi tambahan, banyak lansia berdiri.',
  'Petugas ramah, tetapi antrean pagi hari lama.',
  'Persyaratan di papan pengumuman kurang jelas, tulisannya kecil.',
  'Mohon hasil pengecekan juga bisa dikabarkan lewat WhatsApp.',
];
/** Scores that make a realistic mix: mostly 3 ("sesuai", "cepat"), some 4, a few 2. */
const SCORES = [3, 4, 3, 3, 4, 2, 3, 4, 3, 3, 4];

/** The questionnaire of demo respondent `index`: pengaduan skipped by every third, a profile by some. */
function demoAnswers(index: number): Record<string, string> {
  const answers: Record<string, string> = {};
  SURVEY_ELEMENTS.forEach((element, position) => {
    if (element.key === 'pengaduan' && index % 3 === 0) return;
    answers[element.key] = String(SCORES[(index * 3 + position * 5) % SCORES.length]);
  });
  if (index % 2 === 0)
    Object.assign(answers, {
      gender: index % 4 === 0 ? 'perempuan' : 'laki-laki',
      age_range: ['30-39', '40-49', '50-59', '20-29'][index % 4],
      education: ['sma', 'smp', 'sd-ke-bawah'][index % 3],
    });
  if (index % 5 === 1) answers['suggestion'] = SUGGESTIONS[index % SUGGESTIONS.length]!;
  return answers;
}

/** Needs a superuser client (the routes' rate limits do not apply to it), demo staff and synced services. */
export async function loadDemoSurvey(pb: PocketBase, staffId: string, now: number) {
  // Within the current semester, whenever the demo is started.
  const earliest = Math.max(new Date(semesterOf(new Date(now)).from).getTime() + HOUR, now - 30 * 24 * HOUR);
  const rated = new Set(
    (await pb.collection('survey_responses').getFullList({ filter: 'number != ""', fields: 'number' })).map(
      (response) => response['number'] as string,
    ),
  );
  for (const demo of DEMO_SURVEY) {
    const service = await pb
      .collection('services')
      .getFirstListItem(pb.filter('slug = {:slug}', { slug: demo.service }));
    const existing = new Map(
      (
        await pb.collection('requests').getFullList({
          filter: pb.filter('service = {:id}', { id: service.id }),
          fields: 'applicant_name,number,applicant_phone',
        })
      ).map((request) => [request['applicant_name'] as string, request]),
    );
    for (let index = 0; index < demo.finished; index++) {
      const name = `${GIVEN_NAMES[index % GIVEN_NAMES.length]} ${FAMILY_NAMES[(index * 3) % FAMILY_NAMES.length]}`;
      let request = existing.get(name);
      if (!request) {
        const receivedAt = earliest + ((now - earliest) * index) / demo.finished;
        const created = await pb.collection('requests').create({
          agency: service['agency'],
          service: service.id,
          applicant_name: name,
          applicant_phone: `${demo.phonePrefix}${String(1000 + index)}`,
          received_at: new Date(receivedAt).toISOString(),
          registered_by: staffId,
        });
        await pb.collection('request_events').create({
          request: created.id,
          step: (created['steps'] as string[]).length,
          status: 'selesai',
          public_note: 'Layanan selesai.',
          staff: staffId,
          at: new Date(Math.min(now, receivedAt + HOUR)).toISOString(),
        });
        request = created;
      }
      if (index < demo.rated && !rated.has(request['number'])) {
        await pb.send('/api/layanan/survei', {
          method: 'POST',
          body: {
            number: request['number'],
            verifier: phoneVerifier(request['applicant_phone']),
            ...demoAnswers(index),
          },
        });
      }
    }
    const atCounter = (
      await pb
        .collection('survey_responses')
        .getList(1, 1, { filter: pb.filter('service = {:id} && channel = "loket"', { id: service.id }) })
    ).totalItems;
    for (let index = atCounter; index < demo.atCounter; index++) {
      await pb.send('/api/layanan/survei/loket', {
        method: 'POST',
        body: { service: demo.service, ...demoAnswers(demo.rated + index) },
      });
    }
  }
}
