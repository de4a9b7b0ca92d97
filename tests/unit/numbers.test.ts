// Numbers as Indonesians write them (src/domain/numbers.ts): digits grouped by ".", a decimal comma.
// Expected texts worked out by hand.
import { describe, expect, it, vi } from 'vitest';
import { formatDecimal, groupDigits } from '../../src/domain/numbers';
import { formatIndex, formatUnit } from '../../src/lib/figures';

describe('Indonesian numbers', () => {
  it('groups digits by three from the right', () => {
    expect(groupDigits('7')).toBe('7');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1.000');
    expect(groupDigits('1234567')).toBe('1.234.567');
  });

  it('writes exactly the decimals asked for, with a decimal comma', () => {
    expect(formatDecimal(88.31, 2)).toBe('88,31');
    expect(formatDecimal(88.3, 2)).toBe('88,30');
    expect(formatDecimal(100, 2)).toBe('100,00');
    expect(formatDecimal(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatDecimal(1234, 0)).toBe('1.234');
  });

  it('rounds half away from zero, on the number as written', () => {
    expect(formatDecimal(2.5, 0)).toBe('3');
    expect(formatDecimal(0.125, 2)).toBe('0,13');
    // 1.005 and 3.5315 are stored a hair below the half (1.00499999999999989…), written as the half.
    expect(formatDecimal(1.005, 2)).toBe('1,01');
    expect(formatDecimal(3.5315, 3)).toBe('3,532');
    // A carry through every place.
    expect(formatDecimal(9.995, 2)).toBe('10,00');
    expect(formatDecimal(999999.9999, 3)).toBe('1.000.000,000');
    expect(formatDecimal(0.999, 2)).toBe('1,00');
    expect(formatDecimal(0.0000001, 2)).toBe('0,00');
    expect(formatDecimal(-2.5, 0)).toBe('-3');
    expect(formatDecimal(-1234.5, 1)).toBe('-1.234,5');
    // What rounds to zero has no minus.
    expect(formatDecimal(-0.001, 2)).toBe('0,00');
  });

  it('writes what Intl writes for id-ID, for numbers of every size', () => {
    // Intl here is Node's ICU, not the code under test: a second, independent writer.
    const intl = (decimals: number) =>
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let draw = 0; draw < 2000; draw++) {
      const decimals = draw % 4;
      const value = Math.round(random() * 10 ** (1 + (draw % 9)) * 10 ** 5) / 10 ** (2 + (draw % 5));
      expect(formatDecimal(value, decimals), `${value} with ${decimals}`).toBe(intl(decimals).format(value));
    }
  });

  it('writes the figures of /kinerja/ without an Intl formatter', () => {
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    expect(formatIndex(88.305)).toBe('88,31');
    expect(formatUnit(3.53)).toBe('3,530');
    expect(numbers).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
