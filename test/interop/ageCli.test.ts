// The escrow promise: the programme identity, exported as a standard age identity file, lets the
// real `age` command line tool decrypt any bundle. Runs the CLI; .ci/run installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ageIdentityFileText, bundleManifestSchema, verifyMessage, sha256Hex, utf8Encode } from '../../shared/sync';
import { addInterview, create, createWorld, exportBundle } from '../../shared/sync/testing';
import { chunksOf } from '../../shared/documents/content';
import { DOCUMENT_CHUNK_BYTES } from '../../shared/documents/types';

const WORKER = '0190a1b2-0000-7000-8000-000000000001';
const dir = mkdtempSync(join(tmpdir(), 'pco-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function requireAgeCli(): void {
  const probe = spawnSync('age', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('The `age` command line tool is missing: install it (apt-get install age, or https://age-encryption.org) to run the interop test.');
  }
}

describe('age CLI interop', () => {
  it('decrypts a bundle with `age -d -i identity.txt` and reads line 1 as the manifest', async () => {
    requireAgeCli();
    const world = await createWorld(1);
    create(world, world.coordinator, 'workers', WORKER, { surname: 'Bandini', counselorId: 'c1' });
    addInterview(world, world.coordinator, WORKER, 'colloquio di orientamento, àèìòù');
    const bytes = await exportBundle(world, world.coordinator, world.counselors[0]!);
    const bundlePath = join(dir, 'test.pcobundle');
    const identityPath = join(dir, 'identity.txt');
    writeFileSync(bundlePath, bytes);
    writeFileSync(identityPath, await ageIdentityFileText(world.programmeKey.identity, '2019-06-01T00:00:00.000Z'), { mode: 0o600 });

    const plaintext: Buffer = execFileSync('age', ['-d', '-i', identityPath, bundlePath]);
    const text = plaintext.toString('utf8');
    const [line1, line2, ...payload] = text.split('\n');
    const manifest = bundleManifestSchema.parse(JSON.parse(line1!));
    expect(manifest.programmeId).toBe(world.programmeId);
    expect(manifest.counts['workers']).toBe(1);
    expect(verifyMessage(manifest.sender.signPublicKey, utf8Encode(line1!), line2!.slice('ed25519:'.length))).toBe(true);
    expect(sha256Hex(utf8Encode(payload.join('\n')))).toBe(manifest.payloadSha256);
    expect(text).toContain('àèìòù');
  });

  it('decrypts a bundle carrying a document: the chunk lines give back bytes matching the hash its record names', async () => {
    requireAgeCli();
    const world = await createWorld(1);
    const laptop = world.counselors[0]!;
    create(world, laptop, 'workers', WORKER, { surname: 'Bandini', counselorId: laptop.counselorId });
    const scan = new Uint8Array(2 * DOCUMENT_CHUNK_BYTES + 77).map((_, i) => (i * 7) % 256);
    const documentId = '0190a1b2-0000-7000-8000-0000000000d1';
    const data = { workerId: WORKER, owner: { kind: 'worker', id: WORKER }, type: 'identity', fileName: 'ci.pdf', mediaType: 'application/pdf', bytes: scan.length, sha256: sha256Hex(scan), date: '2019-06-01', note: '' };
    create(world, laptop, 'documents', documentId, data);
    const bytes = await exportBundle(world, laptop, world.coordinator, {
      held: new Set([documentId]),
      read: async function* () {
        yield* chunksOf(scan);
      },
    });
    const bundlePath = join(dir, 'documents.pcobundle');
    const identityPath = join(dir, 'identity-documents.txt');
    writeFileSync(bundlePath, bytes);
    writeFileSync(identityPath, await ageIdentityFileText(world.programmeKey.identity, '2019-06-01T00:00:00.000Z'), { mode: 0o600 });
    const lines = execFileSync('age', ['-d', '-i', identityPath, bundlePath], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8').split('\n').slice(2);
    const parsed = lines.map((line) => JSON.parse(line) as { t: string; table?: string; record?: { id: string; data: { sha256: string } }; documentId?: string; index?: number; data?: string });
    const record = parsed.find((line) => line.t === 'record' && line.table === 'documents')?.record;
    const chunks = parsed.filter((line) => line.t === 'chunk' && line.documentId === documentId).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    expect(chunks).toHaveLength(3);
    const joined = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.data ?? '', 'base64')));
    expect(sha256Hex(joined)).toBe(record?.data.sha256);
    expect(joined.equals(Buffer.from(scan))).toBe(true);
  });
});
