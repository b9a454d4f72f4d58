// Introductory meetings (incontri conoscitivi): several candidacies of one employer on one day.
// Scheduling one moves its candidacies to `meeting_scheduled`; marking it held moves those still
// waiting to `meeting_held`, on the meeting's day. Place and notes are free text: sealed.
import { uuidv7 } from 'uuidv7';
import { meetingSchema, type Meeting } from '../../../shared/domain/casework';
import { createRecord, editRecord, type VersionedRecord } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EventRow, MeetingRow } from '../rows';
import type { Session } from '../session';
import { auditEntry } from '../recordRows';
import { NotEligibleError, RecordNotFoundError } from './errors';
import { canSeeWorker, moveDetail, prepareMove, readOffers, viewsOf, visibleCandidacy, type CandidacyView, type Today } from './candidacyRepository';
import { sealRecord } from '../storedRows';


export type MeetingRecord = VersionedRecord<Meeting>;

/** Sealed row with its index columns (schema v4: `employerId`, `date`). */
export const sealMeeting = (codec: RecordCodec, record: MeetingRecord): Promise<MeetingRow & { employerId: string; date: string }> => sealRecord(codec, 'meetings', record);
export type MeetingInput = Omit<Meeting, 'heldOn'>;

/** Stages from which a candidacy can join a meeting. */
const SCHEDULABLE = new Set(['proposed', 'cv_sent']);

export interface MeetingRepository {
  /** Meetings the session takes part in (any of their candidacies), newest first; all for the coordinator. */
  list(): Promise<MeetingRecord[]>;
  get(id: string): Promise<MeetingRecord>;
  /** Candidacies that may join a meeting with this employer: open, not yet met, on its offers. */
  candidatesFor(employerId: string): Promise<CandidacyView[]>;
  /** The meeting's candidacies the session can see. */
  candidaciesOf(meeting: MeetingRecord): Promise<CandidacyView[]>;
  /** Every visible meeting with its candidacies; the caseload is read once, not once per meeting. */
  listWithCandidacies(): Promise<{ meeting: MeetingRecord; views: CandidacyView[] }[]>;
  create(input: MeetingInput): Promise<MeetingRecord>;
  markHeld(id: string): Promise<MeetingRecord>;
}

export function createMeetingRepository(db: PcoDatabase, session: Session, codec: RecordCodec, today: Today = todayIso): MeetingRepository {
  const open = (row: MeetingRow): Promise<MeetingRecord> => codec.open('meetings', row);

  async function visibleCandidacyIds(): Promise<Set<string>> {
    const workers = new Set((await db.workers.filter((row) => !row.deletedAt && canSeeWorker(session, row)).toArray()).map((row) => row.id));
    const rows = await db.candidacies.filter((row) => !row.deletedAt && workers.has(row.data.workerId ?? '')).toArray();
    return new Set(rows.map((row) => row.id));
  }

  async function get(id: string): Promise<MeetingRecord> {
    const row = await db.meetings.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    return open(row);
  }

  async function candidaciesOf(meeting: MeetingRecord, known?: Set<string>): Promise<CandidacyView[]> {
    const visible = known ?? (await visibleCandidacyIds());
    const rows = await db.candidacies.bulkGet(meeting.data.candidacyIds.filter((id) => visible.has(id)));
    return viewsOf(db, codec, rows.filter((row) => row !== undefined));
  }

  async function write(row: MeetingRow, events: EventRow[], workerIds: readonly string[], candidacyIds: readonly string[], stage: 'meeting_scheduled' | 'meeting_held') {
    await db.transaction('rw', [db.meetings, db.events, db.audit, db.meta], async () => {
      await db.meetings.put(row);
      if (events.length > 0) await db.events.bulkAdd(events);
      await db.audit.bulkAdd(workerIds.map((workerId, index) => auditEntry(session, 'update', workerId, moveDetail(candidacyIds[index] ?? '', stage))));
      await session.persistClock();
    });
  }

  const repository: Omit<MeetingRepository, 'listWithCandidacies'> = {
    async list() {
      const rows = await db.meetings.filter((row) => !row.deletedAt).toArray();
      const visible = session.role === 'coordinator' ? undefined : await visibleCandidacyIds();
      const mine = rows.filter((row) => !visible || (row.data.candidacyIds ?? []).some((id) => visible.has(id)));
      const records = await Promise.all(mine.map(open));
      return records.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.time.localeCompare(a.data.time));
    },

    get,

    candidaciesOf: (meeting) => candidaciesOf(meeting),

    async candidatesFor(employerId) {
      const offerIds = new Set((await readOffers(db, codec)).filter((offer) => offer.data.employerId === employerId).map((offer) => offer.id));
      const visible = await visibleCandidacyIds();
      const rows = await db.candidacies.filter((row) => visible.has(row.id) && offerIds.has(row.data.offerId ?? '')).toArray();
      return (await viewsOf(db, codec, rows)).filter((view) => SCHEDULABLE.has(view.stage));
    },

    async create(input) {
      const meeting = meetingSchema.parse({ ...input, heldOn: undefined });
      if (meeting.candidacyIds.length === 0) throw new NotEligibleError('noCandidacies');
      const offers = new Map((await readOffers(db, codec)).map((offer) => [offer.id, offer]));
      // The scheduling is recorded on the day it is arranged, or on the meeting's day if that has passed.
      const scheduledOn = meeting.date < today() ? meeting.date : today();
      const targets = await Promise.all(meeting.candidacyIds.map((id) => visibleCandidacy(db, codec, session, id)));
      if (targets.some((target) => offers.get(target.view.offerId)?.data.employerId !== meeting.employerId)) throw new NotEligibleError('otherEmployer');
      const events = await Promise.all(targets.map((target) => prepareMove(codec, session, target, { to: 'meeting_scheduled', occurredOn: scheduledOn }, today())));
      const record = createRecord(uuidv7(), meeting, session.tick(), session.author());
      await write(await sealMeeting(codec, record), events, targets.map((t) => t.view.workerId), meeting.candidacyIds, 'meeting_scheduled');
      return record;
    },

    async markHeld(id) {
      const meeting = await get(id);
      if (meeting.data.heldOn) throw new NotEligibleError('alreadyHeld');
      if (meeting.data.date > today()) throw new NotEligibleError('meetingInFuture');
      // Candidacies that moved on or ended since the scheduling keep their stage.
      const waiting = (await candidaciesOf(meeting)).filter((view) => view.stage === 'meeting_scheduled');
      const targets = await Promise.all(waiting.map((view) => visibleCandidacy(db, codec, session, view.id)));
      const events = await Promise.all(targets.map((target) => prepareMove(codec, session, target, { to: 'meeting_held', occurredOn: meeting.data.date }, today())));
      const edited = editRecord(meeting, { ...meeting.data, heldOn: meeting.data.date }, session.tick(), session.author());
      await write(await sealMeeting(codec, edited), events, waiting.map((view) => view.workerId), waiting.map((view) => view.id), 'meeting_held');
      return edited;
    },
  };
  return {
    ...repository,
    async listWithCandidacies() {
      const [meetings, visible] = await Promise.all([repository.list(), visibleCandidacyIds()]);
      return Promise.all(meetings.map(async (meeting) => ({ meeting, views: await candidaciesOf(meeting, visible) })));
    },
  };
}
