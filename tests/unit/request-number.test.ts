import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, checkCharacter, formatRequestNumber, parseRequestNumber, phoneVerifier } from '../../src/lib/request-number';

const sample = formatRequestNumber('PWK', '7KX3Q9MD');

describe('request numbers', () => {
  it('look like PWK-7KX3-Q9MD-C with a check character', () => {
    expect(sample).toMatch(/^PWK-7KX3-Q9MD-[0-9A-Z]$/);
    expect(parseRequestNumber(sample)).toEqual({ ok: true, number: sample, prefix: 'PWK' });
  });

  it('accept lower case, spaces, missing dashes and O/0, I/1, L/1 confusions', () => {
    const check = sample.at(-1)!;
    for (const typed of [`pwk 7kx3 q9md ${check}`, `PWK7KX3Q9MD${check}`, ` pwk-7kx3-q9md-${check.toLowerCase()} `]) {
      expect(parseRequestNumber(typed)).toMatchObject({ ok: true, number: sample });
    }
    const withZeroAndOne = formatRequestNumber('BNA', '10AB01CD');
    expect(parseRequestNumber(withZeroAndOne.replace(/0/g, 'O').replace(/1/g, 'l'))).toMatchObject({ ok: true, number: withZeroAndOne });
    expect(parseRequestNumber(withZeroAndOne.replace(/1/g, 'I'))).toMatchObject({ ok: true, number: withZeroAndOne });
  });

  it('catch every single mistyped character, including the check character', () => {
    const body = 'PWK7KX3Q9MD';
    const check = checkCharacter(body);
    for (let position = 3; position <= body.length; position++) {
      for (const replacement of CROCKFORD_ALPHABET) {
        const typed = (body + check).slice(0, position) + replacement + (body + check).slice(position + 1);
        if (typed === body + check) continue;
        expect(parseRequestNumber(typed)).toMatchObject({ ok: false, reason: 'cek', message: expect.stringContaining('Nomor tidak valid, periksa kembali') });
      }
    }
  });

  it('catch swapped neighbours in most cases', () => {
    const body = 'PWK7KX3Q9MD';
    const check = checkCharacter(body);
    let caught = 0;
    let swaps = 0;
    for (let i = 3; i < body.length - 1; i++) {
      if (body[i] === body[i + 1]) continue;
      swaps++;
      const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
      if (!parseRequestNumber(swapped + check).ok) caught++;
    }
    expect(caught / swaps).toBeGreaterThan(0.85);
  });

  it('explain what is wrong with malformed input', () => {
    expect(parseRequestNumber('')).toMatchObject({ ok: false, reason: 'kosong' });
    expect(parseRequestNumber('PWK-123')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseRequestNumber('P1K-7KX3-Q9MD-4')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseRequestNumber('PWK-7KX3-Q9MD-U')).toMatchObject({ ok: false, reason: 'format' });
  });

  it('refuse prefixes with letters that read as digits', () => {
    expect(() => formatRequestNumber('RHL', '7KX3Q9MD')).toThrow(/tanpa I, L, O, U/);
  });

  it('take the verifier from the last four digits of the phone', () => {
    expect(phoneVerifier('0812-2044-3187')).toBe('3187');
    expect(phoneVerifier('+62 857 2210 4409')).toBe('4409');
  });
});
