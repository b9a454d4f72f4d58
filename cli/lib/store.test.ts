import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProgrammeKey, utf8Decode, utf8Encode, type AgeKeyPair } from '../../shared/sync';
import { demoSyncData } from '../../shared/sync/demoData';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { CliError, errorLine, memoryIo } from '../io';
import { main } from '../main';
import { scenario, type Scenario } from '../testing';
import { emptyStore, encryptStore, openStore, readStore, STORE_VERSION, writeStore, type Store } from './store';
import { longestStringWhile, watchJoin, watchDecode, watchStringify } from '../../test/longestString';

let s: Scenario;
let key: AgeKeyPair;
beforeAll(async () => {
  s = await scenario();
  key = await generateProgrammeKey();
});
afterAll(() => rm(s.dir, { recursive: true, force: true }));

const STATISTIC_ID = '6f1d2c3b-4a59-4e7d-8c91-0a1b2c3d4e5f';

/** A store with every kind of line: the demo programme's data, plus one audit row, statistic, conflict, channel, applied bundle and recovery key, and an empty table. */
function sampleStore(workers: number): Store {
  const data = demoSyncData(generateDemoProgramme({ workers, seed: 2019, variant: 'historical' }));
  const worker = data.records.workers?.[0];
  if (!worker) throw new Error('no demo worker');
  return {
    ...emptyStore('0190a1b2-0000-7000-8000-00000000aaaa', { deviceId: 'coord', label: 'Portatile coordinatrice', signPublicKey: 'c2lnbg==' }, '2019-07-01T10:00:00.000Z'),
    pendingEnrolments: [{ enrolmentId: '0190a1b2-0000-7000-8000-0000000000e2', counselorId: 'c2' }],
    state: {
      records: { ...data.records, workers: [{ ...worker, data: { ...worker.data, notes: 'riga 1\nriga 2 "àèìòù" € 😀 \\ \u2028' } }, ...(data.records.workers ?? []).slice(1)], devices: [] },
      events: data.events,
      audit: [
        { id: '0190a1b2-0000-7000-8000-0000000000a1', at: '2019-06-01T09:00:00.000Z', hlc: data.events[0]?.hlc ?? '', actorId: 'c1', deviceId: 'lap1', action: 'open', subjectKind: 'worker', subjectId: worker.id, detail: '' },
      ],
      statistics: [
        {
          id: STATISTIC_ID,
          enrolmentMonth: '2019-02',
          exitMonth: '2019-06',
          exitReason: 'placed',
          finalStatus: 'placed',
          primaryTrack: 'outplacement',
          secondaryTracks: [],
          sex: 'F',
          ageBandAtEnrolment: '40-49',
          educationLevel: 'none',
          formerRole: 'operaia',
          residenceCode: 'D583',
          statusHistory: [{ from: null, to: 'active', month: '2019-02' }],
        },
      ],
      conflicts: [
        { id: `workers:${worker.id}:phone:lap1`, table: 'workers', recordId: worker.id, field: 'phone', origin: 'lap1', value: '055\n999 😀', hlc: 'h1', winnerHlc: 'h2', differs: true, seenByWinner: false },
      ],
    },
    peers: {
      'coord>lap1': { knows: { coord: 'h2' }, caseload: (data.records.workers ?? []).map((w) => w.id), lastBundleId: 'b1', lastSeenAt: '2019-06-02T09:00:00.000Z' },
      'lap1>coord': { knows: { lap1: 'h1' }, caseload: [], lastBundleId: 'b2', lastSeenAt: '2019-06-03T09:00:00.000Z' },
    },
    applied: [{ bundleId: 'b2', sender: 'lap1', receiver: 'coord', createdAt: '2019-06-03T09:00:00.000Z', fileName: 'lap1.pcobundle', fileSha256: 'ab'.repeat(32), appliedAt: '2019-06-04T09:00:00.000Z' }],
    recoveryKeys: { lap1: 'age-encryption.org/v1 wrapped' },
  };
}

async function plaintextOf(bytes: Uint8Array): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(key.identity);
  return utf8Decode(await decrypter.decrypt(bytes));
}

async function encryptText(text: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(key.recipient);
  return encrypter.encrypt(utf8Encode(text));
}

/** The age header ends with `--- ` + a 43-character MAC + newline; the 16-byte nonce follows. */
function headerLength(bytes: Uint8Array): number {
  const ascii = Array.from(bytes.subarray(0, 4096), (b) => String.fromCharCode(b)).join('');
  return ascii.indexOf('\n--- ') + 1 + 4 + 43 + 1;
}

