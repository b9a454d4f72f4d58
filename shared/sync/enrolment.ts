// The enrolment file (`.pcoenrol`): what a counselor laptop needs to join a programme, signed by
// the coordinator's device key. It holds no secret; the joining laptop shows the coordinator key's
// fingerprint so the counselor can compare it with the coordinator's screen.
import { z } from 'zod';
import { programmeSchema } from '../domain/programme';
import { utf8Encode } from './bytes';
import { keyFingerprint, signMessage, verifyMessage } from './deviceKeys';

export const ENROLMENT_FORMAT = 'pco-enrolment';
export const ENROLMENT_VERSION = 1;

export const enrolmentBodySchema = z.object({
  enrolmentId: z.uuid(),
  programmeId: z.string().min(1),
  programme: programmeSchema,
  programmeRecipient: z.string().startsWith('age1'),
  coordinator: z.object({ deviceId: z.string().min(1), label: z.string(), signPublicKey: z.string().min(1), agePublicKey: z.string().startsWith('age1') }),
  counselor: z.object({ id: z.string().min(1), displayName: z.string() }),
  deviceLabel: z.string().max(80),
  issuedAt: z.iso.datetime(),
});
export type EnrolmentBody = z.infer<typeof enrolmentBodySchema>;

const enrolmentFileSchema = z.object({
  format: z.literal(ENROLMENT_FORMAT),
  version: z.number().int().positive(),
  body: z.unknown(),
  signature: z.string().min(1),
});

/** JSON with object keys sorted at every level: the signed bytes do not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function createEnrolmentFile(body: EnrolmentBody, coordinatorSignSecretKey: string): string {
  const checked = enrolmentBodySchema.parse(body);
  const signature = signMessage(coordinatorSignSecretKey, utf8Encode(canonicalJson(checked)));
  return `${JSON.stringify({ format: ENROLMENT_FORMAT, version: ENROLMENT_VERSION, body: checked, signature }, null, 2)}\n`;
}

export type EnrolmentReadResult =
  | { readonly ok: true; readonly enrolment: EnrolmentBody; readonly fingerprint: string }
  | { readonly ok: false; readonly reason: 'corrupted' | 'badSignature' | 'unsupportedVersion' };

/** Checks the file is signed by the coordinator key it names; the human compares the fingerprint. */
export function readEnrolmentFile(text: string): EnrolmentReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupted' };
  }
  const file = enrolmentFileSchema.safeParse(json);
  if (!file.success) return { ok: false, reason: 'corrupted' };
  if (file.data.version > ENROLMENT_VERSION) return { ok: false, reason: 'unsupportedVersion' };
  const body = enrolmentBodySchema.safeParse(file.data.body);
  if (!body.success) return { ok: false, reason: 'corrupted' };
  // Verify the bytes as received (canonical form of the raw body), not the zod output, which may add defaults.
  const key = body.data.coordinator.signPublicKey;
  if (!verifyMessage(key, utf8Encode(canonicalJson(file.data.body)), file.data.signature)) return { ok: false, reason: 'badSignature' };
  return { ok: true, enrolment: body.data, fingerprint: keyFingerprint(key) };
}
