// The writing identity of this laptop: device id, current counselor and the persisted HLC.
import { createClock, type HybridClock } from '../../shared/sync/hlc';
import type { Author } from '../../shared/sync/record';
import type { CounselorRole } from '../../shared/domain/programme';
import type { PcoDatabase } from './database';

export interface Session {
  readonly deviceId: string;
  readonly counselorId: string;
  readonly role: CounselorRole;
  /** A new HLC for a local change; the caller persists it in the same transaction via `persistClock`. */
  tick(): string;
  author(): Author;
  /** Advance past an HLC received from another laptop (sync import); throws ClockDriftError when too far ahead. */
  receive(remote: string): void;
  persistClock(): Promise<void>;
}

export const META_KEYS = {
  deviceId: 'deviceId',
  clock: 'hlc',
  localUser: 'localUser',
  programmeId: 'programmeId',
} as const;

export interface LocalUser {
  counselorId: string;
  role: CounselorRole;
}

export function newDeviceId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export async function ensureDeviceId(db: PcoDatabase): Promise<string> {
  const existing = await db.meta.get(META_KEYS.deviceId);
  if (typeof existing?.value === 'string') return existing.value;
  const deviceId = newDeviceId();
  await db.meta.put({ key: META_KEYS.deviceId, value: deviceId });
  return deviceId;
}

export async function readLocalUser(db: PcoDatabase): Promise<LocalUser | undefined> {
  const row = await db.meta.get(META_KEYS.localUser);
  return (row?.value as LocalUser | undefined) ?? undefined;
}

export async function openSession(db: PcoDatabase, user: LocalUser, now: () => number = Date.now): Promise<Session> {
  const deviceId = await ensureDeviceId(db);
  const stored = await db.meta.get(META_KEYS.clock);
  const clock: HybridClock = createClock({ node: deviceId, now, last: typeof stored?.value === 'string' ? stored.value : undefined });
  return {
    deviceId,
    counselorId: user.counselorId,
    role: user.role,
    tick: () => clock.tick(),
    receive: (remote) => clock.receive(remote),
    author: () => ({ counselorId: user.counselorId, deviceId, nowIso: new Date(now()).toISOString() }),
    persistClock: async () => {
      await db.meta.put({ key: META_KEYS.clock, value: clock.last() });
    },
  };
}
