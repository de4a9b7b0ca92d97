// Solves a proof-of-work challenge from the server (src/domain/proof-of-work.ts) in the browser:
// SHA-256 of salt + 0, 1, 2 … until it matches. A library hashes any message, allocating as it
// goes; here every try is the same salt with a few more digits, so SHA-256 (FIPS 180-4) is written
// for that alone: the message is laid out once in a fixed buffer, only the digits and the length
// change, and the compression works on preallocated words — six times the tries per second of
// hashing "salt + number" with @noble/hashes, which is what lets a cheap phone pay a number's
// proof in seconds (bench/owner-cost.ts). WebCrypto is no help: one promise per hash.
// tests/unit/proof-of-work.test.ts checks it against Node's SHA-256, one block and two. The loop
// yields to the page every few thousand tries so it stays responsive and can show progress.
import type { PowChallenge, PowSolution } from '../domain/proof-of-work';

const BATCH = 5_000;

/** FIPS 180-4 §4.2.2 and §5.3.3. */
const ROUND_CONSTANTS = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const rotate = (word: number, by: number) => (word >>> by) | (word << (32 - by));

/** SHA-256 of `salt` followed by decimal numbers, one number at a time, without allocating. */
function saltedHasher(salt: string) {
  const saltBytes = new TextEncoder().encode(salt);
  // Salt, up to 16 digits, the 0x80 byte and the 8-byte length, in whole 64-byte blocks.
  const message = new Uint8Array(Math.ceil((saltBytes.length + 16 + 9) / 64) * 64);
  message.set(saltBytes);
  const schedule = new Uint32Array(64);
  const state = new Uint32Array(8);

  function compress(offset: number) {
    for (let index = 0; index < 16; index++) {
      const at = offset + index * 4;
      schedule[index] = (message[at]! << 24) | (message[at + 1]! << 16) | (message[at + 2]! << 8) | message[at + 3]!;
    }
    for (let index = 16; index < 64; index++) {
      const before15 = schedule[index - 15]!;
      const before2 = schedule[index - 2]!;
      const sigma0 = rotate(before15, 7) ^ rotate(before15, 18) ^ (before15 >>> 3);
      const sigma1 = rotate(before2, 17) ^ rotate(before2, 19) ^ (before2 >>> 10);
      schedule[index] = (schedule[index - 16]! + sigma0 + schedule[index - 7]! + sigma1) | 0;
    }
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let index = 0; index < 64; index++) {
      const sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25);
      const choice = (e & f) ^ (~e & g);
      const first = (h + sum1 + choice + ROUND_CONSTANTS[index]! + schedule[index]!) | 0;
      const sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = (d + first) | 0;
      d = c;
      c = b;
      b = a;
      a = (first + sum0 + majority) | 0;
    }
    state[0]! += a;
    state[1]! += b;
    state[2]! += c;
    state[3]! += d;
    state[4]! += e;
    state[5]! += f;
    state[6]! += g;
    state[7]! += h;
  }

  /** The hash of salt + `number`, as eight big-endian words (valid until the next call). */
  return (number: number): Uint32Array => {
    const digits = String(number);
    let length = saltBytes.length;
    for (let index = 0; index < digits.length; index++) message[length++] = digits.charCodeAt(index);
    const bits = length * 8;
    message[length++] = 0x80;
    const end = Math.ceil((length + 8) / 64) * 64;
    message.fill(0, length, end - 4);
    message[end - 4] = bits >>> 24;
    message[end - 3] = bits >>> 16;
    message[end - 2] = bits >>> 8;
    message[end - 1] = bits;
    state.set(INITIAL_HASH);
    for (let offset = 0; offset < end; offset += 64) compress(offset);
    return state;
  };
}

export async function solveChallenge(
  challenge: PowChallenge,
  onProgress?: (share: number) => void,
): Promise<PowSolution> {
  const target = Uint32Array.from({ length: 8 }, (_, index) =>
    Number.parseInt(challenge.challenge.slice(index * 8, index * 8 + 8), 16),
  );
  const hashOf = saltedHasher(challenge.salt);
  const matches = (hash: Uint32Array) => {
    for (let index = 0; index < 8; index++) if (hash[index] !== target[index]) return false;
    return true;
  };
  for (let start = 0; start <= challenge.maxNumber; start += BATCH) {
    const end = Math.min(challenge.maxNumber, start + BATCH - 1);
    for (let number = start; number <= end; number++) {
      if (matches(hashOf(number))) return { ...challenge, number };
    }
    onProgress?.(end / challenge.maxNumber);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('Tantangan keamanan tidak terpecahkan; muat ulang halaman dan coba lagi.');
}
