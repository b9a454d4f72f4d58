import { describe, expect, it } from 'vitest';
import { createEnrolmentFile, readEnrolmentFile, type EnrolmentBody } from './enrolment';
import { ageIdentityFileText, generateDeviceKeys, generateProgrammeKey, keyFingerprint, readAgeIdentityFile, signMessage, verifyMessage } from './deviceKeys';
import { utf8Encode } from './bytes';

async function body(): Promise<{ body: EnrolmentBody; secret: string }> {
  const coordinator = await generateDeviceKeys();
  const programme = await generateProgrammeKey();
  return {
    secret: coordinator.signSecretKey,
    body: {
      enrolmentId: '0190a1b2-0000-7000-8000-000000000001',
      programmeId: 'prog-1',
      programme: { name: 'PCO Figline', siteCode: 'D583', cigsPeriods: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' }] },
      programmeRecipient: programme.recipient,
      coordinator: { deviceId: 'coord', label: 'Portatile coordinatrice', signPublicKey: coordinator.signPublicKey, agePublicKey: coordinator.ageRecipient },
      counselor: { id: 'c1', displayName: 'Giulia Neri' },
      deviceLabel: 'Portatile Giulia',
      issuedAt: '2019-06-01T09:00:00.000Z',
    },
  };
}

describe('enrolment file', () => {
  it('reads back what was signed, with the coordinator key fingerprint', async () => {
    const { body: b, secret } = await body();
    const result = readEnrolmentFile(createEnrolmentFile(b, secret));
    expect(result).toEqual({ ok: true, enrolment: b, fingerprint: keyFingerprint(b.coordinator.signPublicKey) });
    expect(keyFingerprint(b.coordinator.signPublicKey)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('refuses a changed file, a file signed by another key, a future version and garbage', async () => {
    const { body: b, secret } = await body();
    const text = createEnrolmentFile(b, secret);
    expect(readEnrolmentFile(text.replace('Giulia Neri', 'Mario Rossi'))).toEqual({ ok: false, reason: 'badSignature' });
    const other = await generateDeviceKeys();
    expect(readEnrolmentFile(createEnrolmentFile(b, other.signSecretKey))).toEqual({ ok: false, reason: 'badSignature' });
    expect(readEnrolmentFile(text.replace('"version": 1', '"version": 2'))).toEqual({ ok: false, reason: 'unsupportedVersion' });
    expect(readEnrolmentFile('{ not json')).toEqual({ ok: false, reason: 'corrupted' });
    expect(readEnrolmentFile(text.replace(b.programmeRecipient, 'nope'))).toEqual({ ok: false, reason: 'corrupted' });
  });
});

describe('device keys', () => {
  it('signs and verifies; a wrong key or message fails without throwing', async () => {
    const keys = await generateDeviceKeys();
    const message = utf8Encode('manifest');
    const signature = signMessage(keys.signSecretKey, message);
    expect(verifyMessage(keys.signPublicKey, message, signature)).toBe(true);
    expect(verifyMessage(keys.signPublicKey, utf8Encode('other'), signature)).toBe(false);
    expect(verifyMessage('not base64!', message, signature)).toBe(false);
    expect(keys.ageIdentity).toMatch(/^AGE-SECRET-KEY-1/);
    expect(keys.ageRecipient).toMatch(/^age1/);
  });

  it('writes and reads a standard age identity file', async () => {
    const { identity, recipient } = await generateProgrammeKey();
    const text = await ageIdentityFileText(identity, '2019-06-01T00:00:00.000Z');
    expect(text).toBe(`# created: 2019-06-01T00:00:00.000Z\n# public key: ${recipient}\n${identity}\n`);
    expect(readAgeIdentityFile(text)).toBe(identity);
    expect(() => readAgeIdentityFile('# nothing')).toThrow();
  });
});
