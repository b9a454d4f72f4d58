// The programme settings and the counselors: small, edited records with per-field HLCs.
import { uuidv7 } from 'uuidv7';
import { counselorSchema, programmeSchema, type Counselor, type Programme } from '../../../shared/domain/programme';
import { createRecord, editRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CounselorRecord, ProgrammeRow } from '../rows';
import type { Session } from '../session';
import { sealCounselor } from '../recordRows';
import { NotAllowedError, RecordNotFoundError } from './errors';

export interface ProgrammeRepository {
  get(): Promise<ProgrammeRow | undefined>;
  update(input: Programme): Promise<ProgrammeRow>;
  counselors(): Promise<CounselorRecord[]>;
  addCounselor(input: Counselor): Promise<CounselorRecord>;
}

export function createProgrammeRepository(db: PcoDatabase, session: Session, codec: RecordCodec): ProgrammeRepository {
  return {
    get: () => db.programme.toCollection().first(),

    async update(input) {
      if (session.role !== 'coordinator') throw new NotAllowedError('programme', 'role');
      const programme = programmeSchema.parse(input);
      return db.transaction('rw', [db.programme, db.meta], async () => {
        const current = await db.programme.toCollection().first();
        if (!current) throw new RecordNotFoundError('programme');
        const row = editRecord(current, programme, session.tick(), session.author());
        await db.programme.put(row);
        await session.persistClock();
        return row;
      });
    },

    async counselors() {
      const rows = await db.counselors.filter((row) => !row.deletedAt).toArray();
      const records = await Promise.all(rows.map((row) => codec.open('counselors', row)));
      return records.sort((a, b) => a.data.displayName.localeCompare(b.data.displayName, 'it'));
    },

    async addCounselor(input) {
      if (session.role !== 'coordinator') throw new NotAllowedError('counselors', 'role');
      const record = createRecord(uuidv7(), counselorSchema.parse(input), session.tick(), session.author());
      const row = await sealCounselor(codec, record);
      await db.transaction('rw', [db.counselors, db.meta], async () => {
        await db.counselors.add(row);
        await session.persistClock();
      });
      return record;
    },
  };
}
