// Solves a proof-of-work challenge from the server (src/domain/proof-of-work.ts) in the browser:
// SHA-256 of salt + 0, 1, 2 … until it matches. @noble/hashes does the hashing synchronously, many
// times faster than WebCrypto's one promise per hash; the salt is hashed once and its state copied
// for each number, and the number's digits are written into one buffer, which together halve the
// time of hashing "salt + number" afresh each try. The loop yields to the page every few thousand
// tries so it stays responsive and can show progress.
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PowChallenge, PowSolution } from '../domain/proof-of-work';

const BATCH = 5_000;

/** Writes `number` in decimal into `into` and returns how many digits it took. */
function writeDigits(number: number, into: Uint8Array): number {
  let length = 0;
  let rest = number;
  do {
    into[length++] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  into.subarray(0, length).reverse();
  return length;
}

export async function solveChallenge(
  challenge: PowChallenge,
  onProgress?: (share: number) => void,
): Promise<PowSolution> {
  const target = hexToBytes(challenge.challenge);
  const matches = (hash: Uint8Array) => hash.every((byte, index) => byte === target[index]);
  const salted = sha256.create().update(utf8ToBytes(challenge.salt));
  const digits = new Uint8Array(16);
  for (let start = 0; start <= challenge.maxNumber; start += BATCH) {
    const end = Math.min(challenge.maxNumber, start + BATCH - 1);
    for (let number = start; number <= end; number++) {
      const hash = salted
        .clone()
        .update(digits.subarray(0, writeDigits(number, digits)))
        .digest();
      if (matches(hash)) return { ...challenge, number };
    }
    onProgress?.(end / challenge.maxNumber);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('Tantangan keamanan tidak terpecahkan; muat ulang halaman dan coba lagi.');
}
