// The build setting that scopes a deployment to one kabupaten. Each Dinas Sosial deploys the site
// for its own residents (LAYANAN_KABUPATEN=32.14); unset, one build serves every kabupaten in
// content/ — the demo — each on pages of its own.

export const KABUPATEN_SETTING = 'LAYANAN_KABUPATEN';

/** The Kemendagri code of the one kabupaten a build serves ("32.14"), or undefined for all of them. */
export function kabupatenScope(setting: string | undefined = process.env[KABUPATEN_SETTING]): string | undefined {
  const code = setting?.trim();
  if (!code) return undefined;
  if (!/^\d{2}\.\d{2}$/.test(code))
    throw new Error(
      `${KABUPATEN_SETTING}="${setting}": tulis kode Kemendagri kabupaten, misalnya 32.14 (Kabupaten Purwakarta).`,
    );
  return code;
}
