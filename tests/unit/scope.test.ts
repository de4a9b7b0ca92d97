import { describe, expect, it } from 'vitest';
import { kabupatenScope } from '../../src/lib/scope';

describe('LAYANAN_KABUPATEN', () => {
  it('is a Kemendagri kabupaten code, or unset for every kabupaten in content/', () => {
    expect(kabupatenScope('32.14')).toBe('32.14');
    expect(kabupatenScope(' 33.04 ')).toBe('33.04');
    expect(kabupatenScope(undefined)).toBeUndefined();
    expect(kabupatenScope('')).toBeUndefined();
  });

  it('refuses anything else, saying what to write', () => {
    expect(() => kabupatenScope('Purwakarta')).toThrow(/kode Kemendagri kabupaten, misalnya 32\.14/);
    expect(() => kabupatenScope('32.14.06')).toThrow(/LAYANAN_KABUPATEN/);
  });
});
