import { readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeys, generateProgrammeKey, ageIdentityFileText, signMessage, utf8Decode, utf8Encode } from '../shared/sync';
import { memoryIo } from './io';
import { main } from './main';
import { scenario, type Scenario } from './testing';

let s: Scenario;
let storePath: string;
beforeAll(async () => {
  s = await scenario();
  storePath = join(s.dir, 'coordinatore.pcostore');
  expect(await main(['merge', s.bundles, '-i', s.identityPath, '-o', storePath, '-e', s.enrolmentPath], memoryIo())).toBe(0);
});
afterAll(() => rm(s.dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const bundle = (name: string) => join(s.bundles, name);

/** Rewrites a bundle's signature line (and optionally the manifest's sender key), re-encrypted to the programme. */
async function forged(name: string, forge: (manifest: Record<string, unknown>, forger: { signSecretKey: string; signPublicKey: string }) => void): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(s.world.programmeKey.identity);
  const lines = utf8Decode(await decrypter.decrypt(new Uint8Array(await readFile(bundle(name))))).split('\n');
  const manifest = JSON.parse(lines[0]!) as Record<string, unknown>;
  const forger = await generateDeviceKeys();
  forge(manifest, forger);
  const head = JSON.stringify(manifest);
  const text = [head, `ed25519:${signMessage(forger.signSecretKey, utf8Encode(head))}`, ...lines.slice(2)].join('\n');
  const encrypter = new Encrypter();
  encrypter.addRecipient(s.world.programmeKey.recipient);
  const path = join(s.dir, `forged-${Math.random().toString(36).slice(2)}.pcobundle`);
  await writeFile(path, await encrypter.encrypt(utf8Encode(text)));
  return path;
}

describe('pco bundle inspect', () => {
  it('without a key tells size, SHA-256 and the age recipients', async () => {
    const path = bundle('01-coord-lap1.pcobundle');
    const bytes = await readFile(path);
    const result = await run('bundle', 'inspect', path);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`dimensione/size:  ${bytes.length} byte`);
    expect(result.out).toContain(createHash('sha256').update(bytes).digest('hex'));
    // Coordinator → counselor: programme, sender and receiver keys.
    expect(result.out).toContain('destinatari/recipients: 3 (X25519 ×3)');
    expect((await run('bundle', 'inspect', bundle('04-lap1-coord.pcobundle'))).out).toContain('destinatari/recipients: 2 (X25519 ×2)');
    expect(result.out).not.toContain('mittente');
  });

  it('with the programme identity shows manifest, counts, hash and signature; with the store, the registry check', async () => {
    const result = await run('bundle', 'inspect', bundle('04-lap1-coord.pcobundle'), '--identity', s.identityPath);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/mittente\/sender: {2}lap1 \(counselor, c1\)/);
    expect(result.out).toContain('destinatario/receiver: coord');
    expect(result.out).toMatch(/event\s+1/);
    expect(result.out).toContain('corrisponde al manifest / matches the manifest');
    expect(result.out).toContain('valida con la chiave del mittente nel manifest');
    expect(result.out).not.toContain('registro/registry');

    const withStore = await run('bundle', 'inspect', bundle('04-lap1-coord.pcobundle'), '-i', s.identityPath, '--store', storePath);
    expect(withStore.out).toContain('firma valida con la chiave registrata / signature valid with the registered key');
    expect(withStore.out).toContain('già applicato');
  });

  it('shows a forged key: self-consistent, but not the registered one', async () => {
    const path = await forged('04-lap1-coord.pcobundle', (manifest, forger) => {
      (manifest['sender'] as Record<string, unknown>)['signPublicKey'] = forger.signPublicKey;
    });
    const result = await run('bundle', 'inspect', path, '-i', s.identityPath, '-s', storePath);
    expect(result.out).toContain('valida con la chiave del mittente nel manifest');
    expect(result.out).toContain('la firma NON corrisponde alla chiave registrata');
  });

  it('refuses with exit 1 when the identity is not a recipient', async () => {
    const other = join(s.dir, 'altro.age.txt');
    await writeFile(other, await ageIdentityFileText((await generateProgrammeKey()).identity, '2019-06-01T00:00:00.000Z'));
    const result = await run('bundle', 'inspect', bundle('04-lap1-coord.pcobundle'), '-i', other);
    expect(result.code).toBe(1);
    expect(result.err).toBe('errore: il pacchetto non è cifrato per questa identità / error: the bundle is not encrypted to this identity');
  });
});

describe('pco bundle verify', () => {
  it('exits 0 for a valid bundle, and says a merged one is already covered by the store', async () => {
    const valid = await run('bundle', 'verify', bundle('05-lap2-coord.pcobundle'), '--identity', s.identityPath);
    expect(valid.code).toBe(0);
    expect(valid.out).toMatch(/^valido \/ valid: [0-9a-f-]{36}/);
    expect(valid.out).toContain('non con un registro');
    const covered = await run('bundle', 'verify', bundle('05-lap2-coord.pcobundle'), '-i', s.identityPath, '--store', storePath);
    expect(covered.code).toBe(0);
    expect(covered.out).toContain('alreadyApplied');
  });

  it('refuses a bit-flipped bundle with exit 1 and its reason', async () => {
    const bytes = new Uint8Array(await readFile(bundle('05-lap2-coord.pcobundle')));
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x80;
    const path = join(s.dir, 'flipped.pcobundle');
    await writeFile(path, bytes);
    const result = await run('bundle', 'verify', path, '-i', s.identityPath);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^rifiutato \/ refused: corrupted: file troncato o danneggiato \/ truncated or corrupted file/);
  });

  it('refuses a re-signed bundle: against its own key without a store, against the registry with one', async () => {
    const resigned = await forged('04-lap1-coord.pcobundle', () => {});
    const alone = await run('bundle', 'verify', resigned, '-i', s.identityPath);
    expect(alone.code).toBe(1);
    expect(alone.out).toContain('badSignature');
    const impostor = await forged('04-lap1-coord.pcobundle', (manifest, forger) => {
      (manifest['sender'] as Record<string, unknown>)['signPublicKey'] = forger.signPublicKey;
      manifest['bundleId'] = '0190a1b2-0000-7000-8000-00000000ffff';
    });
    expect((await run('bundle', 'verify', impostor, '-i', s.identityPath)).code).toBe(0);
    const registry = await run('bundle', 'verify', impostor, '-i', s.identityPath, '-s', storePath);
    expect(registry.code).toBe(1);
    expect(registry.out).toContain('badSignature: firma non valida / bad signature');
  });
});

describe('pco usage', () => {
  it('prints help with exit 0, and usage errors with exit 2', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const usage of ['pco bundle inspect FILE', 'pco bundle verify FILE', 'pco merge DIR']) expect(help.out).toContain(usage);
    expect((await run('bundle', 'verify', '--help')).out).toContain('uso / usage: pco bundle verify FILE --identity KEY');
    expect((await run()).code).toBe(2);
    const missing = await run('bundle', 'verify', 'x.pcobundle');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('errore: manca --identity — uso: pco bundle verify FILE --identity KEY [--store STORE] / error: missing --identity — usage: pco bundle verify FILE --identity KEY [--store STORE]');
    expect((await run('bundle', 'verify', 'x', '--colour')).code).toBe(2);
    expect((await run('sync')).code).toBe(2);
  });

  it('refuses a missing file with exit 1', async () => {
    const result = await run('bundle', 'inspect', join(s.dir, 'nope.pcobundle'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^errore: impossibile leggere il pacchetto .*ENOENT.* \/ error: cannot read the bundle/);
  });
});
