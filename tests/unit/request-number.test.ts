import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  EXAMPLE_NUMBER,
  checkCharacter,
  formatRequestNumber,
  parseRequestNumber,
} from '../../src/domain/request-number';
import { isPhoneNumber, phoneVerifier, verifierFromTyped, PHONE_EXAMPLE } from '../../src/domain/phone';

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
    expect(parseRequestNumber(withZeroAndOne.replace(/0/g, 'O').replace(/1/g, 'l'))).toMatchObject({
      ok: true,
      number: withZeroAndOne,
    });
    expect(parseRequestNumber(withZeroAndOne.replace(/1/g, 'I'))).toMatchObject({ ok: true, number: withZeroAndOne });
  });

  it('catch every single mistyped character, including the check character', () => {
    const body = 'PWK7KX3Q9MD';
    const check = checkCharacter(body);
    for (let position = 3; position <= body.length; position++) {
      for (const replacement of CROCKFORD_ALPHABET) {
        const typed = (body + check).slice(0, position) + replacement + (body + check).slice(position + 1);
        if (typed === body + check) continue;
        expect(parseRequestNumber(typed)).toMatchObject({
          ok: false,
          reason: 'cek',
          message: expect.stringContaining('Nomor tidak valid, periksa kembali'),
        });
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

  it('have the check characters computed by hand (known answers)', () => {
    // Luhn mod 32 over 0123456789ABCDEFGHJKMNPQRSTVWXYZ (index = value), factor 2 on the rightmost
    // character, then 1, 2, …; each product p adds floor(p / 32) + p % 32; check = (32 − sum % 32) % 32.
    // PWK7KX3Q9MD, right to left: D 13×2=26 → 26; M 20; 9×2=18; Q 23; 3×2=6; X 29; K 19×2=38 → 1+6=7;
    //   7; K → 7; W 28; P 22×2=44 → 1+12=13. Sum 184; 184 % 32 = 24; 32 − 24 = 8 → "8".
    expect(formatRequestNumber('PWK', '7KX3Q9MD')).toBe('PWK-7KX3-Q9MD-8');
    // RKH00000000: the zeros add 0; H 17×2=34 → 1+2=3; K 19; R 24×2=48 → 1+16=17. Sum 39;
    //   39 % 32 = 7; 32 − 7 = 25 → "S".
    expect(formatRequestNumber('RKH', '00000000')).toBe('RKH-0000-0000-S');
    // BNAZZZZZZZZ: each Z×2 = 62 → 1+30 = 31 and each Z×1 = 31, so 8 × 31 = 248; A 10×2=20; N 21;
    //   B 11×2=22. Sum 311; 311 % 32 = 23; 32 − 23 = 9 → "9".
    expect(formatRequestNumber('BNA', 'ZZZZZZZZ')).toBe('BNA-ZZZZ-ZZZZ-9');
  });

  it('show people an example that passes its own check', () => {
    expect(EXAMPLE_NUMBER).toBe('PWK-7KX3-Q9MD-8');
    expect(parseRequestNumber(EXAMPLE_NUMBER)).toMatchObject({ ok: true, number: EXAMPLE_NUMBER });
  });

  it('refuse prefixes with letters that read as digits', () => {
    expect(() => formatRequestNumber('RHL', '7KX3Q9MD')).toThrow(/tanpa I, L, O, U/);
  });
});

describe('phone numbers', () => {
  it('take the verifier from the last four digits of the phone', () => {
    expect(phoneVerifier('0812-2044-3187')).toBe('3187');
    expect(phoneVerifier('+62 857 2210 4409')).toBe('4409');
  });

  it('accept numbers as people write them, and the example shown to them', () => {
    for (const phone of [PHONE_EXAMPLE, '0812-2044-3187', '+62 857 2210 4409', '0264-8304578'])
      expect(isPhoneNumber(phone)).toBe(true);
    for (const notAPhone of ['', '0812', 'nomor saya 0812', '0812 3456 7890 1234 5678 9'])
      expect(isPhoneNumber(notAPhone)).toBe(false);
  });

  it('read the verifier from four digits, or from a whole phone number typed by habit (its last four)', () => {
    expect(verifierFromTyped('3187')).toBe('3187');
    expect(verifierFromTyped(' 3187 ')).toBe('3187');
    expect(verifierFromTyped('0812-2044-3187')).toBe('3187');
    expect(verifierFromTyped('+62 812 2044 3187')).toBe('3187');
    expect(verifierFromTyped('081220443187')).toBe('3187');
    // The first four of a whole number are never taken.
    expect(verifierFromTyped('0812-2044-3187')).not.toBe('0812');
    for (const neither of ['', '318', '31 87', 'abcd', 'nomor saya 0812 2044 3187'])
      expect(verifierFromTyped(neither)).toBeUndefined();
  });

  it('show people examples the status form accepts', () => {
    expect(verifierFromTyped(PHONE_EXAMPLE)).toBe('7890');
    expect(verifierFromTyped(phoneVerifier(PHONE_EXAMPLE))).toBe('7890');
  });
});
