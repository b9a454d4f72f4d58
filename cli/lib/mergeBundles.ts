// Merges bundle files into a store with the sync core's own decode, preview and in-memory apply:
// the same steps the coordinator's laptop runs, on plain data. Pure apart from time, which is
// passed in. The order of `files` does not matter: bundles are applied by creation time (then id),
// and a sender still unknown is retried after each pass, once another bundle may have registered it.
// Nor does the order of runs: an older bundle arriving in a later run still merges (see trust.ts).
import { applyPreviewInMemory, decodeBundle, HARMLESS_REFUSALS, localStateOf, mergeVectors, previewBundle, vectorCovers, type BundleManifest, type DecodedBundle, type RefusalReason, type SyncPreview } from '../../shared/sync';
import type { ProgrammeIdentity } from './identity';
import { peekBundle } from './peek';
import type { Store } from './store';
import { channelOf, decodeContextFor, registeredRole } from './trust';

export interface BundleFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type FileOutcome =
  | { readonly name: string; readonly status: 'merged'; readonly manifest: BundleManifest; readonly added: number; readonly changed: number; readonly newConflicts: number }
  | { readonly name: string; readonly status: 'refused'; readonly reason: RefusalReason; readonly detail: string; readonly harmless: boolean; readonly manifest: BundleManifest | null };

export interface MergeClock {
  readonly nowMillis: number;
  readonly nowIso: string;
}

export type MergeProgress = (step: 'reading' | 'merging', done: number, total: number) => void;

/** Refusals a coordinator bundle later in the folder may lift, by registering the sender. */
const AWAITING_REGISTRY: readonly RefusalReason[] = ['unknownDevice', 'enrolmentUnproven'];

interface Candidate {
  readonly file: BundleFile;
  readonly manifest: BundleManifest | null;
}

function byCreation(a: Candidate, b: Candidate): number {
  const ka = `${a.manifest?.createdAt ?? ''}|${a.manifest?.bundleId ?? ''}|${a.file.name}`;
  const kb = `${b.manifest?.createdAt ?? ''}|${b.manifest?.bundleId ?? ''}|${b.file.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function totals(preview: SyncPreview): { added: number; changed: number } {
  let added = 0;
  let changed = 0;
  for (const counts of Object.values(preview.counts)) {
    added += counts.added;
    changed += counts.changed;
  }
  return { added, changed };
}

/**
 * A bundle from the registered coordinator is read as a counselor laptop reads it (so its device
 * registry is taken), minus its caseload line: the store keeps every caseload, it purges nothing.
 * Any other sender is read as the coordinator reads it.
 */
export function previewFor(store: Store, decoded: DecodedBundle): SyncPreview {
  const { manifest } = decoded;
  const fromCoordinator = registeredRole(store, manifest.sender.deviceId) === 'coordinator';
  const bundle = fromCoordinator ? { ...decoded, content: { ...decoded.content, caseload: null } } : decoded;
  return previewBundle(localStateOf(store.state, fromCoordinator ? 'counselor' : 'coordinator', manifest.receiver.deviceId), bundle);
}

/** A channel's knowledge only grows; its caseload and last bundle are those of its newest bundle. */
function peerAfter(previous: Store['peers'][string] | undefined, decoded: DecodedBundle, clock: MergeClock): Store['peers'][string] {
  const { manifest } = decoded;
  const knows = mergeVectors(previous?.knows ?? {}, manifest.knows);
  // Older (covered) bundles still merge their rows, but do not roll the channel's caseload back.
  const newer = !previous || !vectorCovers(previous.knows, manifest.knows);
  return {
    knows,
    caseload: newer && decoded.content.caseload ? [...decoded.content.caseload.workerIds] : [...(previous?.caseload ?? [])],
    lastBundleId: newer ? manifest.bundleId : (previous?.lastBundleId ?? manifest.bundleId),
    lastSeenAt: clock.nowIso,
  };
}

export function applyToStore(store: Store, decoded: DecodedBundle, preview: SyncPreview, fileName: string, clock: MergeClock): Store {
  const { manifest } = decoded;
  const channel = channelOf(manifest);
  const previous = store.peers[channel];
  const recoveryKeys = { ...store.recoveryKeys };
  for (const line of preview.recoveryKeys) recoveryKeys[line.deviceId] = line.wrappedDataKey;
  return {
    ...store,
    state: applyPreviewInMemory(store.state, preview),
    peers: { ...store.peers, [channel]: peerAfter(previous, decoded, clock) },
    applied: [...store.applied, { bundleId: manifest.bundleId, sender: manifest.sender.deviceId, receiver: manifest.receiver.deviceId, createdAt: manifest.createdAt, fileName, fileSha256: decoded.fileSha256, appliedAt: clock.nowIso }],
    recoveryKeys,
    updatedAt: clock.nowIso,
  };
}

export async function mergeBundles(initial: Store, key: ProgrammeIdentity, files: readonly BundleFile[], clock: MergeClock, onProgress: MergeProgress = () => {}): Promise<{ store: Store; outcomes: FileOutcome[] }> {
  const candidates: Candidate[] = [];
  for (const [index, file] of files.entries()) {
    const peek = await peekBundle(file.bytes, key.identity);
    candidates.push({ file, manifest: peek.ok ? peek.manifest : null });
    onProgress('reading', index + 1, files.length);
  }
  candidates.sort(byCreation);

  let store = initial;
  const outcomes = new Map<string, FileOutcome>();
  let pending = candidates;
  let done = 0;
  for (;;) {
    const retry: Candidate[] = [];
    let appliedThisPass = 0;
    for (const candidate of pending) {
      const { file, manifest } = candidate;
      const decoded = await decodeBundle(file.bytes, decodeContextFor(store, key, manifest, clock.nowMillis));
      if (decoded.ok) {
        const preview = previewFor(store, decoded.bundle);
        store = applyToStore(store, decoded.bundle, preview, file.name, clock);
        outcomes.set(file.name, { name: file.name, status: 'merged', manifest: decoded.bundle.manifest, ...totals(preview), newConflicts: preview.newConflicts });
        appliedThisPass++;
      } else {
        outcomes.set(file.name, { name: file.name, status: 'refused', reason: decoded.reason, detail: decoded.detail, harmless: HARMLESS_REFUSALS.includes(decoded.reason), manifest: decoded.manifest ?? manifest });
        if (AWAITING_REGISTRY.includes(decoded.reason)) retry.push(candidate);
      }
      if (decoded.ok || !AWAITING_REGISTRY.includes(decoded.reason)) onProgress('merging', ++done, candidates.length);
    }
    if (retry.length === 0 || appliedThisPass === 0) break;
    pending = retry;
  }
  onProgress('merging', candidates.length, candidates.length);
  return { store, outcomes: files.map((file) => outcomes.get(file.name)).filter((o): o is FileOutcome => o !== undefined) };
}