/** The message the CLI prints for what `work` rejects with. */
async function errorOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CliError) return errorLine(error);
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the store file, version 2', () => {
  it('round-trips every part of the store through the file', async () => {
    const store = sampleStore(20);
    const path = join(s.dir, 'roundtrip.pcostore');
    await writeStore(path, store, key);
    const read = await readStore(path, key);
    expect(read).toEqual(store);
    expect(read.state.records.devices).toEqual([]);
    expect(Object.keys(read.state.records)).toEqual(Object.keys(store.state.records));
    expect(read.state.events.map((e) => e.id)).toEqual(store.state.events.map((e) => e.id));
    // Written again, the same bytes of plaintext.
    expect(await plaintextOf(await encryptStore(read, key.recipient))).toBe(await plaintextOf(await readFile(path)));
  });

  it('is NDJSON: a header with the small fields and the counts, then one line per row', async () => {
    const store = sampleStore(5);
    const lines = (await plaintextOf(await encryptStore(store, key.recipient))).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const [header, ...rows] = lines;
    expect(header).toMatchObject({ format: 'pco-store', version: STORE_VERSION, programmeId: store.programmeId, anchor: store.anchor, pendingEnrolments: store.pendingEnrolments, updatedAt: store.updatedAt });
    expect(header?.['counts']).toMatchObject({ events: store.state.events.length, audit: 1, statistics: 1, conflicts: 1, peers: 2, applied: 1, recoveryKeys: 1 });
    expect((header?.['counts'] as { records: Record<string, number> }).records).toMatchObject({ workers: 5, devices: 0 });
    const kinds = new Map<unknown, number>();
    for (const row of rows) kinds.set(row['t'], (kinds.get(row['t']) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      record: Object.values(store.state.records).reduce((sum, table) => sum + (table?.length ?? 0), 0),
      event: store.state.events.length,
      audit: 1,
      statistic: 1,
      conflict: 1,
      peer: 2,
      applied: 1,
      recoveryKey: 1,
    });
    expect(rows.find((row) => row['t'] === 'peer')).toEqual({ t: 'peer', channel: 'coord>lap1', peer: store.peers['coord>lap1'] });
  });

  it('still reads a version 1 store (one JSON document), which pco merge then opens and keeps', async () => {
    const store = sampleStore(5);
    // What pco wrote before version 2: JSON.stringify of the whole store, encrypted with age.
    const v1 = { ...store, version: 1 };
    const path = join(s.dir, 'v1.pcostore');
    await writeFile(path, await encryptText(JSON.stringify(v1)));
    expect(await readStore(path, key)).toEqual(v1);

    // A real one: the scenario merged, then written as version 1.
    const out = join(s.dir, 'v1-merge.pcostore');
    const io = memoryIo();
    expect(await main(['merge', s.bundles, '--identity', s.identityPath, '--out', out, '--enrolment', s.enrolmentPath], io)).toBe(0);
    const identity = { identity: s.world.programmeKey.identity, recipient: s.world.programmeKey.recipient };
    const merged = await readStore(out, identity);
    const encrypter = new Encrypter();
    encrypter.addRecipient(identity.recipient);
    await writeFile(out, await encrypter.encrypt(utf8Encode(JSON.stringify({ ...merged, version: 1 }))));
    expect(await readStore(out, identity)).toEqual({ ...merged, version: 1 });
    const again = memoryIo();
    expect(await main(['merge', s.bundles, '--identity', s.identityPath, '--out', out], again)).toBe(0);
    expect(again.stderr).toEqual([]);
    expect(again.stdout.join('\n')).toContain('uniti 0, già presenti 5, rifiutati 0');
    // Written again (here by writeStore), it is version 2 with the same content.
    await writeStore(out, await readStore(out, identity), identity);
    expect(await readStore(out, identity)).toEqual({ ...merged, version: 2 });
  });
});

describe('a store of many batches of lines and many age chunks', () => {
  const BATCH = 16 * 1024;


  it('no string built while writing is longer than a batch, none while reading longer than a line', async () => {
    // About 1.3 MB of plaintext: some eighty batches of 16 KiB, some twenty 64 KiB age chunks.
    const store = sampleStore(50);
    let bytes: Uint8Array = new Uint8Array(0);
    const longestJoin = await longestStringWhile(watchJoin, async () => (bytes = await encryptStore(store, key.recipient, BATCH)));
    const longestJson = await longestStringWhile(watchStringify, () => encryptStore(store, key.recipient, BATCH));

    const plaintext = await plaintextOf(bytes);
    const lines = plaintext.split('\n');
    const longestLine = Math.max(...lines.map((line) => line.length));
    expect(plaintext.length).toBeGreaterThan(50 * BATCH);
    expect(longestLine).toBeLessThan(BATCH);
    expect(longestJoin).toBeLessThanOrEqual(2 * BATCH);
    expect(longestJson).toBe(longestLine);
    // The same bytes as the default batch gives.
    expect(plaintext).toBe(await plaintextOf(await encryptStore(store, key.recipient)));

    let read: Store | undefined;
    const longestText = await longestStringWhile(watchDecode, async () => (read = await openStore(bytes, 'big.pcostore', key)));
    expect(read).toEqual(store);
    expect(longestText).toBe(longestLine);
  });
});

