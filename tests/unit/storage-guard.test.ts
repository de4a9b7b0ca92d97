import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, uploadRefusal } from '../../src/domain/storage-guard';

const MB = 1024 * 1024;
const base = {
  freeDiskMb: 5000,
  minFreeDiskMb: 1024,
  unverified: true,
  usedTodayBytes: 0,
  incomingBytes: 0,
  dailyBudgetMb: 1000,
};

describe('whether an upload may be stored now', () => {
  it('takes one that fits in what is left of the day, refuses one that would go past it', () => {
    expect(uploadRefusal({ ...base, usedTodayBytes: 980 * MB, incomingBytes: 20 * MB })).toBeNull();
    expect(uploadRefusal({ ...base, usedTodayBytes: 980 * MB, incomingBytes: 20 * MB + 1 })).toEqual({
      reason: 'daily-budget',
      message: STORAGE_MESSAGES['daily-budget'],
    });
  });

  it("does not count an account's upload against the budget, but refuses every upload below the watermark", () => {
    expect(uploadRefusal({ ...base, unverified: false, usedTodayBytes: 5000 * MB, incomingBytes: MB })).toBeNull();
    expect(uploadRefusal({ ...base, unverified: false, freeDiskMb: 1023 })).toEqual({
      reason: 'disk',
      message: STORAGE_MESSAGES.disk,
    });
    expect(uploadRefusal({ ...base, freeDiskMb: 1024 })).toBeNull();
  });
});
