import { describe, expect, it } from 'vitest';
import { dueDate, promiseState } from '../../src/domain/due-date';
import { WEEKENDS_ONLY } from '../../src/domain/working-days';

// Holidays are in tests/unit/working-days.test.ts; these use a calendar of weekends only.

describe('dueDate', () => {
  const monday9am = new Date('2026-11-23T02:00:00Z'); // 09:00 WIB

  it('adds minutes, hours, days and weeks', () => {
    expect(dueDate(monday9am, { amount: 210, unit: 'menit' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-11-23T05:30:00.000Z',
    );
    expect(dueDate(monday9am, { amount: 2, unit: 'jam' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-11-23T04:00:00.000Z',
    );
    expect(dueDate(monday9am, { amount: 1, unit: 'hari' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-11-24T02:00:00.000Z',
    );
    expect(dueDate(monday9am, { amount: 2, unit: 'minggu' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-12-07T02:00:00.000Z',
    );
  });

  it('skips weekends (in WIB) for working days', () => {
    const friday = new Date('2026-11-27T02:00:00Z');
    expect(dueDate(friday, { amount: 1, unit: 'hari kerja' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-11-30T02:00:00.000Z',
    );
    // 23:30 WIB on Friday is still Friday in WIB although Saturday would follow in a few minutes.
    const fridayLate = new Date('2026-11-27T16:30:00Z');
    expect(dueDate(fridayLate, { amount: 1, unit: 'hari kerja' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-11-30T16:30:00.000Z',
    );
  });

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(dueDate(monday9am, { amount: 3, unit: 'bulan' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2027-02-23T02:00:00.000Z',
    );
    expect(dueDate(new Date('2026-11-30T02:00:00Z'), { amount: 3, unit: 'bulan' }, WEEKENDS_ONLY).toISOString()).toBe(
      '2027-02-28T02:00:00.000Z',
    );
  });
});

describe('promiseState', () => {
  const due = new Date('2026-11-23T05:30:00Z');
  it('tells within, past, and finished on time or late', () => {
    expect(promiseState(due, null, new Date('2026-11-23T05:00:00Z'))).toBe('dalam-waktu');
    expect(promiseState(due, null, new Date('2026-11-23T06:00:00Z'))).toBe('lewat-waktu');
    expect(promiseState(due, new Date('2026-11-23T05:29:00Z'), new Date('2026-11-30T00:00:00Z'))).toBe(
      'selesai-tepat-waktu',
    );
    expect(promiseState(due, new Date('2026-11-23T05:31:00Z'), new Date('2026-11-23T05:31:00Z'))).toBe(
      'selesai-terlambat',
    );
    expect(promiseState(null, null, new Date())).toBe('tanpa-janji');
  });
});
