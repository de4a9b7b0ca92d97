import QRCode from 'qrcode';

/**
 * QR codes for paper: error-correction level Q (a quarter of the code may be smudged or torn),
 * the 4-module quiet zone scanners expect, black on white.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'Q',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
