// What a password must be, for every account the office hands out. Length matters most; the
// passwords people reach for first (and Indonesian favourites) are refused outright. The same check
// runs in the activation form and in the server (pb_hooks/passwords.pb.js).

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The most common passwords in public breach lists, and words Indonesian users often build them
 * from; compared after lower-casing and with digits and symbols at either end removed.
 */
const COMMON = new Set(
  (
    '123456 123456789 12345678 1234567890 qwerty password 111111 123123 abc123 1234567 qwerty123 000000 1q2w3e4r ' +
    'iloveyou 654321 123321 666666 987654321 112233 121212 123qwe qwertyuiop 1qaz2wsx zxcvbnm asdfghjkl ' +
    'password1 admin administrator welcome login letmein monkey dragon master sunshine princess football ' +
    'baseball superman trustno1 passw0rd secret changeme default guest root test tester access ' +
    'indonesia jakarta bandung purwakarta banjarnegara rokanhulu pasirpengaraian jawabarat jawatengah riau ' +
    'sayang sayangku cinta cintaku kasih rahasia bismillah alhamdulillah subhanallah allahuakbar insyaallah ' +
    'merdeka garuda pancasila bangsa rakyat negara pemerintah kabupaten kecamatan desa kelurahan ' +
    'dinsos dinassosial sosial layanan layanansosial pelayanan petugas operator camat kepala kabid ' +
    'siyansos bansos dtks kemensos admin123 adminadmin password123 katasandi katakunci kunci masuk ' +
    'selamat selamatdatang terimakasih anakku keluarga mamah papah ibunda ayahanda sahabat teman ' +
    'persib persija arema bobotoh jakmania maung sunda jawa'
  ).split(/\s+/),
);

/** The password's core, as people vary it: "Purwakarta2026!" → "purwakarta". */
function core(password: string): string {
  return password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/** Why a password is not good enough, in Indonesian, or null when it is. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter. Kalimat pendek yang mudah Anda ingat paling baik.`;
  if (new Set(password).size <= 2)
    return 'Kata sandi ini terlalu mudah ditebak: hampir semuanya huruf atau angka yang sama.';
  const lowered = password.toLowerCase();
  const personal = [context.email?.split('@')[0], context.name]
    .filter((part): part is string => Boolean(part && part.length >= 4))
    .map((part) => part.toLowerCase().replace(/\s+/g, ''));
  if (/^\d+$/.test(password))
    return 'Kata sandi tidak boleh hanya angka (misalnya nomor HP atau tanggal lahir): tambahkan huruf.';
  if (COMMON.has(lowered) || COMMON.has(core(password)))
    return 'Kata sandi ini termasuk yang paling sering dipakai dan mudah ditebak. Pilih yang lain.';
  if (personal.some((part) => lowered.replace(/\s+/g, '').includes(part)))
    return 'Kata sandi tidak boleh memuat nama atau alamat email Anda.';
  return null;
}
