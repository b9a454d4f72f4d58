// The reports' sealed event cache on a real (fake-indexeddb) database, with chunks of two events so
// that a few rows make several: what it serves always equals reading every row, it opens no event
// row it holds, it notices new events by their count, and any rewrite or removal of events drops it
// in the same transaction (so a purge leaves nothing behind in it).
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/domain/events';
import { createInterner, type ReportEvent } from '../../shared/reports/reportEvent';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { EVENT_CACHE_EPOCH_KEY, EVENT_CACHE_PREFIX } from '../db/eventCacheGuard';
import { sealEvent } from '../db/recordRows';
import { freshDatabase, testCodec } from '../db/testing';
import { readReportEvents } from './reportEventCache';

const OPTIONS = { chunkEvents: 2, pageSize: 3 };
const WORKER = '018f0000-0000-7000-8000-00000000000a';

const interview: EventPayload = { kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 30, place: '', participants: '', notes: 'riservato', outcomes: '', nextSteps: '', skillsFound: [] };
const consent: EventPayload = { kind: 'worker.consentRecorded', given: true };

interface Counted {
  codec: RecordCodec;
  /** Event rows opened one by one since the last reset. */
  opened: () => number;
  reset: () => void;
}

/** The codec, counting the event rows it opens one by one (their purpose is `events:<id>`). */
function counting(codec: RecordCodec, beforeOpen: () => Promise<void> = async () => {}): Counted {
  let opened = 0;
  return {
    codec: {
      ...codec,
      async openValue<T>(purpose: string, sealed: Parameters<RecordCodec['openValue']>[1]): Promise<T> {
        if (purpose.startsWith('events:')) {
          opened += 1;
          await beforeOpen();
        }
        return codec.openValue<T>(purpose, sealed);
      },
    },
    opened: () => opened,
    reset: () => {
      opened = 0;
    },
  };
}

async function addEvents(db: PcoDatabase, codec: RecordCodec, ids: readonly string[], payload: EventPayload = interview): Promise<void> {
  const rows = await Promise.all(ids.map((id) => sealEvent(codec, { id, subjectId: WORKER, occurredOn: '2019-03-01', hlc: `h-${id}`, recordedBy: 'c', deviceId: 'd', payload, kind: payload.kind })));
  await db.events.bulkAdd(rows);
}

async function read(db: PcoDatabase, codec: RecordCodec): Promise<{ ids: string[]; rows: number; events: ReportEvent[] }> {
  const events: ReportEvent[] = [];
  let rows = 0;
  await readReportEvents(db, codec, createInterner(), (event) => events.push(event), (n) => (rows += n), OPTIONS);
  return { ids: events.map((e) => e.id), rows, events };
}

const chunkKeys = (db: PcoDatabase) => db.meta.where('key').startsWith(EVENT_CACHE_PREFIX).primaryKeys();

