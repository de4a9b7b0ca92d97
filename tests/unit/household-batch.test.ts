// The rules of a village's deliberation (src/domain/household-batch.ts), with answers worked by hand:
// the office's date (WIB) decides "not after today", an SPTJM needs the office's leave and no
// attendance, each household not agreed needs its reason.
import { describe, expect, it } from 'vitest';
import {
  SPTJM_REFUSED,
  batchProblems,
  notAgreedNote,
  readOutcomes,
  type BatchInput,
} from '../../src/domain/household-batch';

const ID = 'abcdefghij12345';
const good: BatchInput = {
  way: 'musdes',
  heldOn: '2026-12-07',
  attending: 23,
  minutesFiles: 1,
  outcomes: [{ household: ID, agreed: true }],
};
// 7 December 2026, 17:30 UTC = 8 December 00:30 WIB: the office's today is the 8th.
const now = new Date('2026-12-07T17:30:00Z');
const fields = (input: Partial<BatchInput>, sptjmAllowed = false) =>
  batchProblems({ ...good, ...input }, { sptjmAllowed, now }).map((problem) => problem.field);

describe('a deliberation', () => {
  it('takes a musdes with its date, attendance, minutes and households', () => {
    expect(fields({})).toEqual([]);
  });

  it('counts "today" in the office’s time zone', () => {
    expect(fields({ heldOn: '2026-12-08' })).toEqual([]);
    expect(fields({ heldOn: '2026-12-09' })).toEqual(['held_on']);
    expect(fields({ heldOn: '2026-13-01' })).toEqual(['held_on']);
  });

  it('refuses an SPTJM unless the office allows one, naming the rule; an SPTJM needs no attendance', () => {
    const refused = batchProblems({ ...good, way: 'sptjm', attending: null }, { sptjmAllowed: false, now });
    expect(refused).toEqual([{ field: 'way', message: SPTJM_REFUSED }]);
    expect(fields({ way: 'sptjm', attending: null }, true)).toEqual([]);
    expect(fields({ attending: null })).toEqual(['attending']);
    expect(fields({ attending: 0 })).toEqual(['attending']);
  });

  it('wants a reason for each household not agreed, and each household once', () => {
    expect(fields({ outcomes: [{ household: ID, agreed: false }] })).toEqual(['outcomes']);
    expect(fields({ outcomes: [{ household: ID, agreed: false, reason: 'Sudah menerima RTLH.' }] })).toEqual([]);
    expect(
      fields({
        outcomes: [
          { household: ID, agreed: true },
          { household: ID, agreed: true },
        ],
      }),
    ).toEqual(['outcomes']);
    expect(fields({ outcomes: [] })).toEqual(['outcomes']);
    expect(fields({ minutesFiles: 0 })).toEqual(['minutes']);
  });

  it('reads outcomes only in their shape', () => {
    expect(readOutcomes([{ household: ID, agreed: true }])).toEqual([{ household: ID, agreed: true, reason: '' }]);
    expect(readOutcomes([{ household: 'x" || 1=1', agreed: true }])).toBeNull();
    expect(readOutcomes([{ household: ID, agreed: 'ya' }])).toBeNull();
    expect(readOutcomes({ household: ID })).toBeNull();
  });

  it('tells the village why one was not agreed, with the day as written on the minutes', () => {
    expect(notAgreedNote('muskel', '2026-12-04', 'Pindah domisili.')).toBe(
      'Tidak disepakati (Musyawarah kelurahan, 04-12-2026): Pindah domisili.',
    );
  });
});
