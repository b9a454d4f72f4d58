// Escrow of the programme key: passphrase confirmed again, a standard age identity file saved
// through the bridge, one audit entry; a wrong passphrase saves nothing and logs nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { readAgeIdentityFile } from '../../shared/sync';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase } from '../db/testing';
import { loadDemo } from '../db/setup';
import { createRecordCodec } from '../db/codec';
import { createKeys, WrongSecretError } from '../security/keyring';
import type { SyncContext } from './exportBundle';
import { setUpProgrammeKeys } from './programmeSetup';
import { IDENTITY_FILE_NAME, saveProgrammeIdentity } from './identityEscrow';
import { readProgrammeIdentity } from './syncMeta';

const PASSPHRASE = 'cavallo batteria graffetta corretta';

describe('programme identity escrow', () => {
  const bridge = createMemoryBridge();
  let ctx: SyncContext;

  beforeAll(async () => {
    const db = freshDatabase();
    const { dataKey } = await createKeys(db, bridge, PASSPHRASE);
    const codec = createRecordCodec(dataKey);
    ctx = { db, codec, session: await loadDemo(db, codec, generateDemoProgramme({ workers: 4, seed: 3, variant: 'historical' })) };
    await setUpProgrammeKeys(ctx, 'Portatile del coordinamento');
  }, 60_000);

  it('refuses a wrong passphrase without saving or logging', async () => {
    const audits = await ctx.db.audit.count();
    await expect(saveProgrammeIdentity(ctx, bridge, 'not the passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    expect(bridge.saved).toHaveLength(0);
    expect(await ctx.db.audit.count()).toBe(audits);
  }, 30_000);

  it('saves the age identity file and audits the export', async () => {
    const saved = await saveProgrammeIdentity(ctx, bridge, PASSPHRASE);
    expect(saved.ok).toBe(true);
    const file = bridge.saved.at(-1)!;
    expect(file.name).toBe(IDENTITY_FILE_NAME);
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toMatch(/^# created: /m);
    expect(text).toMatch(/^# public key: age1/m);
    expect(readAgeIdentityFile(text)).toBe(await readProgrammeIdentity(ctx.db, ctx.codec));
    const entry = (await ctx.db.audit.toArray()).find((row) => row.detail === 'age-identity');
    expect(entry).toMatchObject({ action: 'export', subjectKind: 'programme', actorId: ctx.session.counselorId });
  }, 30_000);
});
