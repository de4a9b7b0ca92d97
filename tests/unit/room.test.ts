// The room a box keeps (src/lib/room.ts), worked out at build time from DejaVu Sans's widths: known
// answers computed by hand from the widths in src/lib/glyph-widths.ts ("a" 0.6128 em, space 0.3179 em,
// "9" 0.6363 em; bold "9" 0.6959 em).
import { describe, expect, it } from 'vitest';
import { linesAt, roomBands, roomStyles } from '../../src/lib/room';

const twentyA = 'a'.repeat(20); // 12.256 em

describe('the room of texts that take turns in a box', () => {
  it('breaks lines at spaces as the browser does, a word wider than the box anywhere', () => {
    // "aa aa" is 0.6128 × 4 + 0.3179 = 2.7691 em.
    expect(linesAt('aa aa', 2.77)).toBe(1);
    expect(linesAt('aa aa', 2.76)).toBe(2);
    // Each "aa" (1.2256 em) takes two lines of 1 em.
    expect(linesAt('aa aa', 1)).toBe(4);
    // Bold is wider: "9999" is 2.5452 em, 2.7836 em in bold.
    expect(linesAt('9999', 2.6)).toBe(1);
    expect(linesAt('9999', 2.6, true)).toBe(2);
  });

  it('keeps, per band of widths, the most lines any of its texts takes', () => {
    // Two words of 12.256 em: 4 lines below 12.256 em, 2 from the first step at or past it (12.375),
    // 1 from the first step past 12.256 × 2 + 0.3179 = 24.8299 em (24.875).
    const kind = { name: 'x', texts: ['aa', `${twentyA} ${twentyA}`] };
    expect(roomBands(kind)).toEqual([
      { from: 12, lines: 4 },
      { from: 12.375, lines: 2 },
      { from: 24.875, lines: 1 },
    ]);
    expect(roomStyles([kind])).toBe(
      '.room{display:block;container-type:inline-size}.room>span{display:block}' +
        '.room-x>span{min-block-size:round(up,4lh,1px)}' +
        '@container (min-width:12.375em){.room-x>span{min-block-size:round(up,2lh,1px)}}' +
        '@container (min-width:24.875em){.room-x>span{min-block-size:round(up,1lh,1px)}}',
    );
  });

  it('refuses a character it has no width for', () => {
    expect(() => linesAt('Hari Ulang Tahun ke-80 🎉', 20)).toThrow(/No width for "🎉"/);
  });
});
