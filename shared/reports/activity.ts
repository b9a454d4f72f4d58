// What the counselors did in the period: interviews by type, offers collected and from how many
// employers, candidates proposed, introductory meetings held, trials, candidacy moves; retraining
// (enrolments, completions, hours attended) and ventures launched.
import { attendanceByDay, totalHours, type AttendanceEntry } from '../retraining/attendance';
import { CANDIDACY_ENDINGS, CANDIDACY_STAGES } from '../domain/casework';
import { INTERVIEW_TYPES } from '../domain/vocabulary';
import type { ReportContext } from './context';
import { within } from './period';
import { countCell, countTable, measureTable, valueCell, VALUE } from './table';
import type { DrillItem, Period, ReportTable } from './types';

function distinctWorkers(items: readonly DrillItem[]): DrillItem[] {
  return [...new Map(items.filter((item) => item.workerId).map((item) => [item.workerId, { workerId: item.workerId, date: item.date }])).values()];
}

export function activityTables(context: ReportContext, period: Period): ReportTable[] {
  const { input } = context;
  const employerOfOffer = (offerId: string) => context.offers.get(offerId)?.data.employerId;
  const candidacyItem = (candidacyId: string, date: string, code?: string): DrillItem | undefined => {
    const candidacy = context.candidacies.get(candidacyId);
    if (!candidacy) return undefined;
    return { workerId: candidacy.data.workerId, refId: candidacyId, date, employerId: employerOfOffer(candidacy.data.offerId), ...(code ? { code } : {}) };
  };

  const interviews = context.interviews.filter((i) => within(period, i.occurredOn));
  const interviewItems = interviews.map((i) => [i.payload.interviewType, { workerId: i.subjectId, refId: i.id, date: i.occurredOn, code: i.payload.interviewType }] as const);

  const offers = input.offers.filter((offer) => within(period, offer.data.receivedOn));
  const offerItems = offers.map((offer): DrillItem => ({ refId: offer.id, date: offer.data.receivedOn, employerId: offer.data.employerId, amount: offer.data.positions }));
  const employerItems = [...new Map(offerItems.map((item) => [item.employerId, { employerId: item.employerId }])).values()];
  const positions = offers.reduce((sum, offer) => sum + offer.data.positions, 0);

  const proposed = [...context.candidacies.values()].filter((c) => within(period, c.data.proposedOn)).flatMap((c) => candidacyItem(c.id, c.data.proposedOn) ?? []);

  const held = input.meetings.filter((meeting) => within(period, meeting.data.heldOn));
  const metCandidates = held.flatMap((meeting) => meeting.data.candidacyIds.flatMap((id) => candidacyItem(id, meeting.data.heldOn ?? meeting.data.date) ?? []).map((item) => ({ ...item, employerId: meeting.data.employerId })));

  const moves = context.stageMoves.filter((move) => within(period, move.occurredOn));
  const moveItems = moves.flatMap((move) => {
    const item = candidacyItem(move.subjectId, move.occurredOn, move.payload.to);
    return item ? [[move.payload.to, item] as const] : [];
  });
  const trials = moveItems.filter(([stage]) => stage === 'trial').map(([, item]) => item);

  return [
    countTable('interviewsByType', 'interviewType', INTERVIEW_TYPES, [{ column: { id: 'interviews', unit: 'count', additive: true }, entries: interviewItems }]),
    measureTable('activity', VALUE, [
      ['interviews', countCell(interviewItems.map(([, item]) => item))],
      ['workersInterviewed', countCell(distinctWorkers(interviewItems.map(([, item]) => item)))],
      ['offersCollected', countCell(offerItems, { withPeople: false })],
      ['offerEmployers', countCell(employerItems, { withPeople: false })],
      ['positionsOffered', { value: positions, items: offerItems }],
      ['candidaciesProposed', countCell(proposed)],
      ['candidatesProposed', countCell(distinctWorkers(proposed))],
      ['meetingsHeld', valueCell(held.length, metCandidates)],
      ['candidatesMet', countCell(metCandidates)],
      ['trials', countCell(trials)],
    ]),
    // A candidacy can move through several stages in a month: the column does not add up.
    countTable('candidacyStages', 'stage', [...CANDIDACY_STAGES, ...CANDIDACY_ENDINGS], [{ column: { id: 'moves', unit: 'count', additive: false }, entries: moveItems }]),
    retrainingTable(context, period),
    venturesTable(context, period),
  ];
}

