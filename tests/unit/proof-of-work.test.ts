// The proof of work a resident's browser solves (src/lib/proof-of-work-solver.ts, its own SHA-256)
// against challenges hashed independently here with Node's SHA-256, and what an attempt on a number costs
// (src/domain/proof-of-work.ts): never more for the owner than the cap, whatever others did.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OWNER_WORK_CAP, lookupWork } from '../../src/domain/proof-of-work';
import { solveChallenge } from '../../src/lib/proof-of-work-solver';

const challengeFor = (salt: string, secret: number, maxNumber: number) => ({
  algorithm: 'SHA-256' as const,
  salt,
  challenge: createHash('sha256')
    .update(salt + secret)
    .digest('hex'),
  maxNumber,
  signature: 'bertanda-tangan-server',
});

describe('the solver', () => {
  it.each([0, 9, 10, 99, 100, 4_999, 5_000, 12_345, 59_999])('finds the secret number %i', async (secret) => {
    const challenge = challengeFor('Zq8r1c7VwXk2Lm0P.1795000000000', secret, 60_000);
    expect(await solveChallenge(challenge)).toEqual({ ...challenge, number: secret });
  });

  it('hashes as SHA-256 does whatever the salt, across a block boundary too', async () => {
    for (const salt of ['', 'a', 'x'.repeat(45), 'y'.repeat(55), 'z'.repeat(63), 'ä€'.repeat(30)]) {
      const challenge = challengeFor(salt, 1_234, 2_000);
      expect((await solveChallenge(challenge)).number, `salt of ${salt.length}`).toBe(1_234);
    }
  });

  it('reports its progress and gives up past the largest number', async () => {
    const shares: number[] = [];
    await expect(
      solveChallenge(challengeFor('garam.1', 12_000, 11_000), (share) => shares.push(share)),
    ).rejects.toThrow('Tantangan keamanan tidak terpecahkan');
    expect(shares.at(-1)).toBe(1);
  });
});

describe('the work an attempt on a number costs', () => {
  it("is nothing for the owner's own typos, then the cap, however many others got the number wrong", () => {
    expect(lookupWork(0, 0)).toBeNull();
    expect(lookupWork(2, 2)).toBeNull();
    for (const numberFailures of [3, 10, 50, 1_000_000]) expect(lookupWork(numberFailures, 0)).toBe(OWNER_WORK_CAP);
  });

  it("rises with the wrong verifiers sent from the attempt's own address, after ten a day", () => {
    expect(lookupWork(0, 9)).toBeNull();
    expect(lookupWork(0, 10)).toBe(100_000);
    expect(lookupWork(0, 29)).toBe(100_000);
    expect(lookupWork(0, 30)).toBe(400_000);
    expect(lookupWork(5, 99)).toBe(400_000);
    expect(lookupWork(0, 100)).toBe(2_000_000);
  });
});
