import { describe, expect, it } from 'vitest';
import { EMAIL_EXAMPLE, accountProblems, isEmailAddress } from '../../src/domain/village-account-form';
import { PHONE_EXAMPLE } from '../../src/domain/phone';

describe('an account staff make in the workspace', () => {
  it('names each missing or wrong field', () => {
    expect(
      accountProblems('operators', { name: ' ', email: 'operator@', phone: '12', place: '' }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['village', 'name', 'email', 'phone']);
    expect(
      accountProblems('camats', { name: '', email: '', phone: '', place: '' }).map((problem) => problem.field),
    ).toEqual(['kecamatan', 'name', 'email']);
  });

  it('takes the examples it shows', () => {
    expect(isEmailAddress(EMAIL_EXAMPLE)).toBe(true);
    expect(
      accountProblems('operators', { name: 'Ujang Sopandi', email: EMAIL_EXAMPLE, phone: PHONE_EXAMPLE, place: 'abc' }),
    ).toEqual([]);
  });

  it('knows an email address when it sees one', () => {
    for (const good of ['a@b.id', 'kades.linggasari@desa.purwakartakab.go.id'])
      expect(isEmailAddress(good), good).toBe(true);
    for (const bad of ['a@b', 'a b@c.id', '@c.id', 'a@.id', 'a@c.']) expect(isEmailAddress(bad), bad).toBe(false);
  });
});