describe('a damaged store', () => {
  const refusal = /^errore: l'archivio \S+ è danneggiato o troncato \(.+\) \/ error: the store \S+ is damaged or truncated \(.+\)$/;

  it('is refused when age finds it cut short or altered', async () => {
    const bytes = await encryptStore(sampleStore(20), key.recipient);
    expect(bytes.length).toBeGreaterThan(4 * 65_536);
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)] = flipped[Math.floor(bytes.length / 2)]! ^ 0x04;
    expect(await errorOf(openStore(flipped, 'a.pcostore', key))).toMatch(refusal);
    expect(await errorOf(openStore(bytes.subarray(0, bytes.length - 1000), 'a.pcostore', key))).toMatch(refusal);
    // Cut at the end of a 64 KiB chunk: what remains authenticates, but the last chunk is missing.
    const body = headerLength(bytes) + 16;
    expect(await errorOf(openStore(bytes.subarray(0, body + 2 * (65_536 + 16)), 'a.pcostore', key))).toMatch(refusal);
    expect(await errorOf(openStore(bytes.subarray(0, 30), 'a.pcostore', key))).toMatch(refusal);
  });

  it('is refused, saying which line, when it decrypts but its lines are not those of a store', async () => {
    const store = sampleStore(5);
    const lines = (await plaintextOf(await encryptStore(store, key.recipient))).split('\n');
    const open = async (text: string) => errorOf(openStore(await encryptText(text), 'b.pcostore', key));
    const [all, cut] = [lines.length, lines.length - 3];
    expect(await open(lines.slice(0, -3).join('\n'))).toBe(
      `errore: l'archivio b.pcostore è danneggiato: ${cut} righe dove l'intestazione ne dichiara ${all} (peers 1/2, applied 0/1, recoveryKeys 0/1): troncato? / error: the store b.pcostore is damaged: ${cut} lines where the header says ${all} (peers 1/2, applied 0/1, recoveryKeys 0/1): truncated?`,
    );
    expect(await open([...lines.slice(0, 4), '{"t":"record","table":"workers","rec', ...lines.slice(4)].join('\n'))).toBe(
      "errore: l'archivio b.pcostore è danneggiato: la riga 5 non è JSON / error: the store b.pcostore is damaged: line 5 is not JSON",
    );
    expect(await open([...lines.slice(0, 2), '{"t":"worker","id":"x"}', ...lines.slice(2)].join('\n'))).toContain('error: the store b.pcostore is damaged: line 3 is not a store line');
    expect(await open([...lines, lines[1]!].join('\n'))).toMatch(/error: the store b\.pcostore is damaged: \d+ lines where the header says \d+ \(programme 2\/1\)$/);
    // The writer ends with no newline; one there is tolerated.
    expect(await openStore(await encryptText(`${lines.join('\n')}\n`), 'b.pcostore', key)).toEqual(store);
    expect(await open('')).toBe("errore: l'archivio b.pcostore è danneggiato: è vuoto / error: the store b.pcostore is damaged: it is empty");
    expect(await open('ciao')).toBe('errore: b.pcostore non è un archivio pco valido / error: b.pcostore is not a valid pco store');
    expect(await open(JSON.stringify({ format: 'pco-store', version: 3 }))).toBe('errore: archivio versione 3: aggiornare pco / error: store version 3: update pco');
  });

  it('stops pco merge before it writes: the CLI says why, the file stays as it was', async () => {
    const out = join(s.dir, 'cut.pcostore');
    expect(await main(['merge', s.bundles, '--identity', s.identityPath, '--out', out, '--enrolment', s.enrolmentPath], memoryIo())).toBe(0);
    const cut = (await readFile(out)).subarray(0, -20);
    await writeFile(out, cut);
    const io = memoryIo();
    expect(await main(['merge', s.bundles, '--identity', s.identityPath, '--out', out], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(refusal);
    expect(new Uint8Array(await readFile(out))).toEqual(new Uint8Array(cut));
  });
});
