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

const CHUNK = 500;

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

  const candidacies = await Promise.all(
    data.candidacies.map(({ id, counselorId, candidacy }) => sealCandidacy(codec, createRecord(id, candidacy, session.tick(), authorOn(counselorId, candidacy.proposedOn)))),
  );
  const meetings = await Promise.all(data.meetings.map(({ id, counselorId, meeting }) => sealMeeting(codec, createRecord(id, meeting, session.tick(), authorOn(counselorId, meeting.date)))));
  const events: EventRecord[] = [
    ...data.candidacies.flatMap(({ id, counselorId, moves }) =>
      moves.map((move) => event(move.id, id, move.occurredOn, counselorId, { kind: 'candidacy.stageChanged', from: move.from, to: move.to, reason: move.reason })),
    ),
    ...data.placements.map((placement) => event(placement.id, placement.workerId, placement.occurredOn, placement.counselorId, placement.payload)),
  ];

  // Sealed before each transaction: WebCrypto awaits inside a Dexie transaction would commit it early.
  await db.transaction('rw', [db.candidacies, db.meetings, db.meta], async () => {
    await db.candidacies.bulkAdd(candidacies);
    await db.meetings.bulkAdd(meetings);
    await session.persistClock();
  });
  for (let start = 0; start < events.length; start += CHUNK) {
    const sealed = await Promise.all(events.slice(start, start + CHUNK).map((item) => sealEvent(codec, item)));
    await db.transaction('rw', [db.events, db.meta], async () => {
      await db.events.bulkAdd(sealed);
      await session.persistClock();
    });
  }
}
