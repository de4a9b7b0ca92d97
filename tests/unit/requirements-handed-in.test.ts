import { describe, expect, it } from 'vitest';
import { requirementsNotHandedIn } from '../../src/domain/requirements-handed-in';

const STANDARD = ['KTP', 'KK', 'Surat Pengantar Desa'];

describe('requirements not handed in yet', () => {
  it('at the counter: those the petugas did not tick, in the standard’s order', () => {
    expect(
      requirementsNotHandedIn(STANDARD, {
        channel: 'loket',
        requirements_checked: ['KK'],
        statements: {},
        document_requirements: {},
      }),
    ).toEqual(['KTP', 'Surat Pengantar Desa']);
    expect(
      requirementsNotHandedIn(STANDARD, {
        channel: 'loket',
        requirements_checked: [...STANDARD],
        statements: null,
        document_requirements: null,
      }),
    ).toEqual([]);
  });

  it('online: those neither stated nor sent as a document — what is brought to the counter', () => {
    const online = {
      channel: 'online' as const,
      requirements_checked: [],
      statements: { KTP: 'NIK sudah ditulis' },
      document_requirements: { 'kk_1.jpg': 'KK', 'kk_2.jpg': 'KK' },
    };
    expect(requirementsNotHandedIn(STANDARD, online)).toEqual(['Surat Pengantar Desa']);
  });
});
