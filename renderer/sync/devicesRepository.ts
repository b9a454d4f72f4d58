// The device registry: list, rename and revoke (coordinator), and rotation of this laptop's own keys.
// Device records are synced records: every change is a field edit with an HLC, so it travels.
import { editRecord } from '../../shared/sync/record';
import { generateDeviceKeys, keyFingerprint, type DeviceData } from '../../shared/sync';
import type { DeviceRecord, DeviceRow } from '../db/rows';
import { NotAllowedError, RecordNotFoundError } from '../db/repositories/errors';
import type { SyncContext } from './exportBundle';
import { openSyncRow, sealSyncRecord } from './tables';
import { prepareDeviceKeys, readDeviceKeys, SYNC_META } from './syncMeta';

export interface DeviceView extends DeviceRecord {
  readonly fingerprint: string;
  readonly hasRecoveryKey: boolean;
}

export interface DevicesRepository {
  list(): Promise<DeviceView[]>;
  rename(id: string, label: string): Promise<void>;
  revoke(id: string): Promise<void>;
  /** New keys for this laptop; the next bundle, signed with the old key, carries them. */
  rotateOwnKeys(): Promise<void>;
}

export function createDevicesRepository(ctx: SyncContext): DevicesRepository {
  const { db, session, codec } = ctx;

  async function open(id: string): Promise<DeviceRecord> {
    const row = await db.devices.get(id);
    if (!row) throw new RecordNotFoundError(id);
    return (await openSyncRow(codec, 'devices', row)) as unknown as DeviceRecord;
  }

  async function write(current: DeviceRecord, next: DeviceData): Promise<void> {
    const edited = editRecord(current, next, session.tick(), session.author());
    if (edited === current) return;
    const row = (await sealSyncRecord(codec, 'devices', edited as never, [])) as unknown as DeviceRow;
    await db.transaction('rw', [db.devices, db.meta], async () => {
      await db.devices.put(row);
      await session.persistClock();
    });
  }

  const coordinatorOnly = (id: string) => {
    if (session.role !== 'coordinator') throw new NotAllowedError(id, 'role');
  };

  return {
    async list() {
      const rows = await db.devices.toArray();
      const escrowed = new Set(await db.recoveryKeys.toCollection().primaryKeys());
      const devices = (await Promise.all(rows.map((row) => openSyncRow(codec, 'devices', row)))) as unknown as DeviceRecord[];
      return devices
        .filter((device) => !device.deletedAt)
        .map((device) => ({ ...device, fingerprint: keyFingerprint(device.data.signPublicKey), hasRecoveryKey: escrowed.has(device.id) }))
        .sort((a, b) => a.data.label.localeCompare(b.data.label, 'it'));
    },

    async rename(id, label) {
      coordinatorOnly(id);
      const current = await open(id);
      await write(current, { ...current.data, label: label.trim() });
    },

    async revoke(id) {
      coordinatorOnly(id);
      if (id === session.deviceId) throw new NotAllowedError(id);
      const current = await open(id);
      if (!current.data.revokedAt) await write(current, { ...current.data, revokedAt: session.author().nowIso });
    },

    async rotateOwnKeys() {
      const keys = await readDeviceKeys(db, codec);
      if (!keys) throw new NotAllowedError(session.deviceId);
      const next = await generateDeviceKeys();
      // A rotation not yet confirmed keeps the key the coordinator knows as `previous`.
      const stored = await prepareDeviceKeys(codec, next, keys.previous ?? keys);
      // The coordinator's own laptop is authoritative: its rotation needs no confirmation.
      const toStore = session.role === 'coordinator' ? { ...stored, previous: null } : stored;
      const current = await open(session.deviceId);
      const edited = editRecord(current, { ...current.data, agePublicKey: next.ageRecipient, signPublicKey: next.signPublicKey }, session.tick(), session.author());
      const row = (await sealSyncRecord(codec, 'devices', edited as never, [])) as unknown as DeviceRow;
      await db.transaction('rw', [db.devices, db.meta], async () => {
        await db.devices.put(row);
        await db.meta.put({ key: SYNC_META.deviceKeys, value: toStore });
        if (session.role === 'coordinator') {
          const membership = (await db.meta.get(SYNC_META.membership))?.value as Record<string, unknown> | undefined;
          if (membership) await db.meta.put({ key: SYNC_META.membership, value: { ...membership, coordinatorSignPublicKey: next.signPublicKey } });
        }
        await session.persistClock();
      });
    },
  };
}