function retrainingTable(context: ReportContext, period: Period): ReportTable {
  const enrolmentItem = (enrolmentId: string, date: string, extra: Partial<DrillItem> = {}): DrillItem[] => {
    const enrolment = context.enrolments.get(enrolmentId);
    return enrolment ? [{ workerId: enrolment.data.workerId, refId: enrolment.data.courseId, date, ...extra }] : [];
  };
  const enrolled = [...context.enrolments.values()].filter((e) => within(period, e.data.enrolledOn)).flatMap((e) => enrolmentItem(e.id, e.data.enrolledOn));
  const ends = context.courseEnds.filter((end) => within(period, end.occurredOn));
  const endings = (outcome: 'completed' | 'dropped') => ends.filter((end) => end.payload.outcome === outcome).flatMap((end) => enrolmentItem(end.subjectId, end.occurredOn, { code: outcome }));
  const completed = endings('completed');
  const dropped = endings('dropped');
  // Hours by enrolment: one line per worker and course, not one per lesson; a day recorded again
  // counts once, with its latest hours, as on the enrolment's own screen (attendanceByDay).
  const lessonsByEnrolment = new Map<string, AttendanceEntry[]>();
  for (const lesson of context.attendance) {
    if (!within(period, lesson.occurredOn)) continue;
    const entries = lessonsByEnrolment.get(lesson.subjectId) ?? [];
    entries.push({ date: lesson.occurredOn, hours: lesson.payload.hours, hlc: lesson.hlc });
    lessonsByEnrolment.set(lesson.subjectId, entries);
  }
  const hourItems = [...lessonsByEnrolment]
    .map(([id, entries]) => [id, totalHours(attendanceByDay(entries))] as const)
    .filter(([, hours]) => hours > 0)
    .flatMap(([id, hours]) => enrolmentItem(id, period.end, { amount: hours }));
  const hours = hourItems.reduce((sum, item) => sum + (item.amount ?? 0), 0);
  return measureTable('retraining', VALUE, [
    ['courseEnrolments', countCell(enrolled)],
    ['completions', countCell(completed)],
    ['dropouts', countCell(dropped)],
    ['workersAttending', countCell(distinctWorkers(hourItems))],
    ['hoursAttended', valueCell(hours, hourItems), 'hours'],
  ]);
}

function venturesTable(context: ReportContext, period: Period): ReportTable {
  const live = context.ventures;
  const launchOf = (venture: (typeof live)[number]) => venture.data.milestones.find((m) => m.kind === 'launch' && m.doneOn)?.doneOn || undefined;
  const item = (venture: (typeof live)[number], date?: string): DrillItem => ({ workerId: venture.data.workerId, refId: venture.id, ...(date ? { date } : {}) });
  const launched = live.filter((v) => within(period, launchOf(v))).map((v) => item(v, launchOf(v)));
  const launchedToDate = live.filter((v) => {
    const on = launchOf(v);
    return on !== undefined && on <= period.end;
  });
  const done = new Set(launchedToDate);
  const inProgress = live.filter((v) => !done.has(v)).map((v) => item(v));
  return measureTable('ventures', VALUE, [
    ['venturesLaunched', countCell(launched)],
    ['venturesLaunchedToDate', countCell(launchedToDate.map((v) => item(v, launchOf(v))))],
    ['venturesInProgress', countCell(inProgress)],
  ]);
}
