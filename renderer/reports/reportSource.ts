// Reads what the reports are computed from, within a scope (a counselor's caseload, everyone for the
// coordinator): the workers, their events and those of their candidacies and enrolments, the shared
// catalogues, and for the coordinator the erased files' events and anonymous rows. It runs in the
// report's Web Worker, on its own connection to the database, so the page never holds the data.
// Workers are read a page at a time; events come cut down to what the reports read
// (shared/reports/reportEvent.ts), from their sealed cache where it holds (reportEventCache.ts): at
// 30,000 workers with a year of history the sealed rows would otherwise all be in memory at once,
// next to their opened copies.
import { redirectsOf, type MergeableRow } from '../../shared/sync/merges';
import type { Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { Counselor } from '../../shared/domain/programme';
import type { Employer } from '../../shared/domain/employer';
import type { Offer } from '../../shared/domain/offer';
import { ReportEventColumnsBuilder } from '../../shared/reports/eventColumns';
import { createInterner, type ReportEvent } from '../../shared/reports/reportEvent';
import { toReportWorker, type ReportWorker } from '../../shared/reports/reportWorker';
import { reportNames } from '../../shared/reports/names';
import type { ReportData, ReportInput } from '../../shared/reports/types';
import { todayIso } from '../../shared/time/dates';
import type { RecordCodec } from '../db/codec';
import type { PcoDatabase } from '../db/database';
import { eachPage, PAGE_ROWS } from '../db/pages';
import { openWorker } from '../db/recordRows';
import { openOfferRow } from '../db/repositories/offerRepository';
import { withinScope, type ReadScope } from '../db/scope';
import { readReportEvents, type CacheOptions } from './reportEventCache';

/** What a report screen shows besides the figures. */
export interface ReportFacts extends ReportData {
  programmeName: string;
  /** Latest day anything was recorded (never after today): the report opens on its month. */
  latestActivity: string | undefined;
}

export interface LoadedReport {
  input: ReportInput;
  facts: ReportFacts;
}

const live = <R extends { deletedAt: string | null }>(rows: R[]) => rows.filter((row) => !row.deletedAt);

export async function loadReportInput(db: PcoDatabase, codec: RecordCodec, scope: ReadScope, onProgress: (done: number) => void = () => {}, options: CacheOptions = {}): Promise<LoadedReport> {
  const [programmeRow, offerRows, employerRows, candidacyRows, meetingRows, courseRows, enrolmentRows, ventureRows, statistics, counselorRows, workerCount, eventCount] = await Promise.all([
    db.programme.toCollection().first(),
    db.offers.toArray(),
    db.employers.toArray(),
    db.candidacies.toArray(),
    db.meetings.toArray(),
    db.courses.toArray(),
    db.enrolments.toArray(),
    db.ventures.toArray(),
    db.statistics.toArray(),
    db.counselors.toArray(),
    db.workers.count(),
    db.events.count(),
  ]);
  if (!programmeRow) throw new Error('No programme');
  const coordinator = scope.role === 'coordinator';
  const total = Math.max(1, workerCount + eventCount);
  let read = 0;
  const advance = (rows: number) => {
    read += rows;
    onProgress(Math.min(1, read / total));
  };

  const intern = createInterner();
  const workers: ReportWorker[] = [];
  // An erased file is a tombstone without sealed data; its events still count (redacted).
  const erasedWorkerIds: string[] = [];
  // Files merged into another: their pointers (in clear), read as the survivor's below.
  const tombstones: MergeableRow[] = [];
  await eachPage(db.workers, options.pageSize ?? PAGE_ROWS, async (rows) => {
    for (const row of rows) if (row.deletedAt) tombstones.push({ id: row.id, deletedAt: row.deletedAt, data: row.data });
    const mine = rows.filter((row) => withinScope(scope, row));
    for (const row of mine) if (row.deletedAt && row.sealed === null) erasedWorkerIds.push(row.id);
    const opened = await Promise.all(live(mine).map((row) => openWorker(codec, row)));
    for (const worker of opened) workers.push(toReportWorker(worker.id, worker.data, worker.cigsEnd, intern));
    advance(rows.length);
  });

  const mergedWorkers = redirectsOf(tombstones);
  const survivors = new Set(workers.map((w) => w.id));
  const absorbed = [...mergedWorkers].filter(([, survivor]) => survivors.has(survivor)).map(([id]) => id);
  const inScope = new Set([...survivors, ...erasedWorkerIds, ...absorbed]);
  const owned = <R extends { deletedAt: string | null; data: { workerId?: string } }>(rows: R[]) => live(rows).filter((row) => inScope.has(row.data.workerId ?? ''));
  const [candidacies, enrolments, ventures, offers, employers, meetings, courses, counselors] = await Promise.all([
    Promise.all(owned(candidacyRows).map((row) => codec.open<Candidacy>('candidacies', row))),
    Promise.all(owned(enrolmentRows).map((row) => codec.open<Enrolment>('enrolments', row))),
    Promise.all(owned(ventureRows).map((row) => codec.open<Venture>('ventures', row))),
    Promise.all(live(offerRows).map((row) => openOfferRow(codec, row))),
    Promise.all(live(employerRows).map((row) => codec.open<Employer>('employers', row))),
    Promise.all(live(meetingRows).map((row) => codec.open<Meeting>('meetings', row))),
    Promise.all(live(courseRows).map((row) => codec.open<Course>('courses', row))),
    Promise.all(counselorRows.map((row) => codec.open<Counselor>('counselors', row))),
  ]);

  const subjects = new Set([...inScope, ...candidacies.map((c) => c.id), ...enrolments.map((e) => e.id)]);
  const events = new ReportEventColumnsBuilder();
  const today = todayIso();
  let latestActivity: string | undefined;
  const keep = (event: ReportEvent) => {
    if (!subjects.has(event.subjectId)) return;
    events.add(event);
    if (event.occurredOn <= today && (!latestActivity || event.occurredOn > latestActivity)) latestActivity = event.occurredOn;
  };
  await readReportEvents(db, codec, intern, keep, advance, options);

  const candidacyIds = new Set(candidacies.map((c) => c.id));
  const input: ReportInput = {
    programme: programmeRow.data,
    workers,
    erasedWorkerIds,
    mergedWorkers,
    // In the order recorded (ids are time-ordered), as columns: the worker keeps them while its screen is open.
    events: events.build(),
    offers: offers.map((o) => ({ id: o.id, data: o.data as Offer })),
    employers: employers.map((e) => ({ id: e.id, data: e.data })),
    candidacies: candidacies.map((c) => ({ id: c.id, data: c.data })),
    // A counselor sees the meetings of their own candidacies only.
    meetings: meetings.filter((m) => coordinator || m.data.candidacyIds.some((id) => candidacyIds.has(id))).map((m) => ({ id: m.id, data: m.data })),
    courses: courses.map((c) => ({ id: c.id, data: c.data })),
    enrolments: enrolments.map((e) => ({ id: e.id, data: e.data })),
    ventures: ventures.map((v) => ({ id: v.id, data: v.data })),
    statistics: coordinator ? statistics : [],
  };
  onProgress(1);
  return {
    input,
    facts: { programmeName: programmeRow.data.name, latestActivity, ...reportNames(input, new Map(counselors.map((c) => [c.id, c.data.displayName]))) },
  };
}
