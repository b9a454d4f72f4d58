// The device registry as plain data, and which device records a laptop trusts from a sender.
// The coordinator's laptop is authoritative: from a counselor laptop it takes only that laptop's
// own first announcement (checked against a pending enrolment by decodeBundle) and, later, the
// rotation of its own keys (the bundle is signed with the previous, registered key).
import { z } from 'zod';
import { counselorRoleSchema, type CounselorRole } from '../domain/programme';
import type { AnyRecord } from './types';

export const deviceDataSchema = z.object({
  label: z.string().max(80),
  counselorId: z.string(),
  role: counselorRoleSchema,
  agePublicKey: z.string().startsWith('age1'),
  signPublicKey: z.string().min(1),
  revokedAt: z.string().nullable(),
  enrolledAt: z.string(),
  enrolmentId: z.string().nullable(),
});
export type DeviceData = z.infer<typeof deviceDataSchema>;

/** What decodeBundle needs to know about a registered device. */
export interface DeviceRegistration {
  readonly deviceId: string;
  readonly signPublicKey: string;
  readonly revokedAt: string | null;
  /** What the registry (not the bundle's own manifest) says this device may write. */
  readonly role: DeviceData['role'];
  /** Absent when the device is trusted from an enrolment file, which names the coordinator's laptop only. */
  readonly counselorId?: string;
}

export function registrationsOf(records: readonly AnyRecord[]): DeviceRegistration[] {
  const result: DeviceRegistration[] = [];
  for (const record of records) {
    const parsed = deviceDataSchema.safeParse(record.data);
    if (!parsed.success || record.deletedAt) continue;
    result.push({ deviceId: record.id, signPublicKey: parsed.data.signPublicKey, revokedAt: parsed.data.revokedAt, role: parsed.data.role, counselorId: parsed.data.counselorId });
  }
  return result;
}

/** Fields a device may change in its own record after enrolment: its keys. */
const SELF_EDITABLE = ['agePublicKey', 'signPublicKey'] as const;

function pick(record: AnyRecord, keys: readonly string[]): AnyRecord {
  const data: Record<string, unknown> = {};
  const clock: Record<string, string> = {};
  for (const key of keys) {
    if (key in record.data) data[key] = record.data[key];
    const hlc = record.clock[key];
    if (hlc !== undefined) clock[key] = hlc;
  }
  return { ...record, data, clock, deletedAt: null };
}

/**
 * The incoming device records this laptop accepts, possibly narrowed to the fields the sender may
 * set. `announced` is the sender's own record already matched to a pending enrolment.
 */
export function trustedDeviceRecords(
  incoming: readonly AnyRecord[],
  context: { receiverRole: CounselorRole; senderRole: CounselorRole; senderDeviceId: string; known: (id: string) => boolean; announced: AnyRecord | null },
): AnyRecord[] {
  if (context.senderRole === 'coordinator') return context.receiverRole === 'counselor' ? [...incoming] : [];
  if (context.receiverRole !== 'coordinator') return [];
  const accepted: AnyRecord[] = [];
  for (const record of incoming) {
    if (record.id !== context.senderDeviceId) continue;
    if (context.known(record.id)) accepted.push(pick(record, SELF_EDITABLE));
    else if (context.announced && context.announced.id === record.id) accepted.push({ ...record, data: { ...record.data, revokedAt: null }, deletedAt: null });
  }
  return accepted;
}
