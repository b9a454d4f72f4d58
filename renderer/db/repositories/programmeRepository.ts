// The programme settings and the counselors: small, edited records with per-field HLCs, changed by
// the coordinator only (a counselor laptop's bundle changing them is refused: shared/sync/senderScope).
// A change of the programme's CIGS periods is also an event on the programme (its history: who,
// when, old → new), and the CIGS end of the workers who follow the periods moves with it in the
// same transaction (programmeCigs.ts). Counselors are renamed, deactivated and reactivated, never
// deleted: their names stay on everything they recorded.
import { uuidv7 } from 'uuidv7';
import { counselorSchema, programmeSchema, type Counselor, type Programme } from '../../../shared/domain/programme';
import type { CigsPeriod } from '../../../shared/domain/cigs';
import { createRecord, editRecord, sameValue } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CounselorRecord, EventRecord, ProgrammeRow } from '../rows';
import type { Session } from '../session';
import { newEvent, openEvent, sealCounselor, sealEvent } from '../recordRows';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';

export type CigsHistoryEntry = EventRecord & { payload: { kind: 'programme.cigsPeriodsChanged'; from: CigsPeriod[]; to: CigsPeriod[] } };

export interface ProgrammeRepository {
  get(): Promise<ProgrammeRow | undefined>;
  update(input: Programme): Promise<ProgrammeRow>;
  /** The programme's CIGS periods replaced by `periods` (validated: no overlap, end after start). */
  setCigsPeriods(periods: readonly CigsPeriod[]): Promise<ProgrammeRow>;
  /** Every change of the programme's CIGS periods, newest first. */
  cigsHistory(): Promise<CigsHistoryEntry[]>;
  /** How many live workers of the session's scope follow the programme's periods (none of their own). */
  cigsFollowers(): Promise<number>;
  /** Every counselor, deactivated ones included, by name. */
  counselors(): Promise<CounselorRecord[]>;
  addCounselor(input: Counselor): Promise<CounselorRecord>;
  renameCounselor(id: string, displayName: string): Promise<CounselorRecord>;
  /** Deactivates (from today) or reactivates a counselor; the coordinator's own record stays active. */
  setCounselorActive(id: string, active: boolean): Promise<CounselorRecord>;
  /** The comune a counselor works from; undefined: the plant's. */
  setCounselorBase(id: string, baseCode: string | undefined): Promise<CounselorRecord>;
}

const isCigsChange = (event: EventRecord): event is CigsHistoryEntry => event.payload.kind === 'programme.cigsPeriodsChanged';

export function createProgrammeRepository(db: PcoDatabase, session: Session, codec: RecordCodec): ProgrammeRepository {
  const coordinatorOnly = (what: string) => {
    if (session.role !== 'coordinator') throw new NotAllowedError(what, 'role');
  };

  async function update(input: Programme): Promise<ProgrammeRow> {
    coordinatorOnly('programme');
    const programme = programmeSchema.parse(input);
    const current = await db.programme.toCollection().first();
    if (!current) throw new RecordNotFoundError('programme');
    const row = editRecord(current, programme, session.tick(), session.author());
    if (row === current) return current;
    const changed = !sameValue(current.data.cigsPeriods, programme.cigsPeriods);
    const history = changed ? await sealEvent(codec, newEvent(session, current.id, { kind: 'programme.cigsPeriodsChanged', from: current.data.cigsPeriods, to: programme.cigsPeriods }, todayIso())) : null;
    // The workers who follow the programme's periods get their new CIGS end in this transaction.
    await db.transaction('rw', [db.programme, db.events, db.meta], async () => {
      await db.programme.put(row);
      if (history) await db.events.add(history);
      await session.persistClock();
    });
    return row;
  }

  async function counselor(id: string): Promise<CounselorRecord> {
    const row = await db.counselors.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    return codec.open('counselors', row);
  }

  async function editCounselor(id: string, change: (data: Counselor) => Counselor): Promise<CounselorRecord> {
    coordinatorOnly('counselors');
    const current = await counselor(id);
    const edited = editRecord(current, counselorSchema.parse(change(current.data)), session.tick(), session.author());
    if (edited === current) return current;
    const row = await sealCounselor(codec, edited);
    await db.transaction('rw', [db.counselors, db.meta], async () => {
      await db.counselors.put(row);
      await session.persistClock();
    });
    return edited;
  }

  return {
    get: () => db.programme.toCollection().first(),

    update,

    async setCigsPeriods(periods) {
      const current = await db.programme.toCollection().first();
      if (!current) throw new RecordNotFoundError('programme');
      return update({ ...current.data, cigsPeriods: [...periods] });
    },

    async cigsHistory() {
      const programme = await db.programme.toCollection().first();
      if (!programme) return [];
      const rows = await db.events.where('subjectId').equals(programme.id).toArray();
      const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
      return events.filter(isCigsChange).sort((a, b) => b.hlc.localeCompare(a.hlc));
    },

    async cigsFollowers() {
      // The periods are not sealed: no worker file is decrypted to count.
      const rows = session.role === 'coordinator' ? await db.workers.toArray() : await db.workers.where('counselorId').equals(session.counselorId).toArray();
      return rows.filter((row) => !row.deletedAt && (row.data.cigsPeriods ?? []).length === 0).length;
    },

    async counselors() {
      const rows = await db.counselors.filter((row) => !row.deletedAt).toArray();
      const records = await Promise.all(rows.map((row) => codec.open('counselors', row)));
      return records.sort((a, b) => a.data.displayName.localeCompare(b.data.displayName, 'it'));
    },

    async addCounselor(input) {
      coordinatorOnly('counselors');
      const record = createRecord(uuidv7(), counselorSchema.parse(input), session.tick(), session.author());
      const row = await sealCounselor(codec, record);
      await db.transaction('rw', [db.counselors, db.meta], async () => {
        await db.counselors.add(row);
        await session.persistClock();
      });
      return record;
    },

    renameCounselor: (id, displayName) => editCounselor(id, (data) => ({ ...data, displayName })),

    setCounselorBase: (id, baseCode) => editCounselor(id, ({ baseCode: _previous, ...data }) => (baseCode ? { ...data, baseCode } : data)),

    async setCounselorActive(id, active) {
      coordinatorOnly('counselors');
      if (!active && id === session.counselorId) throw new NotEligibleError('programmeSettings.refusal.deactivateSelf');
      return editCounselor(id, ({ deactivatedOn: _previous, ...data }) => (active ? data : { ...data, deactivatedOn: todayIso() }));
    },
  };
}