describe('report event cache', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await addEvents(db, codec, ['e01', 'e02', 'e04', 'e05', 'e07']);
    await addEvents(db, codec, ['e03', 'e06'], consent); // not read by reports, still counted in ranges
  });

  it('serves the same events as reading every row, opening only those it does not hold yet', async () => {
    const counted = counting(codec);
    const first = await read(db, counted.codec);
    expect(first.ids).toEqual(['e01', 'e02', 'e04', 'e05', 'e07']);
    expect(first.rows).toBe(7);
    expect(first.events[0]?.payload).toEqual({ kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 30 });
    expect(await chunkKeys(db)).toEqual([`${EVENT_CACHE_PREFIX}e02`, `${EVENT_CACHE_PREFIX}e05`]);

    counted.reset();
    const second = await read(db, counted.codec);
    expect(second.events).toEqual(first.events);
    expect(second.rows).toBe(7);
    expect(counted.opened()).toBe(1); // e07: the newest events wait until they fill a chunk
  });

  it('reads new events, appended or with older ids inside a cached range, and caches them', async () => {
    await read(db, codec);
    await addEvents(db, codec, ['e08', 'e045']);
    const counted = counting(codec);
    expect((await read(db, counted.codec)).ids).toEqual(['e01', 'e02', 'e04', 'e045', 'e05', 'e07', 'e08']);
    expect(counted.opened()).toBe(3 + 2); // the range holding e045 (e04, e045, e05), then e07 and e08
    counted.reset();
    expect((await read(db, counted.codec)).ids).toEqual(['e01', 'e02', 'e04', 'e045', 'e05', 'e07', 'e08']);
    expect(counted.opened()).toBe(0);
  });

  it('is dropped with the epoch renewed, inside the transaction that deletes or rewrites events', async () => {
    await read(db, codec);
    const before = (await db.meta.get(EVENT_CACHE_EPOCH_KEY))?.value;
    await db.events.delete('e04');
    expect(await chunkKeys(db)).toEqual([]);
    expect((await db.meta.get(EVENT_CACHE_EPOCH_KEY))?.value).not.toBe(before);
    expect((await read(db, codec)).ids).toEqual(['e01', 'e02', 'e05', 'e07']);

    const row = await db.events.get('e05');
    await db.events.put({ ...row!, payload: await codec.sealValue('events:e05', { ...interview, interviewType: 'follow_up' }) });
    expect(await chunkKeys(db)).toEqual([]);
    const reread = await read(db, codec);
    expect(reread.events.find((e) => e.id === 'e05')?.payload).toMatchObject({ interviewType: 'follow_up' });
  });

  it('reads a damaged chunk row by row and writes it again', async () => {
    await read(db, codec);
    const key = `${EVENT_CACHE_PREFIX}e02`;
    const chunk = (await db.meta.get(key))!.value as { sealed: { ct: string } };
    await db.meta.put({ key, value: { ...chunk, sealed: { ...chunk.sealed, ct: `AAAA${chunk.sealed.ct.slice(4)}` } } });
    const counted = counting(codec);
    expect((await read(db, counted.codec)).ids).toEqual(['e01', 'e02', 'e04', 'e05', 'e07']);
    expect(counted.opened()).toBe(2 + 1);
    counted.reset();
    await read(db, counted.codec);
    expect(counted.opened()).toBe(1);
  });

  it('writes nothing when events were removed while it was reading', async () => {
    let purged = false;
    const counted = counting(codec, async () => {
      if (purged) return;
      purged = true;
      await db.events.delete('e07'); // a purge by a sync import, on the page's connection
    });
    await read(db, counted.codec);
    expect(await chunkKeys(db)).toEqual([]);
    expect((await read(db, codec)).ids).toEqual(['e01', 'e02', 'e04', 'e05']);
  });

  it('over many batches of chunks (each read ahead of the one taken in): a damaged chunk and a missing one in later batches', async () => {
    const ids = Array.from({ length: 240 }, (_, n) => `f${String(n).padStart(3, '0')}`);
    await addEvents(db, codec, ids);
    const everything = ['e01', 'e02', 'e04', 'e05', 'e07', ...ids];
    expect((await read(db, codec)).ids).toEqual(everything);
    const keys = await chunkKeys(db);
    expect(keys.length).toBeGreaterThan(100); // three batches of 50 and more
    const damaged = keys[75]!;
    const chunk = (await db.meta.get(damaged))!.value as { sealed: { ct: string } };
    await db.meta.put({ key: damaged, value: { ...chunk, sealed: { ...chunk.sealed, ct: `AAAA${chunk.sealed.ct.slice(4)}` } } });
    await db.meta.delete(keys[110]!);

    const counted = counting(codec);
    expect((await read(db, counted.codec)).ids).toEqual(everything);
    // The damaged chunk's two events, then everything after the gap row by row (the chain is broken there).
    const afterGap = everything.indexOf(keys[109]!.slice(EVENT_CACHE_PREFIX.length)) + 1;
    expect(counted.opened()).toBe(2 + (everything.length - afterGap));
    counted.reset();
    expect((await read(db, counted.codec)).ids).toEqual(everything);
    expect(counted.opened()).toBeLessThanOrEqual(1); // rebuilt: only the newest, short of a chunk
  });
});
