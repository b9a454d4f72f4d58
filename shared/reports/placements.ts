// Placements (ricollocazioni): hirings recorded in the period, by contract, by the employer's ATECO
// section and by distance from the plant; the placement rate; days from enrolment to hiring.
// A hiring is a `worker.placed` event dated on the day of the hiring. A worker hired twice (a
// fixed-term contract ended, they came back, were hired again) counts as two placements but one
// placed worker; days to hire count from enrolment to their first hiring only.
import { CONTRACT_TYPES } from '../domain/vocabulary';
import { placementComune, type PlacementFact, type ReportContext } from './context';
import type { DistanceBands } from './distance';
import type { EnrolledMember } from './enrolled';
import { within } from './period';
import { daysBetween } from '../time/days';
import { quartiles } from './stats';
import { countTable, countCell, measureTable, valueCell, VALUE } from './table';
import type { DrillItem, Period, ReportColumn, ReportTable } from './types';

const PLACEMENTS: ReportColumn = { id: 'placements', unit: 'count', additive: true };

const itemOf = (placement: PlacementFact): DrillItem => ({
  workerId: placement.workerId,
  refId: placement.id,
  date: placement.on,
  employerId: placement.payload.employerId,
  code: placement.payload.contractType,
});

/** The section key of the employer: version and letter, since letters after F differ between versions. */
function sectionOf(context: ReportContext, placement: PlacementFact): string {
  const ateco = context.employers.get(placement.payload.employerId)?.data.ateco;
  return ateco ? `${ateco.version}:${ateco.section}` : 'unknown';
}

/** Each worker's first hiring, ever. */
export function firstPlacements(context: ReportContext): Map<string, PlacementFact> {
  const first = new Map<string, PlacementFact>();
  for (const placement of context.placements) if (!first.has(placement.workerId)) first.set(placement.workerId, placement);
  return first;
}

export function placementTables(context: ReportContext, period: Period, members: readonly EnrolledMember[], bands: DistanceBands): ReportTable[] {
  const inPeriod = context.placements.filter((placement) => within(period, placement.on));
  const siteCode = context.input.programme.siteCode;
  const entries = (key: (placement: PlacementFact) => string) => inPeriod.map((placement) => [key(placement), itemOf(placement)] as const);
  const sections = [...new Set(inPeriod.map((placement) => sectionOf(context, placement)))].sort();

  const first = firstPlacements(context);
  const placedToDate = [...first.values()].filter((placement) => placement.on <= period.end).map(itemOf);
  const placedInPeriod = [...new Map(inPeriod.map((placement) => [placement.workerId, itemOf(placement)])).values()];
  const enrolledItems = members.map((member) => member.item);
  const rate = enrolledItems.length > 0 ? Math.round((placedToDate.length / enrolledItems.length) * 1000) / 10 : null;

  // Only live files: an erased worker's enrolment day is gone with the file.
  const hires: DrillItem[] = [];
  for (const placement of first.values()) {
    const worker = context.workers.get(placement.workerId);
    if (!worker || !within(period, placement.on)) continue;
    hires.push({ ...itemOf(placement), amount: daysBetween(worker.participantSince, placement.on) });
  }
  const stats = quartiles(hires.map((hire) => hire.amount ?? 0));

  return [
    measureTable('placementOutcome', VALUE, [
      ['placements', countCell(inPeriod.map(itemOf))],
      ['workersPlaced', countCell(placedInPeriod)],
      ['workersPlacedToDate', countCell(placedToDate)],
      ['enrolledToDate', countCell(enrolledItems)],
      ['placementRate', valueCell(rate, placedToDate), 'percent'],
    ]),
    countTable('placementsByContract', 'contract', CONTRACT_TYPES, [{ column: PLACEMENTS, entries: entries((p) => p.payload.contractType) }]),
    countTable('placementsBySector', 'atecoSection', sections, [{ column: PLACEMENTS, entries: entries((p) => sectionOf(context, p)) }]),
    countTable('placementsByDistance', 'distanceBand', bands.bands, [{ column: PLACEMENTS, entries: entries((p) => bands.bandOf(siteCode, placementComune(context, p))) }]),
    measureTable('daysToHire', { id: 'days', unit: 'days', additive: false }, [
      ['hires', countCell(hires), 'count'],
      ['q1', valueCell(stats?.q1 ?? null, hires)],
      ['median', valueCell(stats?.median ?? null, hires)],
      ['q3', valueCell(stats?.q3 ?? null, hires)],
    ]),
  ];
}
