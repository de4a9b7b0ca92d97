// The survey keeps the regulation's questions word for word and explains each in plain words
// (issue 29, item 18). The questions below are copied from PermenPANRB 14/2017's model
// questionnaire ("Anda" for "Saudara"), not from the code.
import { describe, expect, it } from 'vitest';
import { RESPONDENT_PROFILE, SURVEY_ELEMENTS } from '../../src/domain/satisfaction-survey';

const OFFICIAL_QUESTIONS = [
  'Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  'Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?',
  'Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?',
  'Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?',
  'Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan yang Anda terima dengan yang tercantum dalam standar pelayanan?',
  'Bagaimana pendapat Anda tentang kemampuan (kompetensi) petugas dalam memberikan pelayanan?',
  'Bagaimana pendapat Anda tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?',
  'Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan pengguna layanan?',
  'Bagaimana pendapat Anda tentang kualitas sarana dan prasarana pelayanan?',
];

describe('the survey’s wording', () => {
  it('keeps the nine official questions as the regulation words them', () => {
    expect(SURVEY_ELEMENTS.map((element) => element.question)).toEqual(OFFICIAL_QUESTIONS);
  });

  it('explains each question in one short plain sentence or two, without the official jargon', () => {
    for (const element of SURVEY_ELEMENTS) {
      expect(element.explanation.length, element.key).toBeLessThanOrEqual(100);
      expect(element.explanation, element.key).not.toMatch(/kesesuaian|kompetensi|prasarana|spesifikasi/i);
      expect(element.explanation).not.toBe(element.question);
    }
  });

  it('lists the work most people the office serves do', () => {
    expect(Object.values(RESPONDENT_PROFILE.occupation.options)).toEqual([
      'PNS',
      'TNI',
      'Polri',
      'Pegawai swasta',
      'Wirausaha',
      'Petani',
      'Buruh',
      'Ibu rumah tangga',
      'Pelajar/mahasiswa',
      'Tidak bekerja',
      'Lainnya',
    ]);
  });
});
