// The public status answer (POST /api/layanan/status) as text to search for personal data in. Its
// access key is the number, its expiry and a hex HMAC, nothing else: held to that shape here, and left
// out of the text, because its random hex may hold any four digits by chance (it once held "0857").
import { expect } from 'vitest';

/** The answer's text without its access key, once the key is shown to be only its number, expiry and MAC. */
export function statusAnswerText(body: { access?: unknown; [field: string]: unknown }, number: string): string {
  const { access, ...rest } = body;
  expect(access).toMatch(new RegExp(`^${number}\\.\\d{13}\\.[0-9a-f]{64}$`));
  return JSON.stringify(rest);
}
