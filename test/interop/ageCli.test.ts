// The escrow promise: the programme identity, exported as a standard age identity file, lets the
// real `age` command line tool decrypt any bundle. Runs the CLI; .ci/run installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ageIdentityFileText, bundleManifestSchema, verifyMessage, sha256Hex, utf8Encode } from '../../shared/sync';
import { addInterview, create, createWorld, exportBundle } from '../../shared/sync/testing';

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
});
