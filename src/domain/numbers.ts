// Numbers as Indonesians write them: digits grouped by "." and a decimal comma. Written out rather
// than through Intl: PocketBase's JS runtime has no Intl, and in the browser a page's first Intl
// formatter loads the locale data, 13–15 ms of CPU on the bench machine (four times that on a cheap
// phone), which was the longest task left on /kinerja/ (docs/performance.md, "Lighthouse").

/** "1.234.567" from the digits of a whole number. */
export const groupDigits = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Decimal digits plus one in their last place: "0999" → "1000", "99" → "100". */
function plusOneInLastPlace(digits: string): string {
  const places = digits.split('');
  for (let place = places.length - 1; place >= 0; place--) {
    if (places[place] !== '9') {
      places[place] = String(Number(places[place]) + 1);
      return places.join('');
    }
    places[place] = '0';
  }
  return `1${places.join('')}`;
}

/**
 * "88,31": `value` with exactly `decimals` digits after the decimal comma. Rounded as Intl.NumberFormat
 * rounds (half away from zero, on the number's shortest decimal form: 3.5315 is 3,532, though its
 * binary value is a hair below the half). What rounds to zero is written without a minus.
 */
export function formatDecimal(value: number, decimals: number): string {
  const shortest = String(Math.abs(value));
  // Exponent forms (below 1e-6, from 1e21) are written out; there no half is ever in doubt.
  const [whole = '0', fraction = ''] = (shortest.includes('e') ? Math.abs(value).toFixed(decimals) : shortest).split(
    '.',
  );
  let digits = whole + fraction.padEnd(decimals, '0').slice(0, decimals);
  if (fraction.length > decimals && fraction[decimals]! >= '5') digits = plusOneInLastPlace(digits);
  const wholeDigits = digits.slice(0, digits.length - decimals) || '0';
  const sign = value < 0 && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${groupDigits(wholeDigits)}${decimals > 0 ? `,${digits.slice(digits.length - decimals)}` : ''}`;
}
