// A simulated programme for tests and benchmarks: laptops with real keys, clocks and in-memory
// state that export and import real (signed, encrypted) bundles through the public API.
import { uuidv7 } from 'uuidv7';
import type { DocumentChunkSource } from './bundle/documentLines';
import type { CounselorRole } from '../domain/programme';
import { decodeBundle, type DecodeContext, type DecodeResult } from './bundle/decode';
import { encodeBundle } from './bundle/encode';
import { generateDeviceKeys, generateProgrammeKey, type AgeKeyPair, type DeviceKeys } from './deviceKeys';
import { registrationsOf, type DeviceData } from './devices';
import { createClock, type HybridClock } from './hlc';
import { applyPreviewInMemory, EMPTY_MEMORY_STATE, localStateOf, type MemoryState } from './memory';
import { previewBundle, type SyncPreview } from './preview';
import { createRecord, editRecord, tombstone } from './record';
import { selectChanges } from './scope';
import type { AnyRecord, SyncEvent, SyncTable, VersionVector } from './types';
import { knowsForExport } from './vector';
import { afterReport, afterSending, NOTHING_HELD, type HeldCaseload } from './caseloadBelief';

/** 2019-06-01: inside the programme's year, so drift checks see plausible clocks. */
export const SIM_START_MILLIS = Date.UTC(2019, 5, 1);

export interface Laptop {
  readonly deviceId: string;
  readonly counselorId: string;
  readonly role: CounselorRole;
  readonly keys: DeviceKeys;
  readonly clock: HybridClock;
  state: MemoryState;
  readonly peers: Map<string, { knows: VersionVector; held: HeldCaseload }>;
  readonly applied: Set<string>;
}

export interface World {
  readonly programmeId: string;
  readonly programmeKey: AgeKeyPair;
  readonly coordinator: Laptop;
  readonly counselors: Laptop[];
  /** Shared wall clock in milliseconds; tests advance it. */
  now: number;
}

function laptop(world: { now: number }, deviceId: string, counselorId: string, role: CounselorRole, keys: DeviceKeys): Laptop {
  return { deviceId, counselorId, role, keys, clock: createClock({ node: deviceId, now: () => world.now }), state: EMPTY_MEMORY_STATE, peers: new Map(), applied: new Set() };
}

export function deviceData(l: Laptop, enrolmentId: string | null = null): DeviceData {
  return { label: l.deviceId, counselorId: l.counselorId, role: l.role, agePublicKey: l.keys.ageRecipient, signPublicKey: l.keys.signPublicKey, revokedAt: null, enrolledAt: '2019-06-01T00:00:00.000Z', enrolmentId };
}

/** A programme whose coordinator has registered every laptop; each counselor holds the coordinator's device record. */
export async function createWorld(counselorCount: number): Promise<World> {
  const clockHolder = { now: SIM_START_MILLIS };
  const coordinator = laptop(clockHolder, 'coord', 'c0', 'coordinator', await generateDeviceKeys());
  const counselors: Laptop[] = [];
  for (let i = 1; i <= counselorCount; i++) counselors.push(laptop(clockHolder, `lap${i}`, `c${i}`, 'counselor', await generateDeviceKeys()));
  const world: World = {
    programmeId: 'prog-1',
    programmeKey: await generateProgrammeKey(),
    coordinator,
    counselors,
    get now() {
      return clockHolder.now;
    },
    set now(value: number) {
      clockHolder.now = value;
    },
  };
  for (const l of [coordinator, ...counselors]) create(world, coordinator, 'devices', l.deviceId, { ...deviceData(l) });
  const coordinatorRecord = coordinator.state.records.devices?.[0];
  if (coordinatorRecord) for (const c of counselors) c.state = { ...c.state, records: { devices: [coordinatorRecord] } };
  return world;
}

function author(world: World, l: Laptop) {
  return { counselorId: l.counselorId, deviceId: l.deviceId, nowIso: new Date(world.now).toISOString() };
}

function put(l: Laptop, table: SyncTable, record: AnyRecord): void {
  const rows = (l.state.records[table] ?? []).filter((r) => r.id !== record.id);
  l.state = { ...l.state, records: { ...l.state.records, [table]: [...rows, record] } };
}

export function find(l: Laptop, table: SyncTable, id: string): AnyRecord | undefined {
  return l.state.records[table]?.find((r) => r.id === id);
}

export function create(world: World, l: Laptop, table: SyncTable, id: string, data: Record<string, unknown>): AnyRecord {
  const record = createRecord(id, data, l.clock.tick(), author(world, l));
  put(l, table, record);
  return record;
}

