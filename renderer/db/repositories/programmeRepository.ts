// The programme settings and the counselors: small, edited records with per-field HLCs.
import { uuidv7 } from 'uuidv7';
import { counselorSchema, programmeSchema, type Counselor, type Programme } from '../../../shared/domain/programme';
import { createRecord, editRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { CounselorRow, ProgrammeRow } from '../rows';
import type { Session } from '../session';
import { RecordNotFoundError } from './errors';

export interface ProgrammeRepository {
  get(): Promise<ProgrammeRow | undefined>;
  update(input: Programme): Promise<ProgrammeRow>;
  counselors(): Promise<CounselorRow[]>;
  addCounselor(input: Counselor): Promise<CounselorRow>;
}

export function createProgrammeRepository(db: PcoDatabase, session: Session): ProgrammeRepository {
  return {
    get: () => db.programme.toCollection().first(),

    async update(input) {
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
      return rows.sort((a, b) => a.data.displayName.localeCompare(b.data.displayName, 'it'));
    },

    async addCounselor(input) {
      const counselor = counselorSchema.parse(input);
      return db.transaction('rw', [db.counselors, db.meta], async () => {
        const row = createRecord(uuidv7(), counselor, session.tick(), session.author());
        await db.counselors.add(row);
        await session.persistClock();
        return row;
      });
    },
  };
}
