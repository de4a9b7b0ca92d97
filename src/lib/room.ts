// The room a box keeps for texts that take turns in it (a figure loading, arrived, kept, missing), so
// nothing below it moves as its text changes. Worked out at build time, not laid out in the browser:
// for each kind of box, the most lines any of its texts takes at each width (greedy line breaking at
// spaces, with DejaVu Sans's advance widths, src/lib/glyph-widths.ts), written as CSS — a
// min-block-size in lines (lh) per band of the box's own width (container queries, in em of the
// text). The page writes that CSS (roomStyles) and the island puts its boxes in the rooms by name
// (Room in src/lib/live-figures.tsx). Breaking only at spaces, with the widest usual face's widths
// and no kerning, never takes fewer lines than the browser: a box is at least as tall as its text,
// and one height whatever it shows.
import { OFFICE_TIME_ZONE_ABBREVIATION } from '../domain/time';
import { GLYPH_CHARACTERS, GLYPH_WIDTHS } from './glyph-widths';

/**
 * A kind of box and every text it can show; `bold` when it is written in bold (<strong>); `cell` for a table
 * cell's text that stays on one line (a figure's column): its box (an inline block) keeps the width of the
 * widest text instead, so the column's width, and the lines of the cells beside it, never change.
 */
export interface RoomKind {
  name: string;
  texts: readonly string[];
  bold?: boolean;
  cell?: boolean;
}

/**
 * As long as formatDateTime (src/lib/dates.ts) writes any moment: a two-digit day, the longest month
 * names, a two-digit hour. Written out, not formatted, so the build needs no clock;
 * tests/unit/dates.test.ts holds it.
 */
export const WIDEST_DATE_TIME = `28 September 2026 pukul 23.59 ${OFFICE_TIME_ZONE_ABBREVIATION}`;

/** The narrowest box a room is worked out for (a figure's cell on a 320 px screen is 15.6 em) and the widest band. */
const NARROWEST_EM = 12;
const WIDEST_EM = 48;
/** The steps in which widths are tried: a band starts at the first step where its texts take fewer lines. */
const STEP_EM = 1 / 8;

const widthOf = (text: string, bold: boolean): number => {
  const widths = GLYPH_WIDTHS[bold ? 'bold' : 'regular'];
  let sum = 0;
  for (const character of text) {
    const index = GLYPH_CHARACTERS.indexOf(character);
    if (index < 0)
      throw new Error(`No width for "${character}" in src/lib/glyph-widths.ts (npm run generate:glyph-widths)`);
    sum += widths[index]!;
  }
  return sum;
};

/** The lines `text` takes in a box `width` em wide, broken at spaces (a word wider than the box broken anywhere). */
export function linesAt(text: string, width: number, bold = false): number {
  const space = widthOf(' ', bold);
  let lines = 1;
  let line = 0;
  for (const word of text.split(' ')) {
    const wide = widthOf(word, bold);
    if (line > 0 && line + space + wide <= width) {
      line += space + wide;
      continue;
    }
    if (line > 0) lines++;
    const wrapped = Math.max(1, Math.ceil(wide / width));
    lines += wrapped - 1;
    line = wide - (wrapped - 1) * width;
  }
  return lines;
}

/** The most lines any text of `kind` takes in a box `width` em wide. */
const roomLines = (kind: RoomKind, width: number) =>
  Math.max(...kind.texts.map((text) => linesAt(text, width, kind.bold)));

/**
 * The bands of a kind's room: from each width (em) on, up to the next, the lines it keeps. The first
 * band starts at NARROWEST_EM; the last goes on past WIDEST_EM.
 */
export function roomBands(kind: RoomKind): { from: number; lines: number }[] {
  const bands = [{ from: NARROWEST_EM, lines: roomLines(kind, NARROWEST_EM) }];
  for (let width = NARROWEST_EM + STEP_EM; width <= WIDEST_EM; width += STEP_EM) {
    const lines = roomLines(kind, width);
    if (lines < bands.at(-1)!.lines) bands.push({ from: width, lines });
  }
  return bands;
}

/** The width of the widest of `texts` on one line, in em, rounded up to a hundredth. */
export const widestOf = (texts: readonly string[], bold = false) =>
  Math.ceil(Math.max(...texts.map((text) => widthOf(text, bold))) * 100) / 100;

/** The class of a box keeping the room of the kind named `name`. */
export const roomClass = (name: string) => `room room-${name}`;

/**
 * The CSS keeping the rooms of `kinds`: each `.room` is the container its text's box is measured in
 * (the text in its one child), and that child is as many lines high as the kind's band of that width, rounded
 * up to a whole pixel; a cell's text (in an element of class `room-<name>` alone) is as wide as its widest.
 */
export function roomStyles(kinds: readonly RoomKind[]): string {
  const rules = kinds.flatMap((kind) =>
    kind.cell
      ? [`.room-${kind.name}{display:inline-block;min-inline-size:${widestOf(kind.texts, kind.bold)}em}`]
      : roomBands(kind).map(({ from, lines }, band) => {
          // Whole pixels: lines of 0.95rem text are 22.8 px, which the browser lays out to a 64th of a pixel.
          const rule = `.room-${kind.name}>span{min-block-size:round(up,${lines}lh,1px)}`;
          return band === 0 ? rule : `@container (min-width:${from}em){${rule}}`;
        }),
  );
  return `.room{display:block;container-type:inline-size}.room>span{display:block}${rules.join('')}`;
}