/** Applies a local edit; false when the laptop does not hold the record. */
export function edit(world: World, l: Laptop, table: SyncTable, id: string, patch: Record<string, unknown>): boolean {
  const current = find(l, table, id);
  if (!current) return false;
  put(l, table, editRecord(current, { ...current.data, ...patch }, l.clock.tick(), author(world, l)));
  return true;
}

export function remove(world: World, l: Laptop, table: SyncTable, id: string): boolean {
  const current = find(l, table, id);
  if (!current || current.deletedAt) return false;
  put(l, table, tombstone(current, l.clock.tick(), author(world, l)));
  return true;
}

export function addInterview(world: World, l: Laptop, workerId: string, notes: string): SyncEvent {
  const event: SyncEvent = {
    id: uuidv7(),
    subjectId: workerId,
    occurredOn: new Date(world.now).toISOString().slice(0, 10),
    hlc: l.clock.tick(),
    recordedBy: l.counselorId,
    deviceId: l.deviceId,
    kind: 'worker.interviewHeld',
    payload: { kind: 'worker.interviewHeld', interviewType: 'follow_up', durationMinutes: 30, place: '', participants: '', notes, outcomes: '', nextSteps: '', skillsFound: [] },
  };
  l.state = { ...l.state, events: [...l.state.events, event] };
  return event;
}

/** A real bundle from `from` to `to`, with what `from` believes `to` holds. */
export async function exportBundle(world: World, from: Laptop, to: Laptop, documents?: { readonly held: ReadonlySet<string>; readonly read: DocumentChunkSource }): Promise<Uint8Array> {
  const peer = from.peers.get(to.deviceId);
  const content = selectChanges(from.state, {
    knows: peer?.knows ?? {},
    to: to.role === 'coordinator' ? { role: 'coordinator', reportCaseloadOf: from.counselorId } : { role: 'counselor', counselorId: to.counselorId, previousCaseload: peer?.held.held ?? [] },
    heldDocuments: documents?.held ?? new Set(),
  });
  const recipients = [world.programmeKey.recipient, from.keys.ageRecipient, ...(to.role === 'counselor' ? [to.keys.ageRecipient] : [])];
  const encoded = await encodeBundle({
    content,
    programmeId: world.programmeId,
    sender: { deviceId: from.deviceId, counselorId: from.counselorId, role: from.role, signPublicKey: from.keys.signPublicKey, enrolmentId: null },
    signSecretKey: from.keys.signSecretKey,
    receiver: { deviceId: to.deviceId },
    knows: knowsForExport(from.state, from.role === 'coordinator' ? [...from.peers.values()].map((peer) => peer.knows) : []),
    recipients,
    createdAt: new Date(world.now).toISOString(),
    ...(documents ? { readDocument: documents.read } : {}),
  });
  if (content.caseload) from.peers.set(to.deviceId, { knows: peer?.knows ?? {}, held: afterSending(peer?.held ?? NOTHING_HELD, content.caseload.workerIds) });
  return encoded.bytes;
}

export function decodeContext(world: World, l: Laptop, overrides: Partial<DecodeContext> = {}): DecodeContext {
  return {
    identities: l.role === 'coordinator' ? [l.keys.ageIdentity, world.programmeKey.identity] : [l.keys.ageIdentity],
    deviceId: l.deviceId,
    programmeId: world.programmeId,
    devices: registrationsOf(l.state.records.devices ?? []),
    appliedBundleIds: l.applied,
    peerKnows: Object.fromEntries([...l.peers].map(([id, peer]) => [id, peer.knows])),
    nowMillis: world.now,
    // The simulated laptops write sketches of records ({ surname, counselorId }), not whole files:
    // the merge is under test here; recordSchemas.test.ts and bundle.test.ts check the real default.
    recordProblem: () => null,
    ...overrides,
  };
}

export type ImportResult = { decoded: DecodeResult; preview: SyncPreview | null };

/** Decode, preview and apply in memory, as the renderer does in one transaction. */
export async function importBundle(world: World, l: Laptop, bytes: Uint8Array): Promise<ImportResult> {
  const decoded = await decodeBundle(bytes, decodeContext(world, l));
  if (!decoded.ok) return { decoded, preview: null };
  const { bundle } = decoded;
  const preview = previewBundle(localStateOf(l.state, l.role, l.deviceId), bundle);
  l.state = applyPreviewInMemory(l.state, preview);
  if (bundle.maxHlc) l.clock.receive(bundle.maxHlc);
  l.applied.add(bundle.manifest.bundleId);
  const previous = l.peers.get(bundle.manifest.sender.deviceId);
  const held = previous?.held ?? NOTHING_HELD;
  l.peers.set(bundle.manifest.sender.deviceId, { knows: bundle.manifest.knows, held: l.role === 'coordinator' && preview.caseload ? afterReport(held, preview.caseload.workerIds, bundle.manifest.createdAt) : held });
  return { decoded, preview };
}
