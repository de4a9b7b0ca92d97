// Solves a proof-of-work challenge from the server (src/domain/proof-of-work.ts) in the browser:
// SHA-256 of salt + 0, 1, 2 … until it matches. @noble/hashes does the hashing synchronously, many
// times faster than WebCrypto's one promise per hash; the loop yields to the page every few
// thousand tries so it stays responsive and can show progress.
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { PowChallenge, PowSolution } from '../domain/proof-of-work';

const BATCH = 5_000;

export async function solveChallenge(
  challenge: PowChallenge,
  onProgress?: (share: number) => void,
): Promise<PowSolution> {
  const target = hexToBytes(challenge.challenge);
  const matches = (hash: Uint8Array) => hash.every((byte, index) => byte === target[index]);
  for (let start = 0; start <= challenge.maxNumber; start += BATCH) {
    const end = Math.min(challenge.maxNumber, start + BATCH - 1);
    for (let number = start; number <= end; number++) {
      if (matches(sha256(utf8ToBytes(challenge.salt + number)))) return { ...challenge, number };
    }
    onProgress?.(end / challenge.maxNumber);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('Tantangan keamanan tidak terpecahkan; muat ulang halaman dan coba lagi.');
}
