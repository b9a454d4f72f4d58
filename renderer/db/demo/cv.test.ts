import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme, type DemoProgramme } from '../../../shared/demo/generator';
import { generateRetraining } from '../../../shared/demo/activity/retraining';
import { generateCv, type DemoCv } from '../../../shared/demo/activity/cv';
import { identifyingDataIn } from '../../../shared/cv/anonymity';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { Session } from '../session';
import { createCvRepository } from '../repositories/cvRepository';
import { loadRetraining } from './retraining';
import { loadCv } from './cv';

let demo: DemoProgramme;
let data: DemoCv[];
let db: PcoDatabase;
let codec: RecordCodec;
let session: Session;

beforeAll(async () => {
  demo = generateDemoProgramme({ workers: 120, seed: 11, variant: 'historical' });
  data = generateCv(demo, demo.seed);
  db = freshDatabase();
  codec = await testCodec();
  session = await loadDemo(db, codec, demo);
  await loadRetraining(db, codec, session, generateRetraining(demo, demo.seed));
  await loadCv(db, codec, session, data);
});

describe('loading the demo CVs', () => {
  it('writes every version, sealed, dated on its day', async () => {
    expect(data.length).toBeGreaterThan(10);
    expect(await db.cvs.count()).toBe(data.length);
    const row = await db.cvs.get(data[0]!.id);
    expect(row).toMatchObject({ workerId: data[0]!.workerId, createdAt: `${data[0]!.createdOn}T10:00:00.000Z`, data: { reference: data[0]!.reference } });
    expect(row!.sealed).not.toBeNull();
  });

  it('reads back through the repository; anonymised versions hold nothing identifying', async () => {
    const cvs = createCvRepository(db, session, codec);
    for (const cv of data) {
      const record = await cvs.get(cv.id);
      expect(record.data.content).toMatchObject({ variant: cv.variant, language: cv.language, reference: cv.reference, preparedOn: cv.createdOn });
      const worker = demo.workers.find((w) => w.id === cv.workerId)!.worker;
      if (cv.variant === 'anonymous') expect(identifyingDataIn(record.data.content, worker)).toEqual([]);
      else expect(record.data.content.heading).toBe(`${worker.name} ${worker.surname}`);
    }
  });
});
