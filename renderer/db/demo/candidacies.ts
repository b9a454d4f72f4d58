// Writes the generated demo candidacies, their stage moves, the placements and the introductory
// meetings through the repositories' sealing helpers: event payloads (reasons) and meeting places
// and notes are encrypted. Loads after the employer activity (the offers must exist).
import type { CandidaciesDemo } from '../../../shared/demo/activity/candidacies';
import { createRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EventRecord } from '../rows';
import type { Session } from '../session';
import { sealEvent } from '../recordRows';
import { sealCandidacy } from '../repositories/candidacyRepository';
import { sealMeeting } from '../repositories/meetingRepository';
import { sealAndWrite } from './pipeline';

export async function loadCandidacies(db: PcoDatabase, codec: RecordCodec, session: Session, data: CandidaciesDemo): Promise<void> {
  const authorOn = (counselorId: string, day: string) => ({ counselorId, deviceId: session.deviceId, nowIso: `${day}T10:00:00.000Z` });
  // Recorded by each worker's counselor, as if every laptop had synced its own work.
  const event = (id: string, subjectId: string, occurredOn: string, recordedBy: string, payload: EventRecord['payload']): EventRecord => ({
    id,
    subjectId,
    occurredOn,
    hlc: session.tick(),
    recordedBy,
    deviceId: session.deviceId,
    payload,
    kind: payload.kind,
  });

  const candidacies = data.candidacies.map(({ id, counselorId, candidacy }) => createRecord(id, candidacy, session.tick(), authorOn(counselorId, candidacy.proposedOn)));
  const meetings = data.meetings.map(({ id, counselorId, meeting }) => createRecord(id, meeting, session.tick(), authorOn(counselorId, meeting.date)));
  const events: EventRecord[] = [
    ...data.candidacies.flatMap(({ id, counselorId, moves }) =>
      moves.map((move) => event(move.id, id, move.occurredOn, counselorId, { kind: 'candidacy.stageChanged', from: move.from, to: move.to, reason: move.reason })),
    ),
    ...data.placements.map((placement) => event(placement.id, placement.workerId, placement.occurredOn, placement.counselorId, placement.payload)),
  ];

  await sealAndWrite(db, session, candidacies, (record) => sealCandidacy(codec, record), (rows) => db.candidacies.bulkAdd(rows), [db.candidacies, db.meta]);
  await sealAndWrite(db, session, meetings, (record) => sealMeeting(codec, record), (rows) => db.meetings.bulkAdd(rows), [db.meetings, db.meta]);
  await sealAndWrite(db, session, events, (item) => sealEvent(codec, item), (rows) => db.events.bulkAdd(rows), [db.events, db.meta]);
}
