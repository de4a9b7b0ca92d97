// What the audit trail's two HMACs cover (src/domain/audit.ts), pinned with known answers computed
// outside this code, with OpenSSL on the text written out by hand:
//   printf 'entri\n["abc123def456ghi",…]' | openssl dgst -sha256 -hmac 000102…1e1f
// A change to the payloads would make every sealed trail unverifiable: this test says so first.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS,
  auditChainPayload,
  auditDetailText,
  auditEntryPayload,
  type AuditEntryText,
} from '../../src/domain/audit';

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const hmac = (text: string) => createHmac('sha256', KEY).update(text).digest('hex');

const entry: AuditEntryText = {
  id: 'abc123def456ghi',
  at: '2026-11-23 03:00:00.000Z',
  agency: 'kantor1',
  actor_type: 'staff',
  actor_id: 'staff1',
  actor_name: 'Siti Aminah',
  action: 'melihat data pemohon',
  target_type: 'requests',
  target_id: 'req1',
  target_label: 'PWK-ABCD-EFGH-J',
  detail: auditDetailText({ b: 2, a: 'x', c: null, d: undefined }),
};

describe('the audit seal', () => {
  it('stores a detail with its keys sorted and empty values left out', () => {
    expect(entry.detail).toBe('{"a":"x","b":2}');
  });

  it("covers every stored field of the entry but its place in the chain, with the server's HMAC-SHA-256", () => {
    const payload = auditEntryPayload(entry);
    expect(payload).toBe(
      'entri\n["abc123def456ghi","2026-11-23 03:00:00.000Z","kantor1","staff","staff1","Siti Aminah","melihat data pemohon",' +
        '"requests","req1","PWK-ABCD-EFGH-J","{\\"a\\":\\"x\\",\\"b\\":2}"]',
    );
    expect(hmac(payload)).toBe('d865323e87e97e34948b8e54b0796308d4be6c94af6a71b949f3df3f7179a165');
  });

  it('links an entry to the one before it by its number and seal', () => {
    const payload = auditChainPayload(AUDIT_GENESIS, 1, hmac(auditEntryPayload(entry)));
    expect(payload).toBe(
      `rantai\n${'0'.repeat(64)}\n1\nd865323e87e97e34948b8e54b0796308d4be6c94af6a71b949f3df3f7179a165`,
    );
    expect(hmac(payload)).toBe('f679aa25a31e5e3abe2d574fb52345a556b000c6a8cd60bb6b32d384b54218fe');
  });

  it('changes with any field: a changed name, a moved entry, another detail', () => {
    const sealed = hmac(auditEntryPayload(entry));
    expect(hmac(auditEntryPayload({ ...entry, actor_name: 'Orang Lain' }))).not.toBe(sealed);
    expect(hmac(auditEntryPayload({ ...entry, id: 'xyz' }))).not.toBe(sealed);
    expect(hmac(auditEntryPayload({ ...entry, detail: auditDetailText({ a: 'y', b: 2 }) }))).not.toBe(sealed);
    expect(hmac(auditChainPayload(AUDIT_GENESIS, 2, sealed))).not.toBe(
      hmac(auditChainPayload(AUDIT_GENESIS, 1, sealed)),
    );
  });
});
