import { describe, expect, it } from 'vitest';
import { isStale, staleFactWarnings } from '../../src/lib/fact-freshness';

describe('facts of the site’s own, checked on a date', () => {
  it('are due for checking again six months to the day after their check', () => {
    expect(isStale('2026-06-07', new Date('2026-12-06T23:59:59Z'))).toBe(false);
    expect(isStale('2026-06-07', new Date('2026-12-07T00:00:00Z'))).toBe(true);
    // Month ends: 31 August plus six months rolls into March (no 31 February).
    expect(isStale('2026-08-31', new Date('2027-02-28T12:00:00Z'))).toBe(false);
    expect(isStale('2026-08-31', new Date('2027-03-03T00:00:00Z'))).toBe(true);
  });

  it('are named with where they are, what they are and when they were checked', () => {
    const warnings = staleFactWarnings(
      [
        { where: 'content/emergency-numbers.yaml sapa-129', what: 'SAPA 129', checkedOn: '2026-01-10' },
        { where: 'content/emergency-numbers.yaml polisi-110', what: 'Polisi 110', checkedOn: '2026-11-01' },
      ],
      new Date('2026-12-07T00:00:00Z'),
    );
    expect(warnings).toEqual([
      'content/emergency-numbers.yaml sapa-129: "SAPA 129" terakhir dicek 2026-01-10, lebih dari 6 bulan lalu — cek lagi sumbernya, lalu perbarui checkedOn.',
    ]);
  });
});
