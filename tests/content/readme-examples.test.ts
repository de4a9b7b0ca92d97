// Examples the README gives readers to type must pass the app's own checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNik } from '../../src/domain/population-numbers';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README examples', () => {
  const niks = [...readme.matchAll(/NIK[^`]*`(\d{16})`/g)].map((match) => match[1]!);

  it('gives a NIK to try, and every NIK it gives is one the village form accepts', () => {
    expect(niks.length).toBeGreaterThan(0);
    for (const nik of niks) expect(readNik(nik), nik).toMatchObject({ ok: true });
  });
});
