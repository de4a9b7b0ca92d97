import { describe, expect, it } from 'vitest';
import { completionTimeAsIsoDuration, formatCompletionTime } from '../../src/domain/completion-time';

describe('formatCompletionTime', () => {
  it('spells minutes out as hours and minutes', () => {
    expect(formatCompletionTime({ amount: 210, unit: 'menit' })).toBe('3 jam 30 menit');
    expect(formatCompletionTime({ amount: 60, unit: 'menit' })).toBe('1 jam');
    expect(formatCompletionTime({ amount: 61, unit: 'menit' })).toBe('1 jam 1 menit');
  });
  it('keeps short durations and other units as written', () => {
    expect(formatCompletionTime({ amount: 45, unit: 'menit' })).toBe('45 menit');
    expect(formatCompletionTime({ amount: 1, unit: 'hari' })).toBe('1 hari');
    expect(formatCompletionTime({ amount: 3, unit: 'bulan' })).toBe('3 bulan');
    expect(formatCompletionTime({ amount: 14, unit: 'hari kerja' })).toBe('14 hari kerja');
  });
});

describe('completionTimeAsIsoDuration', () => {
  it('gives schema.org durations', () => {
    expect(completionTimeAsIsoDuration({ amount: 210, unit: 'menit' })).toBe('PT210M');
    expect(completionTimeAsIsoDuration({ amount: 1, unit: 'hari' })).toBe('P1D');
    expect(completionTimeAsIsoDuration({ amount: 3, unit: 'bulan' })).toBe('P3M');
    expect(completionTimeAsIsoDuration({ amount: 2, unit: 'jam' })).toBe('PT2H');
  });
});
